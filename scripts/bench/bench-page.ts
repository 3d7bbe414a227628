import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { installProbe, NAME_SHIM, RESULT_LINK } from './page-probe.ts';

/** Debian's Chromium, never a downloaded browser. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--enable-precise-memory-info',
    ],
  });
}

export type Finished = { url: string; end: number };

export type BenchPage = {
  context: BrowserContext;
  page: Page;
  /** Requests that completed, with the wall-clock time their last byte arrived. */
  finished: Finished[];
  inflight: () => number;
  problems: string[];
};

/**
 * A page in a fresh context (cold cache) with the probe installed before any of the page's
 * own scripts. Vite preview would gzip every response on the fly, spending the same two cores
 * the browser needs; asking for identity keeps the server's work out of the browser's figures,
 * and the report counts gzip sizes computed from the files instead.
 */
export async function openBenchPage(browser: Browser): Promise<BenchPage> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    extraHTTPHeaders: { 'Accept-Encoding': 'identity' },
  });
  await context.addInitScript(NAME_SHIM);
  await context.addInitScript(installProbe, RESULT_LINK);
  const page = await context.newPage();
  const finished: Finished[] = [];
  const problems: string[] = [];
  let inflight = 0;
  page.on('request', () => (inflight += 1));
  page.on('requestfailed', (request) => {
    inflight -= 1;
    problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`);
  });
  page.on('requestfinished', (request) => {
    inflight -= 1;
    const timing = request.timing();
    const end = timing.responseEnd >= 0 ? timing.startTime + timing.responseEnd : Date.now();
    finished.push({ url: request.url(), end });
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('crash', () => problems.push('the page crashed'));
  return { context, page, finished, inflight: () => inflight, problems };
}

/** Rejects after `ms`, so that a page whose main thread is blocked cannot hang the bench. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One line for the table: "timed out after 120 s" rather than Playwright's whole log. */
export function failureText(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === 'TimeoutError') {
    return `timed out after ${Math.round(timeoutMs / 1000)} s`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? 'failed';
}
