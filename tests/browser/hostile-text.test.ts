import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, chromiumForThisFile, openPage } from './browser.ts';
import {
  corpusJson,
  injectedElements,
  isolationOf,
  rawRelease,
  serveCorpus,
} from './hostile-helpers.ts';

const browser = chromiumForThisFile();

// Invented releases carrying what an archive fed from elsewhere may contain.
const MARKUP_TITLE = '<img src=x onerror=alert(1)> Harbour talks <script>alert(2)</script>';
const MARKUP_BODY = [
  '<svg onload=alert(3)><circle r=40 /></svg> harbour pilots met.',
  '<iframe src="javascript:alert(4)"></iframe> harbour fees rose.',
];
const ESCAPED =
  '&amp;lt;img src=x onerror=alert(5)&amp;gt; and &lt;script&gt;alert(6)&lt;/script&gt;';
const PERSON = '<b onmouseover=alert(7)>Zed Okafor</b>';
const RTL_TITLE = 'وزير الخارجية يستقبل Minister Hale';
const OVERRIDE_TITLE = 'Accord \u202Eelbatpecca\u202C signed at Lakeside';
const MARCH_TITLE = 'Lakeside accord anniversary';

const HOSTILE = corpusJson(
  [
    rawRelease({
      id: 'markup',
      title: MARKUP_TITLE,
      date: '2024-02-10',
      source: 'Ministry <style>body{display:none}</style> of Harbours',
      people: [{ id: 'zed-okafor', name: PERSON, country: 'EG' }],
      countries: ['EG'],
      organizations: ['<a href="javascript:alert(8)">Harbour board</a>'],
      body: [...MARKUP_BODY, ESCAPED],
    }),
    rawRelease({
      id: 'rtl',
      title: RTL_TITLE,
      date: '2024-02-11',
      people: [{ id: 'rana-haddad', name: 'رنا حداد', country: 'EG' }],
      countries: ['EG'],
      body: ['The two ministers discussed the Lakeside canal.'],
    }),
    rawRelease({
      id: 'override',
      title: OVERRIDE_TITLE,
      date: '2024-02-12',
      people: [{ id: 'rana-haddad', name: 'رنا حداد', country: 'EG' }],
      countries: ['EG'],
      body: ['The accord covers the Lakeside canal.'],
    }),
    rawRelease({
      id: 'march',
      title: MARCH_TITLE,
      date: '2024-03-01',
      publishedAt: '2024-03-01T00:30',
      countries: ['EG'],
      body: ['Published half an hour after midnight.'],
    }),
  ],
  { EG: { name: 'Egypt', aliases: ['Egyptian'] } },
);

async function openHostile(path: string) {
  const watched = await openPage(browser());
  await serveCorpus(watched.page, { status: 200, body: HOSTILE });
  // A request for the image that `<img src=x>` would load is proof that markup became an element.
  const requests: string[] = [];
  watched.page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await watched.page.goto(`${baseUrl()}${path}`);
  return { ...watched, requests };
}

const h1 = (page: Page) => page.getByRole('heading', { level: 1 }).innerText();

