import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { COUNTRIES, FIXTURE_RELEASES } from './release-fixtures.ts';
import { corpusText, renderApp } from './render-app.tsx';

const corpus = () => corpusText(FIXTURE_RELEASES, { countries: COUNTRIES });
/** The live count, once the timeline (not the loading view, also a status) is showing. */
const count = async () => {
  await screen.findByRole('heading', { level: 1, name: 'Timeline' });
  return screen.getByRole('status');
};
const expectCount = (text: string | RegExp) =>
  waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(text));
const bar = (name: RegExp) => screen.getByRole('button', { name });
const params = (search: string) => Object.fromEntries(new URLSearchParams(search));

describe('timeline view', () => {
  it('counts all releases and charts them by year', async () => {
    renderApp('/timeline', corpus());
    expect(await count()).toHaveTextContent(/^7 releases$/);
    const chart = screen.getByRole('figure', { name: 'Releases by year' });
    expect(
      within(chart)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['2021: 2 releases', '2022: 1 release', '2023: 1 release', '2024: 3 releases']);
  });

  it('takes the search filters and query from the URL, and links back to the search with them', async () => {
    renderApp('/timeline?country=JP', corpus());
    expect(await count()).toHaveTextContent(/^2 releases$/);
    expect(screen.getByRole('link', { name: 'Show these releases in the search' })).toHaveAttribute(
      'href',
      '/?country=JP',
    );
  });

  it('filters on the words of the query', async () => {
    renderApp('/timeline?q=orchestra', corpus());
    expect(await count()).toHaveTextContent(/^1 release$/);
  });

  it('narrows to a year and then a month by clicking bars', async () => {
    const { user, router } = renderApp('/timeline', corpus());
    await count();
    await user.click(bar(/^2024/));
    expect(params(router.state.location.search)).toEqual({ from: '2024', to: '2024' });
    expect(router.state.historyAction).toBe('PUSH');
    await expectCount('3 releases from 2024 to 2024');
    const months = screen.getByRole('figure', {
      name: 'Releases by month, January 2024 to December 2024',
    });
    expect(within(months).getAllByRole('button')).toHaveLength(12);
    await user.click(bar(/^March 2024/));
    expect(params(router.state.location.search)).toEqual({ from: '2024-03-01', to: '2024-03-31' });
    await expectCount('2 releases from 1 March 2024 to 31 March 2024');
  });

  it('narrows with the keyboard and keeps the other filters', async () => {
    const { user, router } = renderApp('/timeline?person=hana-seol', corpus());
    await count();
    bar(/^2023/).focus();
    await user.keyboard('{Enter}');
    expect(params(router.state.location.search)).toEqual({
      person: 'hana-seol',
      from: '2023',
      to: '2023',
    });
    await expectCount(/^1 release from/);
  });

  it('narrows to a run of years dragged across', async () => {
    const { user, router } = renderApp('/timeline', corpus());
    await count();
    await user.pointer([
      { keys: '[MouseLeft>]', target: bar(/^2024/) },
      { target: bar(/^2022/) },
      { keys: '[/MouseLeft]' },
    ]);
    expect(params(router.state.location.search)).toEqual({ from: '2022', to: '2024' });
  });

  it('gives the counts as a table', async () => {
    renderApp('/timeline', corpus());
    await count();
    const table = screen.getByRole('table', { name: 'Releases by year' });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => row.textContent);
    expect(rows).toEqual(['YearReleases', '20212', '20221', '20231', '20243']);
  });

  it('lists the matching releases under a heading per month, newest first', async () => {
    renderApp('/timeline', corpus());
    await count();
    const months = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(months).toEqual([
      'May 2024',
      'March 2024',
      'November 2023',
      'June 2022',
      'February 2021',
      'January 2021',
    ]);
    const march = screen.getByRole('heading', { level: 3, name: 'March 2024' }).closest('section')!;
    expect(
      within(march)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Ministry publishes its annual budget note',
      'Foreign Ministers Seol and Amari hold talks on fisheries',
    ]);
  });
});
