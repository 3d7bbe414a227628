import { withTimeout, type BenchPage } from './bench-page.ts';
import { waitForSettled } from './settle.ts';

export type Keystroke = {
  query: string;
  typed: string;
  /** Key event → the frame that painted the results; undefined when it timed out. */
  ms: number | undefined;
  /**
   * False when the results did not change: the time then runs to the first frame painted
   * after the key's events were handled.
   */
  changed: boolean;
};

export type TypingFigures = {
  keystrokes: Keystroke[];
  longTasks: { start: number; duration: number }[];
  failure: string | undefined;
};

type Options = { quietMs: number; keyTimeoutMs: number };

const keyCount = (bench: BenchPage) => bench.page.evaluate(() => window.__bench?.keys.length ?? 0);

function latencyOf(bench: BenchPage, index: number) {
  return bench.page.evaluate((i) => {
    const s = window.__bench;
    const key = s?.keys[i];
    if (!s || !key) return undefined;
    const paints = s.paints.filter((paint) => paint.mutated >= key.at);
    const last = paints[paints.length - 1];
    return {
      ms: (last ? last.painted : (key.frame ?? key.at)) - key.at,
      changed: last !== undefined,
    };
  }, index);
}

const settleLimits = (options: Options) => ({
  quietMs: options.quietMs,
  timeoutMs: options.keyTimeoutMs,
});

async function clear(bench: BenchPage, options: Options) {
  const box = bench.page.getByRole('searchbox', { name: 'Search releases' });
  if (!(await box.inputValue())) return true;
  await bench.page.keyboard.press('ControlOrMeta+A');
  const index = await keyCount(bench);
  await bench.page.keyboard.press('Backspace');
  return waitForSettled(bench, { keyIndex: index, value: '', ...settleLimits(options) });
}

/**
 * Types each query one key at a time into the search box, waiting for the page to settle
 * after every key, so that each key's time is its own and not a queue behind the last one.
 */
export async function measureTyping(
  bench: BenchPage,
  queries: string[],
  options: Options,
): Promise<TypingFigures> {
  const { page } = bench;
  const keystrokes: Keystroke[] = [];
  let failure: string | undefined;
  await page.getByRole('searchbox', { name: 'Search releases' }).focus();
  const typingStart = await page.evaluate(() => performance.now());
  typing: for (const query of queries) {
    if (!(await clear(bench, options))) {
      failure = `clearing the box timed out after ${options.keyTimeoutMs} ms`;
      break;
    }
    for (let i = 0; i < query.length; i += 1) {
      const typed = query.slice(0, i + 1);
      const index = await keyCount(bench);
      const settled = await withTimeout(
        page.keyboard.type(query[i] ?? ''),
        options.keyTimeoutMs,
        'key',
      )
        .then(() =>
          waitForSettled(bench, { keyIndex: index, value: typed, ...settleLimits(options) }),
        )
        .catch(() => false);
      if (!settled) {
        keystrokes.push({ query, typed, ms: undefined, changed: false });
        failure = `typing "${typed}" did not settle within ${options.keyTimeoutMs} ms`;
        break typing;
      }
      const latency = await latencyOf(bench, index);
      keystrokes.push({ query, typed, ms: latency?.ms, changed: latency?.changed ?? false });
    }
  }
  const typingEnd = await withTimeout(
    page.evaluate(() => performance.now()),
    options.keyTimeoutMs,
    'reading the clock',
  ).catch(() => Infinity);
  const longTasks = await withTimeout(
    page.evaluate(() => window.__bench?.longTasks ?? []),
    options.keyTimeoutMs,
    'reading long tasks',
  ).catch(() => []);
  return {
    keystrokes,
    longTasks: longTasks.filter((task) => task.start >= typingStart && task.start <= typingEnd),
    failure,
  };
}
