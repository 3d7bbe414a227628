import type { Page } from 'playwright-core';

export type CorpusReply = { status: number; body?: string; contentType?: string };

/**
 * Serves this reply in place of the corpus, to the same built app: as the catalogue the app
 * asks for first and as corpus.json (a file without bodies info is a whole corpus either way).
 * Returns a function that changes the reply, for "Try again".
 */
export async function serveCorpus(page: Page, reply: CorpusReply) {
  let current = reply;
  // A folder with this one corpus file in it: none of the files the ingest derives from it,
  // answered as SPA hosts answer a missing file, with the app's page (a 404 would be logged).
  for (const derived of ['head.json', 'search-index.bin', 'records/**']) {
    await page.route(`**/data/${derived}`, (route) =>
      route.fulfill({
        status: 200,
        body: '<!doctype html><title>x</title>',
        contentType: 'text/html',
      }),
    );
  }
  for (const file of ['catalogue.json', 'corpus.json']) {
    await page.route(`**/data/${file}`, (route) =>
      route.fulfill({
        status: current.status,
        body: current.body ?? '',
        contentType: current.contentType ?? 'application/json',
      }),
    );
  }
  return (next: CorpusReply) => {
    current = next;
  };
}

export const corpusJson = (releases: unknown[], countries: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 1, countries, releases });

/** A valid release with defaults, for building hostile ones by difference. */
export function rawRelease(fields: Record<string, unknown> & { id: string; title: string }) {
  return {
    date: '2024-01-15',
    source: 'Ministry of Foreign Affairs of Freedonia',
    type: 'statement',
    people: [],
    countries: [],
    organizations: [],
    body: [],
    ...fields,
  };
}

/** Elements that corpus markup would have created, anywhere in the app's part of the page. */
export function injectedElements(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('#root img, #root script, #root svg, #root iframe, #root style')]
      .concat([...document.querySelectorAll('script:not([src]), [onerror], [onload]')])
      .map((el) => [el.tagName, ...[...el.attributes].map((a) => a.name)].join(' ')),
  );
}

/**
 * Whether the smallest element holding this exact text isolates it from its surroundings:
 * dir="auto" (or a bdi) and, as the browser lays it out, unicode-bidi isolation.
 */
export function isolationOf(page: Page, text: string) {
  return page.evaluate((wanted) => {
    const holders = [...document.querySelectorAll('#root *')].filter(
      (el) => el.textContent === wanted,
    );
    const innermost = holders.filter((el) => !holders.some((o) => o !== el && el.contains(o)));
    return innermost.map((el) => ({
      tag: el.tagName.toLowerCase(),
      dir: el.getAttribute('dir'),
      unicodeBidi: getComputedStyle(el).unicodeBidi,
    }));
  }, text);
}
