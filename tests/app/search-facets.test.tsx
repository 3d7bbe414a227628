import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { release, renderApp } from './render-app.tsx';
import {
  currentSearch,
  expectCount,
  facet,
  facetCount,
  fixtureCorpus,
  resultTitles,
  eventually,
} from './search-helpers.ts';

describe('search view: facets and filters', { timeout: 60_000 }, () => {
  it("counts each facet's values under the other facets' filters, not its own", async () => {
    const { user } = renderApp('/', fixtureCorpus());
    await expectCount('7 releases');
    expect(facetCount('Country', 'Japan')).toBe('4');
    expect(facetCount('Country', 'Republic of Korea')).toBe('5');
    expect(facetCount('Type', 'Meeting')).toBe('2');

    await user.click(facet('Type').getByRole('checkbox', { name: 'Phone call' }));
    await expectCount('2 releases');
    // The other facets now count phone calls only...
    expect(facetCount('Country', 'Japan')).toBe('2');
    expect(facetCount('Country', 'Republic of Korea')).toBe('1');
    expect(facet('Country').queryByRole('checkbox', { name: 'France' })).toBeNull();
    // ...while the type facet still offers the other types with their full counts.
    expect(facetCount('Type', 'Meeting')).toBe('2');
    expect(facetCount('Type', 'Phone call')).toBe('2');
  });

  it('combines values of one facet with OR, and facets with AND', async () => {
    const { user, router } = renderApp('/', fixtureCorpus());
    await user.click(await screen.findByRole('checkbox', { name: 'Japan' }));
    await expectCount('4 releases');
    await user.click(facet('Country').getByRole('checkbox', { name: 'Germany' }));
    await expectCount('5 releases');
    await user.click(facet('Type').getByRole('checkbox', { name: 'Meeting' }));
    await expectCount('1 release');
    expect(resultTitles()).toEqual(['Foreign Ministers’ Meeting in Paris']);
    expect(currentSearch(router).getAll('country')).toEqual(['JP', 'DE']);
    expect(currentSearch(router).getAll('type')).toEqual(['meeting']);
  });

  it('shows active filters as chips that remove them, and clears them all', async () => {
    const { user, router } = renderApp(
      '/?q=minister&country=JP&type=meeting&from=2023',
      fixtureCorpus(),
    );
    await expectCount('1 release');
    await user.click(screen.getByRole('button', { name: 'Remove Meeting' }));
    await expectCount('3 releases');
    expect(router.state.location.search).toBe('?q=minister&country=JP&from=2023');
    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(router.state.location.search).toBe('?q=minister');
    await eventually(() => expect(screen.queryByRole('button', { name: /^Remove / })).toBeNull());
    expect(screen.getByRole('searchbox', { name: 'Search releases' })).toHaveValue('minister');
  });

  it('applies a date range, a year as "to" meaning the end of that year', async () => {
    const { user, router } = renderApp('/', fixtureCorpus());
    await user.type(await screen.findByRole('textbox', { name: 'From' }), '2023-09-01');
    await user.type(screen.getByRole('textbox', { name: 'To' }), '2023');
    await user.click(screen.getByRole('button', { name: 'Apply dates' }));
    await expectCount('1 release');
    expect(resultTitles()).toEqual(['Foreign Ministers’ Meeting in Paris']);
    expect(router.state.location.search).toBe('?from=2023-09-01&to=2023');
  });

  it('refuses a date it cannot read, and says why', async () => {
    const { user, router } = renderApp('/', fixtureCorpus());
    await user.type(await screen.findByRole('textbox', { name: 'From' }), '2023-02-30');
    await user.click(screen.getByRole('button', { name: 'Apply dates' }));
    expect(screen.getByRole('alert')).toHaveTextContent('“2023-02-30” is not a year');
    expect(screen.getByRole('textbox', { name: 'From' })).toHaveAttribute('aria-invalid', 'true');
    expect(router.state.location.search).toBe('');
  });

  it('sorts oldest first on request', async () => {
    const { user, router } = renderApp('/', fixtureCorpus());
    await expectCount('7 releases');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Oldest first');
    expect(router.state.location.search).toBe('?sort=oldest');
    await eventually(() =>
      expect(resultTitles()[0]).toBe('Trilateral Preparatory Meeting of Senior Officials'),
    );
    expect(resultTitles().at(-1)).toBe('Visit of Federal Foreign Minister Lena Vogt');
  });

  it('gives a long facet a filter box and shows its top values first', async () => {
    const envoys = Array.from({ length: 14 }, (_, i) => ({
      id: `envoy-${i + 1}`,
      name: `Envoy ${String.fromCharCode(65 + i)}lder`,
    }));
    // Envoy Alder appears most often, so it heads the list.
    const extra = envoys.map((envoy, i) =>
      release({
        id: `envoy-note-${i + 1}`,
        title: `Note on special envoys ${i + 1}`,
        people: i === 0 ? envoys.slice(0, 1) : [envoy, envoys[0]!],
      }),
    );
    const { user } = renderApp('/', fixtureCorpus(extra));
    await expectCount('21 releases');
    const people = facet('Person');
    expect(people.getAllByRole('checkbox')).toHaveLength(8);
    expect(people.getAllByRole('checkbox')[0]).toHaveAccessibleName('Envoy Alder');
    await user.click(people.getByRole('button', { name: 'Show all 19 people' }));
    expect(people.getAllByRole('checkbox')).toHaveLength(19);
    await user.type(people.getByRole('searchbox', { name: 'Filter people' }), 'vogt');
    expect(people.getAllByRole('checkbox')).toHaveLength(1);
    expect(
      within(people.getByRole('list')).getByRole('checkbox', { name: 'Lena Vogt' }),
    ).toBeInTheDocument();
  });
});
