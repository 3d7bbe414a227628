import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, chromiumForThisFile, openPage } from './browser.ts';
import { injectedElements } from './hostile-helpers.ts';

const browser = chromiumForThisFile();

const TOTAL = 6; // releases in tests/fixtures/browser
const h1 = (page: Page) =>
  page
    .getByRole('heading', { level: 1 })
    .innerText({ timeout: 5_000 })
    .catch(() => '(no heading)');
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search releases' });

/** The number in the live count; "No releases" is 0. */
async function shownCount(page: Page): Promise<number> {
  const text = await page
    .getByRole('status')
    .filter({ hasText: /releases?$/ })
    .first()
    .innerText();
  return text.startsWith('No ')
    ? 0
    : Number(/([\d,]+) releases?/.exec(text)?.[1]?.replace(/,/g, ''));
}

describe('hostile addresses and input, in the built app', () => {
  it('echoes ?q=<svg onload=…> in the box, the title and the empty state as text (item 3)', async () => {
    const { page, problems } = await openPage(browser());
    // No word of it is in the fixtures, so nothing matches even in part.
    const q = '<svg onload=alert()>';
    await page.goto(`${baseUrl()}/?q=${encodeURIComponent(q)}`);
    await expect.poll(() => searchBox(page).inputValue()).toBe(q);
    await expect.poll(() => page.getByText('No releases match this search.').count()).toBe(1);
    expect(await page.title()).toContain(`“${q}”`);
    expect(await injectedElements(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('keeps //example.com, /\\example.com and %2F%2Fexample.com on the site, not found (item 6)', async () => {
    const { page, problems } = await openPage(browser());
    const origin = new URL(baseUrl()).origin;
    for (const path of [
      '//example.com',
      '/\\example.com',
      '/%2F%2Fexample.com',
      '//example.com/releases/x',
    ]) {
      await page.goto(`${baseUrl()}${path}`);
      await expect.poll(() => h1(page)).toBe('Page not found');
      expect(new URL(page.url()).origin).toBe(origin);
      await page.getByRole('link', { name: 'Go to the search' }).click();
      await expect.poll(() => h1(page)).toBe('Search the archive');
      expect(new URL(page.url()).origin).toBe(origin);
      expect(new URL(page.url()).pathname).toBe('/');
    }
    expect(problems).toEqual([]);
  });

  it('shows malformed percent-encoding and lone surrogates as in-app views (item 7)', async () => {
    const { page, problems } = await openPage(browser());
    for (const [path, heading] of [
      ['/releases/%', 'Page not found'],
      ['/releases/%E0%A4%A', 'Page not found'],
      ['/releases/%ED%A0%80', 'Page not found'],
      ['/people/%ED%A0%80', 'Page not found'],
      ['/countries/%', 'Page not found'],
      ['/%', 'Page not found'],
      ['/?q=%ED%A0%80', 'Search the archive'],
      ['/?q=%', 'Search the archive'],
      ['/timeline?country=%ED%A0%80&from=%', 'Timeline'],
    ]) {
      await page.goto(`${baseUrl()}${path}`);
      await expect.poll(() => h1(page)).toBe(heading);
    }
    expect(problems).toEqual([]);
  });

  it('stays responsive after a 10,000-character paste into the search box (item 8)', async () => {
    const { page, problems } = await openPage(browser());
    await page.goto(`${baseUrl()}/`);
    await expect.poll(() => shownCount(page)).toBe(TOTAL);
    const paste = 'Minister Seo held a telephone call with Iwaya '.repeat(250).slice(0, 10_000);
    const started = Date.now();
    await searchBox(page).fill(paste);
    await page.getByRole('link', { name: 'Timeline' }).click({ timeout: 5_000 });
    await expect.poll(() => h1(page), { timeout: 5_000 }).toBe('Timeline');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(problems).toEqual([]);
  });

  it('does not match everything with queries of 33, 64 and 65 characters (item 8)', async () => {
    const { page, problems } = await openPage(browser());
    await page.goto(`${baseUrl()}/`);
    await expect.poll(() => shownCount(page)).toBe(TOTAL);
    for (const n of [33, 64, 65]) {
      const q = 'Iwaya Kenta telephone call October ministers neighbours region'.slice(0, n);
      await searchBox(page).fill(q);
      await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(q);
      await expect.poll(() => shownCount(page)).toBeLessThan(TOTAL);
      await searchBox(page).fill('x'.repeat(n));
      await expect.poll(() => shownCount(page)).toBe(0);
    }
    expect(problems).toEqual([]);
  });
});
