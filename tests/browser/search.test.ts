import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serveLargeCorpus, withoutFailedLoads } from './a11y-helpers.ts';
import { axeViolations, baseUrl, chromiumForThisFile, openPage, releaseCount } from './browser.ts';

const browser = chromiumForThisFile();

const TITLE = 'Result of the Korea-Japan Foreign Ministers’ Telephone Call';

describe('search in the built app', () => {
  it('finds a release by a minister surname, narrows by country, and keeps it all in the URL', async () => {
    const { page, problems } = await openPage(browser());
    await page.goto(`${baseUrl()}/`);
    const all = await releaseCount(page);
    expect(all).toBe(6);

    await page.getByRole('searchbox', { name: 'Search releases' }).pressSequentially('Iwaya');
    await expect.poll(() => page.getByRole('link', { name: TITLE }).count()).toBe(1);
    // The address follows once the typing pauses.
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('Iwaya');

    await page.getByRole('searchbox', { name: 'Search releases' }).fill('');
    await page.getByRole('checkbox', { name: 'Japan' }).check();
    await expect.poll(() => releaseCount(page)).toBeLessThan(all);
    expect(await releaseCount(page)).toBe(3);
    expect(new URL(page.url()).searchParams.getAll('country')).toEqual(['JP']);
    expect(problems).toEqual([]);
  });

  it('marks the words that matched in every row, those further down once the reader comes near them', async () => {
    const { page, problems } = await openPage(browser());
    const rows = await searchGrownCorpus(page, 'Minister');
    expect(await rows.count()).toBe(20);
    // The seventh row starts about 300 px below the band watched under a 900 px window.
    expect(await rows.nth(6).locator('mark').count()).toBe(0);
    // Straight to the last row, as End or find-in-page would: the rows between never show.
    const last = rows.last();
    await last.scrollIntoViewIfNeeded();
    await expect.poll(() => last.locator('mark').count()).toBeGreaterThan(0);
    expect(await last.locator('mark').first().innerText()).toMatch(/^minister/i);
    expect(withoutFailedLoads(problems)).toEqual([]);
  });

  it('shows the passage that matched in rows not yet marked', async () => {
    const { page, problems } = await openPage(browser());
    // A word of later paragraphs only: the opening paragraph would not show it.
    const rows = await searchGrownCorpus(page, 'dialogue');
    expect(await rows.count()).toBe(10);
    const seventh = rows.nth(6);
    expect(await seventh.locator('mark').count()).toBe(0);
    expect(await seventh.getByRole('paragraph').last().innerText()).toMatch(/dialogue/i);
    expect(withoutFailedLoads(problems)).toEqual([]);
  });

  it('shows a key’s results in the same frame as the key itself', async () => {
    const { page, problems } = await openPage(browser());
    await page.goto(`${baseUrl()}/`);
    const box = page.getByRole('searchbox', { name: 'Search releases' });
    await box.pressSequentially('Iwaya');
    await expect.poll(() => releaseCount(page)).toBe(1);
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
    // What the page holds once the next key's own task is done (a task queued from the key,
    // ahead of any render React would schedule), and what the first frame after it paints
    // (its animation frame callback runs just before that frame).
    await page.evaluate(() => {
      const seen = window as unknown as { afterKey?: string[]; firstFrame?: string[] };
      const read = () => [
        document.querySelector<HTMLInputElement>('input[type="search"]')?.value ?? '',
        document.querySelector('.result-count')?.textContent ?? '',
      ];
      window.addEventListener(
        'keydown',
        () => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => (seen.afterKey = read());
          channel.port2.postMessage(null);
          requestAnimationFrame(() => (seen.firstFrame = read()));
        },
        { capture: true, once: true },
      );
    });
    // Escape empties the box, as typing does (the same change).
    await box.press('Escape');
    const seen = () =>
      page.evaluate(() => {
        const { afterKey, firstFrame } = window as { afterKey?: string[]; firstFrame?: string[] };
        return { afterKey, firstFrame };
      });
    await expect
      .poll(seen)
      .toEqual({ afterKey: ['', '6 releases'], firstFrame: ['', '6 releases'] });
    expect(problems).toEqual([]);
  });

  it('restores the search box and the list on a fresh load of a shared link', async () => {
    const { page, problems } = await openPage(browser());
    await page.goto(`${baseUrl()}/?q=Iwaya&country=JP`);
    await expect.poll(() => page.getByRole('link', { name: TITLE }).count()).toBe(1);
    await expect
      .poll(() => page.getByRole('searchbox', { name: 'Search releases' }).inputValue())
      .toBe('Iwaya');
    expect(await page.getByRole('checkbox', { name: 'Japan' }).isChecked()).toBe(true);
    expect(await releaseCount(page)).toBe(1);
    expect(problems).toEqual([]);
  });

  it('restores the search with Back after opening a release', async () => {
    const { page, problems } = await openPage(browser());
    await page.goto(`${baseUrl()}/`);
    await page.getByRole('searchbox', { name: 'Search releases' }).pressSequentially('Iwaya');
    await page.getByRole('link', { name: TITLE }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(TITLE);
    await page.goBack();
    await expect
      .poll(() => page.getByRole('searchbox', { name: 'Search releases' }).inputValue())
      .toBe('Iwaya');
    await expect.poll(() => releaseCount(page)).toBe(1);
    expect(new URL(page.url()).search).toBe('?q=Iwaya');
    expect(problems).toEqual([]);
  });

  it('has no serious or critical accessibility violations, with and without a query', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${baseUrl()}/`);
    await page.getByRole('searchbox', { name: 'Search releases' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${baseUrl()}/?q=Japan`);
    await expect.poll(() => releaseCount(page)).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
  });
});

/** Types `query` into the search of the fixture corpus grown fivefold; its result rows once marked. */
async function searchGrownCorpus(page: Page, query: string) {
  await serveLargeCorpus(page);
  await page.goto(`${baseUrl()}/`);
  await page.getByRole('searchbox', { name: 'Search releases' }).pressSequentially(query);
  const rows = page
    .getByRole('region', { name: 'Results' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3 }) });
  // The grown corpus is parsed and indexed on the page: give a busy machine time.
  await expect
    .poll(() => rows.first().locator('mark').count(), { timeout: 10_000 })
    .toBeGreaterThan(0);
  return rows;
}
