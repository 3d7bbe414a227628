import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, chromiumForThisFile, openPage, releaseCount } from './browser.ts';

const browser = chromiumForThisFile();

const TITLE = 'Result of the Korea-Japan Foreign Ministers’ Telephone Call';
const h1 = (page: Page) => page.getByRole('heading', { level: 1 }).innerText();

describe('release, person, country and timeline views in the built app', () => {
  it('opens a release from a search, survives a reload, and leads to the person page', async () => {
    const { page, problems } = await openPage(browser());
    await page.goto(`${baseUrl()}/?q=Iwaya`);
    await page.getByRole('link', { name: TITLE }).click();
    await expect.poll(() => h1(page)).toBe(TITLE);
    // Focus moves to the heading on a route change.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    const people = page
      .getByRole('definition')
      .filter({ has: page.getByRole('link', { name: 'Iwaya Kenta' }) });
    expect(await people.getByRole('link').allInnerTexts()).toEqual(['Seo Ji-ho', 'Iwaya Kenta']);
    for (const country of ['Japan', 'North Korea', 'South Korea']) {
      expect(await page.getByRole('link', { name: country, exact: true }).count()).toBeGreaterThan(
        0,
      );
    }
    expect(await axeViolations(page)).toEqual([]);

    const url = page.url();
    const fresh = await openPage(browser());
    await fresh.page.goto(url);
    await expect.poll(() => h1(fresh.page)).toBe(TITLE);
    expect(await fresh.page.title()).toContain(TITLE);

    await page.getByRole('link', { name: 'Iwaya Kenta' }).first().click();
    await expect.poll(() => h1(page)).toBe('Iwaya Kenta');
    expect(await page.getByRole('link', { name: TITLE }).count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    expect([...problems, ...fresh.problems]).toEqual([]);
  });

  it('shows a country page on a fresh load', async () => {
    const { page, problems } = await openPage(browser());
    await page.goto(`${baseUrl()}/countries/JP`);
    await expect.poll(() => h1(page)).toBe('Japan');
    expect(await page.getByText(/3 releases/).count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('narrows the timeline by country and by a year bar', async () => {
    const { page, problems } = await openPage(browser());
    await page.goto(`${baseUrl()}/timeline`);
    await expect.poll(() => releaseCount(page)).toBe(6);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${baseUrl()}/timeline?country=JP`);
    await expect.poll(() => releaseCount(page)).toBe(3);

    await page.getByRole('button', { name: /^2024\b/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBe('2024');
    expect(new URL(page.url()).searchParams.get('to')).toBe('2024');
    expect(new URL(page.url()).searchParams.get('country')).toBe('JP');
    await expect.poll(() => releaseCount(page)).toBe(2);
    expect(problems).toEqual([]);
  });

  it('shows the in-app not-found view for unknown and malformed addresses', async () => {
    const { page, problems } = await openPage(browser());
    for (const path of [
      '/releases/no-such-release',
      '/people/nobody',
      '/countries/ZZ',
      '/releases/%E0%A4%A',
    ]) {
      await page.goto(`${baseUrl()}${path}`);
      await expect.poll(() => h1(page)).toBe('Page not found');
      expect(await page.getByRole('link', { name: 'Go to the search' }).count()).toBe(1);
    }
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
