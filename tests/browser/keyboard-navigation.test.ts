import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  CORPUS_FILES,
  h1Text,
  serveLargeCorpus,
  waitForHeading,
  withoutFailedLoads,
} from './a11y-helpers.ts';
import { baseUrl, chromiumForThisFile, openPage } from './browser.ts';

const browser = chromiumForThisFile();

const TITLE = 'Result of the Korea-Japan Foreign Ministers’ Telephone Call';
const RELEASE =
  '/releases/2024-10-07-result-of-the-korea-japan-foreign-ministers-telephone-call-62f475';

const focusedText = (page: Page) =>
  page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
const focusedTag = (page: Page) => page.evaluate(() => document.activeElement?.tagName);
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search releases' });

/** Presses Tab (or Shift+Tab) until an element with this text has focus. */
async function tabTo(page: Page, text: string, backwards = false) {
  for (let i = 0; i < 100; i += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if ((await focusedText(page)) === text) return;
  }
  throw new Error(`Tab never reached “${text}”`);
}

type Stop = {
  /** Where the element sits: the search form, the filters, the results, the pagination. */
  area: string;
  tag: string;
  label: string;
  sameAsBefore: boolean;
  onScreen: boolean;
  focused: string;
  unfocused?: string;
};

/** Describes the focused element, and keeps it (in the page) to look at it again unfocused. */
function recordFocus(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const store = window as unknown as { seen?: Element[] };
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const seen = (store.seen ??= []);
    const sameAsBefore = seen.at(-1) === el;
    seen.push(el);
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    const area = el.closest('form[role="search"]')
      ? 'search'
      : el.closest('nav[aria-label="Pages of results"]')
        ? 'pagination'
        : el.closest('#results ol')
          ? 'results'
          : el.closest('section[aria-labelledby="filters-heading"]')
            ? 'filters'
            : 'other';
    return {
      area,
      tag: el.tagName,
      label: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40),
      sameAsBefore,
      onScreen:
        rect.width > 0 &&
        rect.height > 0 &&
        rect.bottom > 0 &&
        rect.right > 0 &&
        rect.top < innerHeight &&
        rect.left < innerWidth,
      focused: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} | ${style.boxShadow}`,
    };
  });
}

/** The same elements' outline and shadow with nothing focused. */
function unfocusedStyles(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    const seen = (window as unknown as { seen: Element[] }).seen;
    return seen.map((el) => {
      const style = getComputedStyle(el);
      return `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} | ${style.boxShadow}`;
    });
  });
}

/** An outline that is drawn, or a box shadow. */
const hasIndicator = (style: string) => {
  const [outline = '', shadow = 'none'] = style.split(' | ');
  return (!outline.startsWith('none') && !outline.includes(' 0px ')) || shadow !== 'none';
};

describe('keyboard only', () => {
  it.each(['/', RELEASE, '/timeline'])(
    'on %s the first Tab focuses the skip link, and it moves focus to main',
    async (path) => {
      const { page, problems } = await openPage(browser());
      await page.goto(`${baseUrl()}${path}`);
      await expect.poll(() => h1Text(page).catch(() => '')).not.toMatch(/^(|Loading.*)$/);
      // The app, not a static release page it has yet to replace (static-pages.test.ts).
      await expect.poll(() => page.locator('#root[data-prerendered]').count()).toBe(0);
      await page.keyboard.press('Tab');
      expect(await focusedText(page)).toBe('Skip to main content');
      const box = await page.getByRole('link', { name: 'Skip to main content' }).boundingBox();
      expect(box?.x).toBeGreaterThanOrEqual(0);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
      await page.keyboard.press('Tab');
      expect(
        await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement)),
      ).toBe(true);
      expect(problems).toEqual([]);
      await page.context().close();
    },
  );

  it.each([1280, 320])(
    'Tab at %i px goes through the search box, filters, results and pages, with visible focus, and comes round again',
    async (width) => {
      const { page, problems } = await openPage(browser(), width);
      await serveLargeCorpus(page);
      await page.goto(`${baseUrl()}/`);
      await page.getByRole('navigation', { name: 'Pages of results' }).waitFor();

      const stops: Stop[] = [];
      let first: string | undefined;
      for (let i = 0; i < 300; i += 1) {
        await page.keyboard.press('Tab');
        const stop = await recordFocus(page);
        if (!stop) continue;
        if (stop.label === first) break;
        first ??= stop.label;
        stops.push(stop);
      }
      const unfocused = await unfocusedStyles(page);
      stops.forEach((stop, i) => (stop.unfocused = unfocused[i]));

      expect(first).toBe('Skip to main content');
      // Came round to the skip link again: the loop broke out before its limit.
      expect(stops.length).toBeLessThan(300);
      const areas = new Set(stops.map((stop) => stop.area));
      expect([...areas].sort()).toEqual(['filters', 'other', 'pagination', 'results', 'search']);
      expect(stops.some((s) => s.area === 'filters' && s.tag === 'INPUT')).toBe(true);
      expect(stops.filter((s) => s.area === 'results').length).toBe(20);
      expect(stops.filter((s) => s.sameAsBefore)).toEqual([]);
      expect(stops.filter((s) => !s.onScreen)).toEqual([]);
      expect(stops.filter((s) => !hasIndicator(s.focused))).toEqual([]);
      expect(stops.filter((s) => s.focused === s.unfocused)).toEqual([]);
      expect(withoutFailedLoads(problems)).toEqual([]);
      await page.context().close();
    },
  );

  it('“/” focuses the search box from anywhere else, and Escape clears it', async () => {
    const { page, problems } = await openPage(browser());
    await page.goto(`${baseUrl()}/`);
    await waitForHeading(page, 'Search the archive');
    await tabTo(page, 'Timeline');
    await page.keyboard.press('/');
    expect(await searchBox(page).evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await searchBox(page).inputValue()).toBe('');

    await page.keyboard.type('Iwaya');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('Iwaya');
    await expect.poll(() => page.getByRole('link', { name: TITLE }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => searchBox(page).inputValue()).toBe('');
    await expect.poll(() => new URL(page.url()).searchParams.has('q')).toBe(false);
    expect(await searchBox(page).evaluate((el) => el === document.activeElement)).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('following links by keyboard moves focus to the new h1 and retitles the page', async () => {
    const { page, problems } = await openPage(browser());
    await page.goto(`${baseUrl()}/?q=Iwaya`);
    await waitForHeading(page, 'Search the archive');
    const steps: [string, string, boolean][] = [
      [TITLE, TITLE, false],
      ['Iwaya Kenta', 'Iwaya Kenta', false],
      ['Japan', 'Japan', false],
      // The main navigation is above the heading: back through the page to reach it.
      ['Timeline', 'Timeline', true],
    ];
    for (const [link, heading, backwards] of steps) {
      await tabTo(page, link, backwards);
      await page.keyboard.press('Enter');
      await waitForHeading(page, heading);
      await expect.poll(() => focusedTag(page)).toBe('H1');
      expect(await focusedText(page)).toBe(heading);
      expect(await page.title()).toContain(heading);
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('gives every view its own title, naming its heading or the query', async () => {
    const views: { path: string; broken?: boolean; names: string }[] = [
      { path: '/', names: 'Search the archive' },
      { path: '/?q=Iwaya', names: 'Iwaya' },
      { path: '/?q=Seo', names: 'Seo' },
      { path: RELEASE, names: TITLE },
      { path: '/people/seo-ji-ho', names: 'Seo Ji-ho' },
      { path: '/countries/KR', names: 'South Korea' },
      { path: '/timeline', names: 'Timeline' },
      { path: '/nowhere', names: 'Page not found' },
      { path: '/', broken: true, names: 'The archive could not be loaded' },
    ];
    const titles: string[] = [];
    for (const view of views) {
      const { page, problems } = await openPage(browser());
      if (view.broken) await page.route(CORPUS_FILES, (route) => route.fulfill({ status: 500 }));
      await page.goto(`${baseUrl()}${view.path}`);
      await expect.poll(() => h1Text(page).catch(() => '')).not.toMatch(/^(|Loading.*)$/);
      const query = new URL(page.url()).searchParams.get('q');
      if (!query) expect(await h1Text(page)).toBe(view.names);
      await expect.poll(() => page.title()).toContain(view.names);
      titles.push(await page.title());
      expect(withoutFailedLoads(problems)).toEqual([]);
      await page.context().close();
    }
    expect(new Set(titles).size).toBe(views.length);
  });
});
