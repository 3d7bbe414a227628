import { sleep, withTimeout, type BenchPage } from './bench-page.ts';

type Snapshot = {
  now: number;
  since: number;
  /** A relevant mutation happened after the key event. */
  changed: boolean;
  unpainted: number;
  keyDone: boolean;
  value: string | undefined;
  busy: boolean;
};

function snapshot(bench: BenchPage, keyIndex: number): Promise<Snapshot> {
  return bench.page.evaluate((index) => {
    const s = window.__bench;
    const key = index >= 0 ? s?.keys[index] : undefined;
    const active = document.activeElement;
    return {
      now: performance.now(),
      since: Math.max(s?.lastMutation ?? 0, key?.at ?? 0),
      changed: key !== undefined && (s?.lastMutation ?? 0) >= key.at,
      unpainted: s?.unpainted ?? 0,
      keyDone: index < 0 || (key !== undefined && key.open === 0 && key.frame !== undefined),
      value: active instanceof HTMLInputElement ? active.value : undefined,
      busy: document.querySelector('[aria-busy="true"]') !== null,
    };
  }, keyIndex);
}

/**
 * Waits until the page has settled: the frame after the key's events has been painted, every
 * mutation of the results has been painted, nothing is loading, nothing is marked
 * aria-busy, the box holds the expected text, and the results have not changed for
 * `quietMs`. A search that answers later than that, without any sign it is still working,
 * would be counted against the next keystroke: keep quietMs above the slowest answer.
 * Returns false on timeout.
 */
export async function waitForSettled(
  bench: BenchPage,
  options: { keyIndex: number; value: string | undefined; quietMs: number; timeoutMs: number },
): Promise<boolean> {
  const deadline = Date.now() + options.timeoutMs;
  // Before calling a key's results unchanged, give a late answer more time to show up.
  const unchangedQuiet =
    options.keyIndex < 0 ? options.quietMs : Math.max(1000, 3 * options.quietMs);
  while (Date.now() < deadline) {
    let state: Snapshot;
    try {
      state = await withTimeout(snapshot(bench, options.keyIndex), deadline - Date.now(), 'settle');
    } catch {
      return false;
    }
    const settled =
      state.keyDone &&
      state.unpainted === 0 &&
      !state.busy &&
      bench.inflight() === 0 &&
      (options.value === undefined || state.value === options.value) &&
      state.now - state.since >= (state.changed ? options.quietMs : unchangedQuiet);
    if (settled) return true;
    await sleep(50);
  }
  return false;
}

export const waitForQuiet = (bench: BenchPage, quietMs: number, timeoutMs: number) =>
  waitForSettled(bench, { keyIndex: -1, value: undefined, quietMs, timeoutMs });
