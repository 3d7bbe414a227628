import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  ALL_IMPACTS,
  CORPUS_FILES,
  h1Text,
  holdCorpus,
  scrollWidth,
  serveLargeCorpus,
  waitForHeading,
  withoutFailedLoads,
} from './a11y-helpers.ts';
import { axeViolations, baseUrl, chromiumForThisFile, openPage } from './browser.ts';

const browser = chromiumForThisFile();

const TITLE = 'Result of the Korea-Japan Foreign Ministers’ Telephone Call';
const RELEASE =
  '/releases/2024-10-07-result-of-the-korea-japan-foreign-ministers-telephone-call-62f475';

const count = (page: Page) =>
  page
    .getByRole('status')
    .filter({ hasText: /\d+ releases?|No releases/ })
    .first()
    .innerText();

type State = {
  name: string;
  /** Brings the page into the state; resolves once the state is on screen. */
  reach: (page: Page) => Promise<void>;
  /** States whose point is a failed fetch expect the browser to log it. */
  failsLoads?: boolean;
};

const STATES: State[] = [
  {
    name: 'home',
    reach: async (page) => {
      await page.goto(`${baseUrl()}/`);
      await expect.poll(() => count(page)).toBe('6 releases');
    },
  },
  {
    name: 'a search with results',
    reach: async (page) => {
      await page.goto(`${baseUrl()}/?q=Iwaya`);
      await expect.poll(() => page.getByRole('link', { name: TITLE }).count()).toBe(1);
      expect(await page.locator('mark').count()).toBeGreaterThan(0);
    },
  },
  {
    name: 'no results',
    reach: async (page) => {
      await page.goto(`${baseUrl()}/?q=zzzzqqq`);
      await page.getByText('No releases match this search.').waitFor();
    },
  },
  {
    name: 'a facet ticked',
    reach: async (page) => {
      await page.goto(`${baseUrl()}/`);
      await page.getByRole('checkbox', { name: 'Japan' }).check();
      await expect.poll(() => count(page)).toBe('3 releases');
      await page.getByRole('button', { name: 'Remove Japan' }).waitFor();
    },
  },
  {
    name: 'many results: sample banner, pagination, a long facet shown in full, page 2',
    failsLoads: true,
    reach: async (page) => {
      await serveLargeCorpus(page);
      await page.goto(`${baseUrl()}/`);
      // The grown corpus is parsed and indexed on the page: give a busy machine time.
      await expect.poll(() => count(page), { timeout: 10_000 }).toBe('30 releases');
      await page.getByRole('button', { name: /^Show all \d+ people$/ }).click();
      await page
        .getByRole('navigation', { name: 'Pages of results' })
        .getByRole('link', { name: 'Next page' })
        .click();
      await expect.poll(() => new URL(page.url()).searchParams.get('page')).toBe('2');
      await page.getByText('Sample data.').waitFor();
    },
  },
  {
    name: 'a date range that is not a date',
    reach: async (page) => {
      await page.goto(`${baseUrl()}/`);
      await page.getByRole('textbox', { name: 'From' }).fill('March');
      await page.getByRole('button', { name: 'Apply dates' }).click();
      await page.getByRole('alert').filter({ hasText: 'is not a year' }).waitFor();
    },
  },
  {
    name: 'a release',
    reach: async (page) => {
      await page.goto(`${baseUrl()}${RELEASE}`);
      await waitForHeading(page, TITLE);
      // The app's page; the static one it replaces is checked in static-pages.test.ts.
      await expect.poll(() => page.locator('#root[data-prerendered]').count()).toBe(0);
    },
  },
  {
    name: 'a release arrived at from a search, with highlights and previous/next',
    reach: async (page) => {
      await page.goto(`${baseUrl()}/?q=Korea`);
      const results = page.getByRole('region', { name: 'Results' }).getByRole('listitem');
      await expect.poll(() => results.count()).toBeGreaterThan(2);
      await results.nth(1).getByRole('link').first().click();
      const nav = page.getByRole('navigation', { name: 'Search results' });
      await nav.getByRole('link', { name: 'Next result' }).waitFor();
      expect(await nav.getByRole('link', { name: 'Previous result' }).count()).toBe(1);
      await expect.poll(() => page.getByRole('article').locator('mark').count()).toBeGreaterThan(0);
    },
  },
  {
    name: 'a person',
    reach: async (page) => {
      await page.goto(`${baseUrl()}/people/seo-ji-ho`);
      await waitForHeading(page, 'Seo Ji-ho');
    },
  },
  {
    name: 'a country',
    reach: async (page) => {
      await page.goto(`${baseUrl()}/countries/KR`);
      await waitForHeading(page, 'South Korea');
    },
  },
  {
    name: 'the timeline, with its table open',
    reach: async (page) => {
      await page.goto(`${baseUrl()}/timeline`);
      await waitForHeading(page, 'Timeline');
      await page.getByText('Show the counts as a table').click();
      await page.getByRole('table').waitFor();
    },
  },
  {
    name: 'the timeline by month',
    reach: async (page) => {
      await page.goto(`${baseUrl()}/timeline?from=2024&to=2024`);
      await page.getByRole('figure', { name: /Releases by month/ }).waitFor();
    },
  },
  {
    name: 'not found',
    reach: async (page) => {
      await page.goto(`${baseUrl()}/releases/no-such-release`);
      await waitForHeading(page, 'Page not found');
    },
  },
  {
    name: 'the error view',
    failsLoads: true,
    reach: async (page) => {
      await page.route(CORPUS_FILES, (route) => route.fulfill({ status: 500 }));
      await page.goto(`${baseUrl()}/`);
      await waitForHeading(page, 'The archive could not be loaded');
      await page.getByRole('button', { name: 'Try again' }).waitFor();
    },
  },
];

describe.each([1280, 320])('accessibility at %i px', (width) => {
  it.each(STATES)('$name: no axe violations of any impact', async ({ reach, failsLoads }) => {
    const { page, problems } = await openPage(browser(), width);
    await reach(page);
    expect(await axeViolations(page, ALL_IMPACTS)).toEqual([]);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(width);
    expect(failsLoads ? withoutFailedLoads(problems) : problems).toEqual([]);
    await page.context().close();
  });

  it('the loading view: no axe violations of any impact', async () => {
    const { page, problems } = await openPage(browser(), width);
    const release = await holdCorpus(page);
    await page.goto(`${baseUrl()}/`);
    await waitForHeading(page, 'Loading the archive…');
    expect(await axeViolations(page, ALL_IMPACTS)).toEqual([]);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(width);
    release();
    await waitForHeading(page, 'Search the archive');
    expect(await h1Text(page)).toBe('Search the archive');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
