import type { Browser } from 'playwright-core';
import { failureText, openBenchPage, type BenchPage } from './bench-page.ts';
import { RESULT_LINK } from './page-probe.ts';
import { summarize } from './stats.ts';

export type DetailFigure = {
  ms: number | undefined;
  failure: string | undefined;
  title: string;
  /** Every load, when the figure is the median of several. */
  samples?: number[];
};

const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

function waitForHeading(bench: BenchPage, title: string, timeoutMs: number) {
  return bench.page.waitForFunction(
    (text) => window.__bench?.headings.some((heading) => heading.text === text) ?? false,
    title,
    { timeout: timeoutMs, polling: 50 },
  );
}

/** Click on the first result → the frame that painted the release's h1. */
export async function measureDetailClick(
  bench: BenchPage,
  timeoutMs: number,
): Promise<DetailFigure> {
  const link = bench.page.locator(RESULT_LINK).first();
  let title = '';
  try {
    title = squash(await link.textContent({ timeout: timeoutMs }));
    const clicksBefore = await bench.page.evaluate(() => window.__bench?.clicks.length ?? 0);
    await link.click({ timeout: timeoutMs });
    await waitForHeading(bench, title, timeoutMs);
    const ms = await bench.page.evaluate(
      ({ text, index }) => {
        const s = window.__bench;
        const clickAt = s?.clicks[index];
        const heading = s?.headings.find((h) => h.text === text && h.painted >= (clickAt ?? 0));
        return clickAt === undefined || !heading ? undefined : heading.painted - clickAt;
      },
      { text: title, index: clicksBefore },
    );
    return { ms, failure: ms === undefined ? 'no click recorded' : undefined, title };
  } catch (error) {
    return { ms: undefined, failure: failureText(error, timeoutMs), title };
  }
}

/** A cold load of /releases/<id> in a new context: page.goto → the release's h1 painted. */
export async function measureDetailLoad(
  browser: Browser,
  url: string,
  title: string,
  timeoutMs: number,
): Promise<DetailFigure> {
  const bench = await openBenchPage(browser);
  const expected = squash(title);
  try {
    const started = Date.now();
    await bench.page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
    await waitForHeading(bench, expected, timeoutMs);
    const ms = await bench.page.evaluate((text) => {
      const heading = window.__bench?.headings.find((h) => h.text === text);
      return heading ? performance.timeOrigin + heading.painted : undefined;
    }, expected);
    return { ms: ms === undefined ? undefined : ms - started, failure: undefined, title: expected };
  } catch (error) {
    return { ms: undefined, failure: failureText(error, timeoutMs), title: expected };
  } finally {
    await bench.context.close();
  }
}

/**
 * The median of several cold loads, with every sample kept: each starts a new renderer, and on
 * this machine one load of the same page varies from about 150 to 450 ms.
 */
export async function measureDetailLoads(
  browser: Browser,
  url: string,
  title: string,
  { timeoutMs, runs }: { timeoutMs: number; runs: number },
): Promise<DetailFigure> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const figure = await measureDetailLoad(browser, url, title, timeoutMs);
    if (figure.ms === undefined) return figure;
    samples.push(figure.ms);
  }
  const { p50 } = summarize(samples);
  return { ms: p50, failure: undefined, title, samples };
}
