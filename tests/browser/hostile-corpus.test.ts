import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, chromiumForThisFile, openPage } from './browser.ts';
import { corpusJson, rawRelease, serveCorpus, type CorpusReply } from './hostile-helpers.ts';

const browser = chromiumForThisFile();

const h1 = (page: Page) =>
  page
    .getByRole('heading', { level: 1 })
    .innerText({ timeout: 5_000 })
    .catch(() => '(no heading)');

const GOOD = corpusJson([
  rawRelease({ id: 'river-accord', title: 'River accord signed at Lakeside', date: '2024-03-01' }),
]);
const INDEX_HTML =
  '<!doctype html><html lang="en"><head><title>Communiqué</title></head><body><div id="root"></div></body></html>';

/** The releases of a big corpus: invented, one per day from 1990 on. */
function manyReleases(count: number) {
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(1990, 0, 1 + i)).toISOString().slice(0, 10);
    return rawRelease({
      id: `release-${i}`,
      title: `Bulletin number ${i} of the Lakeside office`,
      date: day,
      body: [`Routine bulletin ${i}.`],
    });
  });
}

describe('a missing or broken corpus, in the built app (item 13)', () => {
  it.each<[string, CorpusReply, RegExp]>([
    ['missing (404)', { status: 404 }, /HTTP 404/],
    ['empty', { status: 200, body: '' }, /empty/],
    ['null', { status: 200, body: 'null' }, /wrong shape/],
    ['truncated JSON', { status: 200, body: GOOD.slice(0, 60) }, /not valid JSON/],
    [
      'index.html in its place',
      { status: 200, body: INDEX_HTML, contentType: 'text/html' },
      /web page/,
    ],
    ['a server error', { status: 500, body: 'oops' }, /HTTP 500/],
  ])(
    'shows the error view with a retry when the corpus is %s, and retry recovers',
    async (_what, reply, message) => {
      const { page, problems } = await openPage(browser());
      const replyWith = await serveCorpus(page, reply);
      await page.goto(`${baseUrl()}/`);
      await expect.poll(() => h1(page)).toBe('The archive could not be loaded');
      expect(await page.getByRole('alert').innerText()).toMatch(message);
      replyWith({ status: 200, body: GOOD });
      await page.getByRole('button', { name: 'Try again' }).click();
      await expect.poll(() => h1(page)).toBe('Search the archive');
      expect(
        await page.getByRole('link', { name: 'River accord signed at Lakeside' }).count(),
      ).toBe(1);
      // A failed fetch is logged by the browser itself; nothing else may be.
      expect(problems.filter((p) => !/Failed to load resource/.test(p))).toEqual([]);
    },
  );

  it('loads a corpus that starts with a UTF-8 byte order mark', async () => {
    const { page, problems } = await openPage(browser());
    await serveCorpus(page, { status: 200, body: `\uFEFF${GOOD}` });
    await page.goto(`${baseUrl()}/`);
    await expect.poll(() => h1(page)).toBe('Search the archive');
    expect(await page.getByRole('link', { name: 'River accord signed at Lakeside' }).count()).toBe(
      1,
    );
    expect(problems).toEqual([]);
  });

  it('skips and counts one invalid record among 10,000 and shows the rest', async () => {
    const { page, problems } = await openPage(browser());
    const releases = manyReleases(10_000);
    releases[4_321] = { ...releases[4_321]!, date: '2023-02-30' };
    await serveCorpus(page, { status: 200, body: corpusJson(releases) });
    await page.goto(`${baseUrl()}/`);
    await expect.poll(() => h1(page), { timeout: 20_000 }).toBe('Search the archive');
    expect(await page.getByText('1 record could not be read and was skipped.').count()).toBe(1);
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: /releases$/ })
          .innerText(),
      )
      .toBe('9,999 releases');
    await page.goto(`${baseUrl()}/releases/release-4321`);
    await expect.poll(() => h1(page)).toBe('Page not found');
    await page.goto(`${baseUrl()}/releases/release-4322`);
    await expect.poll(() => h1(page)).toBe('Bulletin number 4322 of the Lakeside office');
    expect(problems).toEqual([]);
  });
});