describe('hostile text in the corpus, in the built app', () => {
  it('shows markup in a title, body, name, source and organization as literal text (item 1)', async () => {
    const { page, problems, requests } = await openHostile('/releases/markup');
    await expect.poll(() => h1(page)).toBe(MARKUP_TITLE);
    expect(await page.title()).toContain(MARKUP_TITLE);
    const article = page.getByRole('article');
    for (const text of [
      ...MARKUP_BODY,
      ESCAPED,
      PERSON,
      '<a href="javascript:alert(8)">Harbour board</a>',
    ]) {
      expect(await article.getByText(text, { exact: true }).count()).toBe(1);
    }
    expect(await article.innerText()).toContain('<style>body{display:none}</style>');
    await page.getByRole('link', { name: PERSON }).hover();
    expect(await injectedElements(page)).toEqual([]);
    expect(requests.filter((path) => path === '/x')).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('keeps markup literal inside highlighted matches, escaped forms too (item 2)', async () => {
    const { page, problems } = await openHostile('/?q=img%20script%20harbour');
    const result = page.getByRole('link', { name: MARKUP_TITLE });
    await expect.poll(() => result.count()).toBe(1);
    expect(await result.innerText()).toBe(MARKUP_TITLE);
    expect(await result.locator('mark').allInnerTexts()).toEqual(
      expect.arrayContaining(['img', 'Harbour', 'script']),
    );
    // The release opened from the search marks its text and leaves entities as typed.
    await result.click();
    await expect.poll(() => h1(page)).toBe(MARKUP_TITLE);
    const escaped = page.getByRole('article').getByText(ESCAPED, { exact: true });
    expect(await escaped.count()).toBe(1);
    // The search around the release (and so its marks) follows the heading.
    await expect
      .poll(() => escaped.locator('mark').allInnerTexts())
      .toEqual(expect.arrayContaining(['img', 'script']));
    expect(await injectedElements(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('isolates right-to-left text and a U+202E override wherever a title is listed (item 11)', async () => {
    const { page, problems } = await openHostile('/?q=lakeside');
    const isolated = { dir: 'auto', unicodeBidi: 'isolate' };
    await expect.poll(() => page.getByRole('link', { name: OVERRIDE_TITLE }).count()).toBe(1);
    for (const title of [RTL_TITLE, OVERRIDE_TITLE]) {
      expect(await isolationOf(page, title)).toEqual([expect.objectContaining(isolated)]);
    }
    for (const [path, heading] of [
      ['/releases/override', OVERRIDE_TITLE],
      ['/people/rana-haddad', 'رنا حداد'],
      ['/countries/EG', 'Egypt'],
      ['/timeline', 'Timeline'],
    ] as const) {
      await page.goto(`${baseUrl()}${path}`);
      await expect.poll(() => h1(page)).toBe(heading);
      const places = await isolationOf(page, OVERRIDE_TITLE);
      expect(places.length).toBeGreaterThan(0);
      for (const place of places) {
        expect(place.dir === 'auto' || place.tag === 'bdi').toBe(true);
        expect(['isolate', 'plaintext', 'isolate-override']).toContain(place.unicodeBidi);
      }
    }
    expect(problems).toEqual([]);
  });

  it('treats Fuse and regular-expression operators typed in the box as text (item 9)', async () => {
    const { page, problems } = await openHostile('/');
    const box = page.getByRole('searchbox', { name: 'Search releases' });
    for (const q of ["!^'=|$", "'Lakeside =accord", `${'a'.repeat(50)}!`, '(a+)+$']) {
      await box.fill(q);
      await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(q);
      await expect
        .poll(() =>
          page
            .getByRole('status')
            .filter({ hasText: /releases?$/ })
            .count(),
        )
        .toBe(1);
    }
    await box.fill("'Lakeside =accord");
    await expect.poll(() => page.getByRole('link', { name: OVERRIDE_TITLE }).count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it.each(['America/New_York', 'Pacific/Kiritimati'])(
    'shows a release of 2024-03-01 as 1 March 2024 in %s (item 14)',
    async (timezoneId) => {
      const watched = await openPage(browser());
      const cdp = await watched.page.context().newCDPSession(watched.page);
      await cdp.send('Emulation.setTimezoneOverride', { timezoneId });
      await serveCorpus(watched.page, { status: 200, body: HOSTILE });
      const { page, problems } = watched;
      await page.goto(`${baseUrl()}/releases/march`);
      await expect.poll(() => h1(page)).toBe(MARCH_TITLE);
      expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(
        timezoneId,
      );
      const facts = await page.locator('dl').first().innerText();
      expect(facts).toContain('1 March 2024');
      expect(facts).toContain('1 March 2024, 00:30');
      expect(facts).not.toMatch(/29 February|2 March/);
      await page.goto(`${baseUrl()}/timeline`);
      await expect.poll(() => page.getByRole('heading', { name: 'March 2024' }).count()).toBe(1);
      expect(await page.getByText('1 March 2024').count()).toBeGreaterThan(0);
      expect(problems).toEqual([]);
    },
  );
});
