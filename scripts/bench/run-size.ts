import type { Browser } from 'playwright-core';
import { launchChromium, openBenchPage } from './bench-page.ts';
import type { Site } from './bench-sites.ts';
import { serve } from './bench-sites.ts';
import { measureDetailClick, measureDetailLoads, type DetailFigure } from './measure-detail.ts';
import { heapUsage } from './heap-usage.ts';
import { measureLoad, type LoadFigures } from './measure-load.ts';
import { measureTyping, type TypingFigures } from './measure-typing.ts';

/** Cold loads of one release page; the report gives their median. */
const DETAIL_LOADS = 5;

export type PageRun = {
  load: LoadFigures;
  typing: TypingFigures | undefined;
  problems: string[];
};

export type AppRun = PageRun & {
  detailClick: DetailFigure | undefined;
  detailLoad: DetailFigure | undefined;
};

export type RunOptions = {
  queries: string[];
  detail: { id: string; title: string } | undefined;
  quietMs: number;
  loadTimeoutMs: number;
  keyTimeoutMs: number;
  log: (line: string) => void;
};

async function withSite<T>(site: Site, run: (url: string, browser: Browser) => Promise<T>) {
  const { url, server } = await serve(site);
  try {
    // A browser per page, so that neither inherits the other's memory or caches.
    const browser = await launchChromium();
    try {
      return await run(url, browser);
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
}

async function loadAndType(site: Site, url: string, browser: Browser, options: RunOptions) {
  const bench = await openBenchPage(browser);
  options.log(`  ${site.name}: loading…`);
  const load = await measureLoad(bench, site, `${url}${site.entry}`, options.loadTimeoutMs);
  let typing: TypingFigures | undefined;
  if (load.failure === undefined) {
    options.log(`  ${site.name}: typing ${options.queries.join(' | ')}…`);
    typing = await measureTyping(bench, options.queries, options);
    // After the typing: the heap then also holds what searching built (decoded postings,
    // cached results), and no forced collection runs just before the first keys.
    load.heap = await heapUsage(bench.page);
  }
  return { bench, load, typing };
}

export function runApp(site: Site, options: RunOptions): Promise<AppRun> {
  return withSite(site, async (url, browser) => {
    const { bench, load, typing } = await loadAndType(site, url, browser, options);
    let detailClick: DetailFigure | undefined;
    let detailLoad: DetailFigure | undefined;
    if (typing && typing.failure === undefined) {
      options.log('  app: opening a result…');
      detailClick = await measureDetailClick(bench, options.loadTimeoutMs);
    }
    await bench.context.close();
    if (options.detail && load.failure === undefined) {
      options.log(`  app: fresh load of /releases/${options.detail.id}…`);
      const page = `${url}/releases/${encodeURIComponent(options.detail.id)}`;
      detailLoad = await measureDetailLoads(browser, page, options.detail.title, {
        timeoutMs: options.loadTimeoutMs,
        runs: DETAIL_LOADS,
      });
    }
    return { load, typing, detailClick, detailLoad, problems: bench.problems };
  });
}

export function runNaive(site: Site, options: RunOptions): Promise<PageRun> {
  return withSite(site, async (url, browser) => {
    const { bench, load, typing } = await loadAndType(site, url, browser, options);
    await bench.context.close();
    return { load, typing, problems: bench.problems };
  });
}
