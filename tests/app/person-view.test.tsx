import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { COUNTRIES, FIXTURE_RELEASES } from './release-fixtures.ts';
import { corpusText, renderApp } from './render-app.tsx';

const corpus = () => corpusText(FIXTURE_RELEASES, { countries: COUNTRIES });
const section = (name: string) =>
  screen.getByRole('heading', { level: 2, name }).closest('section')!;
const linkTexts = (element: HTMLElement) =>
  within(element)
    .getAllByRole('link')
    .map((link) => link.textContent);

describe('person view', () => {
  it('shows the name, count, span and the country they appear for', async () => {
    renderApp('/people/hana-seol', corpus());
    expect(await screen.findByRole('heading', { level: 1, name: 'Hana Seol' })).toBeInTheDocument();
    expect(document.title).toContain('Hana Seol');
    const summary = screen.getByText(/Named in 4 releases from 2022 to 2024/);
    expect(within(summary).getByRole('link', { name: 'Republic of Korea' })).toHaveAttribute(
      'href',
      '/countries/KR',
    );
  });

  it('lists each role with its count and years', async () => {
    renderApp('/people/hana-seol', corpus());
    await screen.findByRole('heading', { level: 1, name: 'Hana Seol' });
    const roles = within(section('Roles')).getAllByRole('listitem');
    expect(roles.map((item) => item.textContent)).toEqual([
      'Foreign Minister (3 releases, 2023–2024)',
      'Vice Foreign Minister (1 release, 2022)',
    ]);
  });

  it('charts releases by year with the counts as text', async () => {
    renderApp('/people/hana-seol', corpus());
    const chart = await screen.findByRole('figure', { name: 'Releases by year' });
    expect(
      within(chart)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['2022: 1 release', '2023: 1 release', '2024: 2 releases']);
  });

  it('lists the people they appear with most, and the countries involved, as links', async () => {
    renderApp('/people/hana-seol', corpus());
    await screen.findByRole('heading', { level: 1, name: 'Hana Seol' });
    expect(linkTexts(section('Appears most with'))).toEqual([
      'Kenji Amari',
      'Claire Morvan',
      'Paulo Brandão',
    ]);
    expect(linkTexts(section('Countries involved'))).toEqual([
      'Republic of Korea',
      'Japan',
      'Brazil',
      'France',
    ]);
  });

  it('lists their releases newest first and follows a co-appearing person', async () => {
    const { user, router } = renderApp('/people/hana-seol', corpus());
    await screen.findByRole('heading', { level: 1, name: 'Hana Seol' });
    const list = screen.getByRole('list', { name: 'Releases naming Hana Seol' });
    expect(linkTexts(list)).toEqual([
      'Minister Seol visits Brasília',
      'Foreign Ministers Seol and Amari hold talks on fisheries',
      'Minister Seol speaks with French counterpart by phone',
      'Relief supplies sent after the coastal storm',
    ]);
    await user.click(
      within(section('Appears most with')).getByRole('link', { name: 'Kenji Amari' }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Kenji Amari' })).toHaveFocus();
    expect(router.state.location.pathname).toBe('/people/kenji-amari');
  });

  it('shows the not-found view for an unknown person', async () => {
    renderApp('/people/nobody-here', corpus());
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/no person with this address/)).toBeInTheDocument();
  });
});
