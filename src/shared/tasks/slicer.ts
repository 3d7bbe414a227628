/** At most this much work between two chances for the page to handle input and paint. */
export const SLICE_MS = 8;

/** Resolves in a task of its own, after the page has had its turn. */
export function nextTask() {
  // A message, not setTimeout, which browsers clamp to 4 ms after a few nested calls.
  return new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** A pause to await between steps of long work: it yields once SLICE_MS have passed. */
export function slicer() {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart < SLICE_MS) return;
    await nextTask();
    sliceStart = performance.now();
  };
}

/** Runs long work written as steps (a generator whose `yield`s may pause) at once. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs long work written as steps, awaiting `pause` before each one. */
export async function runStepsWithPauses<T>(
  steps: Generator<void, T>,
  pause: () => Promise<void> | void,
): Promise<T> {
  for (;;) {
    await pause();
    const step = steps.next();
    if (step.done) return step.value;
  }
}
