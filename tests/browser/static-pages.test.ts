import { describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, chromiumForThisFile, openPage } from './browser.ts';

const browser = chromiumForThisFile();

const TITLE = 'Result of the Korea-Japan Foreign Ministers’ Telephone Call';

async function releaseUrl() {
  const response = await fetch(`${baseUrl()}/data/catalogue.json`);
  const catalogue = (await response.json()) as { releases: { id: string; title: string }[] };
  const release = catalogue.releases.find((r) => r.title === TITLE);
  if (!release) throw new Error(`the browser fixtures have no release "${TITLE}"`);
  return `${baseUrl()}/releases/${release.id}`;
}

declare global {
  interface Window {
    __headings?: string[];
    __textGone?: boolean;
  }
}

describe('static release pages', () => {
  it('serve a release that reads without JavaScript', async () => {
    const context = await browser().newContext({
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    // Only the styles written into the page itself: the whole stylesheet never arrives.
    await page.route('**/*.css', (route) => route.abort());
    const errors: string[] = [];
    page.on('console', (message) => {
      const text = message.text();
      if (message.type() === 'error' && !text.includes('net::ERR_FAILED')) errors.push(text);
    });
    await page.goto(await releaseUrl());
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(TITLE);
    expect(await page.title()).toBe(`${TITLE} · Communiqué`);
    expect(await page.getByText(/exchanged views on Korea-Japan relations/).isVisible()).toBe(true);
    const person = page.getByRole('link', { name: 'Iwaya Kenta' });
    expect(await person.getAttribute('href')).toBe('/people/iwaya-kenta');
    expect(await page.getByRole('link', { name: 'Japan', exact: true }).count()).toBe(1);
    expect(await page.getByText('Sample data.').count()).toBe(0);
    // The page's own styles apply (the policy allows them): the skip link waits off screen.
    // A hash that did not match would leave it in the flow, at x = 0 or more.
    const skip = await page.getByRole('link', { name: 'Skip to main content' }).boundingBox();
    expect(skip?.x ?? 0).toBeLessThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('are taken over by the app in one step, the heading never changing', async () => {
    const { page, problems } = await openPage(browser());
    // Every heading the page shows, and whether the text, once shown, ever went away.
    await page.addInitScript(() => {
      const seen: string[] = [];
      window.__headings = seen;
      let shown = false;
      new MutationObserver(() => {
        const text = document.querySelector('h1')?.textContent ?? '';
        if (text && seen[seen.length - 1] !== text) seen.push(text);
        const body = document.querySelector('main')?.textContent?.includes('exchanged views');
        if (body) shown = true;
        else if (shown) window.__textGone = true;
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto(await releaseUrl());
    // What only the app draws: the copy buttons, and related releases from the catalogue.
    await expect
      .poll(() => page.getByRole('button', { name: 'Copy link' }).count(), { timeout: 10_000 })
      .toBe(1);
    await expect
      .poll(() => page.getByRole('heading', { name: 'Related releases' }).count())
      .toBe(1);
    expect(await page.evaluate(() => window.__headings)).toEqual([TITLE]);
    expect(await page.evaluate(() => window.__textGone ?? false)).toBe(false);
    expect(await page.getByText(/exchanged views on Korea-Japan relations/).isVisible()).toBe(true);
    // The whole stylesheet arrives for what the app draws.
    const buttonHeight = await page.getByRole('button', { name: 'Copy link' }).boundingBox();
    expect(buttonHeight?.height ?? 0).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('pass axe, and keep the reader’s focus when the app takes over', async () => {
    const { page, problems } = await openPage(browser());
    // The app cannot take over before head.json arrives: hold it until the reader has moved.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/data/head.json', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(await releaseUrl());
    expect(await page.locator('#root[data-prerendered]').count()).toBe(1);
    // The static page itself, before the app replaces it (axe needs the page's JavaScript).
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Iwaya Kenta' }).focus();
    release();
    await expect.poll(() => page.locator('#root[data-prerendered]').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Copy link' }).count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Iwaya Kenta');
    expect(problems).toEqual([]);
  });
});
