import type { Page, Route } from 'playwright-core';
import { expect } from 'vitest';

/** Every impact axe reports: the bar is zero violations, not zero serious ones. */
export const ALL_IMPACTS = ['minor', 'moderate', 'serious', 'critical'];

/** The corpus file and the catalogue the app may load first; body shards are in a sub-folder. */
export const CORPUS_FILES = '**/data/*.json';

export const h1Text = (page: Page) => page.getByRole('heading', { level: 1 }).innerText();

/** Waits for a view's heading, so that axe sees the view and not the loading state. */
export async function waitForHeading(page: Page, text: string | RegExp) {
  await expect
    .poll(() => h1Text(page).catch(() => ''))
    .toMatch(typeof text === 'string' ? new RegExp(`^${escapeRegExp(text)}$`) : text);
}

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True when the page is wider than the viewport, i.e. the reader has to scroll sideways. */
export function scrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

type RawRelease = { id: string; title: string; people: { id: string; name: string }[] };
type RawCorpus = { sample?: boolean; releases: RawRelease[] };

/**
 * Serves the fixture corpus grown to `copies` times its size, with people renamed per copy and
 * the sample flag set: enough releases for pagination, enough people for the facet's filter box
 * and "Show all", and the sample banner. The head and the catalogue answer 404, so the app
 * reads corpus.json alone (the head would first show the unchanged folder's newest page).
 */
export async function serveLargeCorpus(page: Page, copies = 5) {
  for (const file of ['head.json', 'catalogue.json']) {
    await page.route(`**/data/${file}`, (route) => route.fulfill({ status: 404 }));
  }
  await page.route('**/data/corpus.json', async (route: Route) => {
    const response = await route.fetch();
    const file = (await response.json()) as RawCorpus;
    const releases = file.releases.flatMap((release) =>
      Array.from({ length: copies }, (_, k) =>
        k === 0
          ? release
          : {
              ...release,
              id: `${release.id}-copy-${k}`,
              title: `${release.title} (copy ${k})`,
              people: release.people.map((person) => ({
                ...person,
                id: `${person.id}-${k}`,
                name: `${person.name} ${'ABCDEFGHIJ'[k] ?? k}`,
              })),
            },
      ),
    );
    await route.fulfill({ status: 200, json: { ...file, sample: true, releases } });
  });
}

/** Holds the corpus back until the returned function is called, to catch the loading view. */
export async function holdCorpus(page: Page): Promise<() => void> {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(CORPUS_FILES, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

/** The browser logs a failed fetch as a console error; a test that causes one expects it. */
export const withoutFailedLoads = (problems: string[]) =>
  problems.filter((problem) => !problem.includes('Failed to load resource'));
