import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { failureText, type BenchPage } from './bench-page.ts';
import type { Site } from './bench-sites.ts';
import { gzipSize } from './file-sizes.ts';
import type { HeapFigures } from './heap-usage.ts';
import { waitForQuiet } from './settle.ts';

export type Transfer = { path: string; raw: number; gzip: number };

export type LoadFigures = {
  /** From just before page.goto to the frame that painted the first result link. */
  firstResultsMs: number | undefined;
  failure: string | undefined;
  transferred: Transfer[];
  /**
   * Measured after the typing (run-size.ts): forcing a collection here, just before the
   * first keys, also emptied caches those keys then rebuilt, which no reader's page does.
   */
  heap: HeapFigures | undefined;
};

/** The file a static host would send for a URL: the file itself, else the SPA's index.html. */
function fileFor(site: Site, url: string): string {
  const pathname = decodeURIComponent(new URL(url).pathname);
  const file = path.join(site.outDir, pathname);
  if (file.startsWith(site.outDir) && existsSync(file) && statSync(file).isFile()) return file;
  return path.join(site.outDir, 'index.html');
}

async function transfers(bench: BenchPage, site: Site, until: number): Promise<Transfer[]> {
  const list: Transfer[] = [];
  for (const request of bench.finished.filter((r) => r.end <= until)) {
    const file = fileFor(site, request.url);
    list.push({
      path: new URL(request.url).pathname,
      raw: statSync(file).size,
      gzip: await gzipSize(file),
    });
  }
  return list;
}

export async function measureLoad(
  bench: BenchPage,
  site: Site,
  url: string,
  timeoutMs: number,
): Promise<LoadFigures> {
  const { page } = bench;
  const started = Date.now();
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
    await page.waitForFunction(() => (window.__bench?.firstResults ?? 0) > 0, undefined, {
      timeout: Math.max(1, timeoutMs - (Date.now() - started)),
      polling: 100,
    });
  } catch (error) {
    const failure = failureText(error, timeoutMs);
    return { firstResultsMs: undefined, failure, transferred: [], heap: undefined };
  }
  const { origin, first } = await page.evaluate(() => ({
    origin: performance.timeOrigin,
    first: window.__bench?.firstResults ?? 0,
  }));
  const firstAt = origin + first;
  const transferred = await transfers(bench, site, firstAt);
  await waitForQuiet(bench, 1000, timeoutMs);
  return { firstResultsMs: firstAt - started, failure: undefined, transferred, heap: undefined };
}
