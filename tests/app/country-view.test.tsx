import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { COUNTRIES, FIXTURE_RELEASES } from './release-fixtures.ts';
import { corpusText, release, renderApp } from './render-app.tsx';

const corpus = (releases = FIXTURE_RELEASES) => corpusText(releases, { countries: COUNTRIES });
const section = (name: string) =>
  screen.getByRole('heading', { level: 2, name }).closest('section')!;
const itemTexts = (element: HTMLElement) =>
  within(element)
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describe('country view', () => {
  it('canonicalises a lower-case code and shows the name and count', async () => {
    const { router } = renderApp('/countries/jp', corpus());
    expect(await screen.findByRole('heading', { level: 1, name: 'Japan' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/countries/JP');
    expect(router.state.historyAction).toBe('REPLACE');
    expect(document.title).toContain('Japan');
    expect(screen.getByText(/2 releases involve Japan/)).toBeInTheDocument();
  });

  it('charts releases by year and by type', async () => {
    renderApp('/countries/JP', corpus());
    const years = await screen.findByRole('figure', { name: 'Releases by year' });
    expect(itemTexts(years)).toEqual(['2022: 1 release', '2023: 0 releases', '2024: 1 release']);
    const types = screen.getByRole('figure', { name: 'Releases by type' });
    expect(itemTexts(types)).toEqual(['Humanitarian aid: 1 release', 'Meeting: 1 release']);
  });

  it('lists the people of that country who appear most', async () => {
    renderApp('/countries/JP', corpus());
    await screen.findByRole('heading', { level: 1, name: 'Japan' });
    expect(itemTexts(section('People of Japan who appear most'))).toEqual([
      'Kenji Amari (2 releases)',
    ]);
  });

  it('puts the relationship with the issuing ministry’s country first', async () => {
    renderApp('/countries/FR', corpus());
    await screen.findByRole('heading', { level: 1, name: 'France' });
    // Brazil appears with France twice, Korea once; Korea's ministry issued France's releases.
    const partners = within(section('Countries it appears with most')).getAllByRole('link');
    expect(partners.map((link) => link.textContent)).toEqual(['Republic of Korea', 'Brazil']);
    expect(partners[0]?.closest('li')).toHaveTextContent(/issuing ministry’s country/);
  });

  it('caps a long list of releases with a button to show them all', async () => {
    const many = Array.from({ length: 60 }, (_, n) =>
      release({
        id: `note-${n}`,
        title: `Consular note number ${n}`,
        date: `2020-01-${String((n % 28) + 1).padStart(2, '0')}`,
        countries: ['BR'],
      }),
    );
    const { user } = renderApp('/countries/BR', corpus(many));
    const list = await screen.findByRole('list', { name: 'Releases involving Brazil' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(50);
    await user.click(screen.getByRole('button', { name: 'Show all 60 releases' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(60);
  });

  it.each(['/countries/ZZ', '/countries/japan', '/countries/%'])(
    'shows the not-found view for %s',
    async (url) => {
      renderApp(url, corpus());
      expect(
        await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
      ).toBeInTheDocument();
    },
  );
});
