import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { COUNTRIES, FIXTURE_RELEASES } from './release-fixtures.ts';
import { corpusText, release, renderApp } from './render-app.tsx';
import { currentSearch, eventually, expectCount } from './search-helpers.ts';

const corpus = (releases = FIXTURE_RELEASES) => corpusText(releases, { countries: COUNTRIES });
const TOTAL = `${FIXTURE_RELEASES.length} releases`;
const heading = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name });

const HUGE = 'x'.repeat(10_000);

describe('hostile facet parameters (issue 6, item 4)', () => {
  it.each([
    ['markup', 'source=<img src=x onerror=alert(1)>&country=<b>JP</b>&person=<script>'],
    ['unknown values', 'country=ZZ&person=nobody-at-all&type=bogus&year=1066&source=Nowhere'],
    ['10 kB values', `source=${HUGE}&person=${HUGE}&country=${HUGE}&year=${HUGE}`],
    ['bad dates, sort and page', 'from=2023-02-30&to=<x>&sort=__proto__&page=-1'],
  ])('ignores %s and drops them from the URL of the search', async (_what, query) => {
    const { router } = renderApp(`/?${query}`, corpus());
    await expectCount(TOTAL);
    await eventually(() => expect(router.state.location.search).toBe(''));
    expect(router.state.location.pathname).toBe('/');
    expect(document.querySelector('main img, main script')).toBeNull();
  });

  it('keeps the valid values beside the hostile ones', async () => {
    const { router } = renderApp(`/?country=JP&country=<svg>&source=${HUGE}&q=fisheries`, corpus());
    await expectCount('1 release');
    await eventually(() => expect(router.state.location.search).toBe('?q=fisheries&country=JP'));
    expect(screen.getByRole('checkbox', { name: 'Japan' })).toBeChecked();
  });

  it('ignores them on the timeline too', async () => {
    const { router } = renderApp(`/timeline?country=<b>x</b>&source=${HUGE}&type=bogus`, corpus());
    expect(await heading('Timeline')).toBeInTheDocument();
    await eventually(() => expect(router.state.location.search).toBe(''));
    expect(await screen.findByText(TOTAL, { selector: '[role="status"]' })).toBeInTheDocument();
  });
});

describe('unsafe release addresses (issue 6, item 5)', () => {
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'DATA:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    '\u0000javascript:alert(1)',
    '\u0000https://example.org/a',
    '   javascript:alert(1)',
    '  https://example.org/a',
    '\njavascript:alert(1)',
    'javascript\t:alert(1)',
    'jav&#x09;ascript:alert(1)',
    '\u200bjavascript:alert(1)',
    '/\\example.org/a',
  ])('shows no link for %j', async (url) => {
    renderApp('/releases/odd', corpus([release({ id: 'odd', title: 'Odd address', url })]));
    expect(await heading('Odd address')).toBeInTheDocument();
    const external = within(screen.getByRole('article'))
      .queryAllByRole('link')
      .filter((link) => !link.getAttribute('href')?.startsWith('/'));
    expect(external).toEqual([]);
    expect(screen.queryByText('Original')).toBeNull();
  });
});

describe('__proto__ and constructor as data (issue 6, item 12)', () => {
  const odd = [
    release({
      id: 'constructor',
      title: 'A release whose id is constructor',
      source: '__proto__',
      countries: ['JP'],
      people: [{ id: 'constructor', name: 'Cora Structor' }],
      organizations: ['__proto__', 'constructor'],
    }),
    release({ id: 'plain', title: 'A plain release', source: 'constructor' }),
  ];
  // JSON.parse keeps "__proto__" as an own key, as an attacker's corpus would have it.
  const poisoned = corpusText(odd, { countries: COUNTRIES })
    .replace(/^\{/, '{"__proto__":{"polluted":"top"},')
    .replace('"countries":{', '"countries":{"__proto__":{"name":"Polluted","aliases":[]},');

  const expectNoPollution = () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('name');
    expect(typeof ({} as { constructor: unknown }).constructor).toBe('function');
  };

  it.each([
    ['source', '__proto__'],
    ['source', 'constructor'],
    ['person', 'constructor'],
  ])('filters by %s=%s as an ordinary value', async (key, value) => {
    const { router } = renderApp(`/?${key}=${value}`, poisoned);
    await expectCount('1 release');
    expect(currentSearch(router).getAll(key)).toEqual([value]);
    expectNoPollution();
  });

  it('opens the release, the person and the country named constructor or __proto__', async () => {
    const { user } = renderApp('/releases/constructor', poisoned);
    expect(await heading('A release whose id is constructor')).toBeInTheDocument();
    expect(screen.getByText('__proto__', { selector: 'li' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Cora Structor' }));
    expect(await heading('Cora Structor')).toBeInTheDocument();
    expectNoPollution();
  });

  it('treats a __proto__ key of the country table as no country at all', async () => {
    renderApp('/countries/JP', poisoned);
    expect(await heading('Japan')).toBeInTheDocument();
    expect(screen.queryByText('Polluted')).toBeNull();
    expectNoPollution();
  });

  it('never takes a missing field of a record from its "__proto__" key', async () => {
    const withoutTitle = JSON.stringify({
      ...release({ id: 'hollow', title: 'x' }),
      title: undefined,
    });
    const hollow = withoutTitle.replace(/^\{/, '{"__proto__":{"title":"Injected title"},');
    renderApp('/', poisoned.replace('"releases":[', `"releases":[${hollow},`));
    await expectCount('2 releases');
    expect(screen.getByText('1 record could not be read and was skipped.')).toBeInTheDocument();
    expect(screen.queryByText('Injected title')).toBeNull();
    expectNoPollution();
  });

  it('searches for __proto__ and constructor as words', async () => {
    renderApp('/?q=constructor', poisoned);
    await expectCount('2 releases');
    expectNoPollution();
  });
});
