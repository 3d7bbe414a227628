import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { serializeDerived } from '../../src/ingest/serialize-derived.ts';
import { searchCountries, searchReleases } from '../shared/search-fixture.ts';
import { renderApp } from './render-app.tsx';
import { expectCount, findSearchBox, resultTitles } from './search-helpers.ts';

/** A data folder exactly as the ingest writes it, with the catalogue held back until released. */
function ingestedFolder(sample: boolean) {
  const derived = serializeDerived({
    sample,
    countries: searchCountries,
    releases: searchReleases,
  });
  let releaseCatalogue = () => {};
  const held = new Promise<void>((resolve) => (releaseCatalogue = resolve));
  const files = new Map<string, string | Uint8Array>([
    ['head.json', derived.head],
    ['catalogue.json', derived.catalogue],
    ['search-index.bin', derived.searchIndex],
    ...derived.shards,
  ]);
  const reply = async (url: string) => {
    const name = url.replace(/^.*\/data\//, '');
    if (name === 'catalogue.json') await held;
    const body = files.get(name);
    if (body === undefined) return new Response('', { status: 404 });
    const type = typeof body === 'string' ? 'application/json' : 'application/octet-stream';
    const bytes = typeof body === 'string' ? body : new Blob([new Uint8Array(body)]);
    return new Response(bytes, { headers: { 'content-type': type } });
  };
  return { reply, releaseCatalogue: () => releaseCatalogue() };
}

const newestFirst = [...searchReleases].sort((a, b) =>
  a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.id < b.id ? -1 : 1,
);

describe('search view: the first page before the catalogue', () => {
  it('lists the newest releases from head.json while the catalogue is still loading', async () => {
    const folder = ingestedFolder(true);
    renderApp('/', folder.reply);
    await expectCount(`${searchReleases.length} releases`);
    expect(resultTitles()).toEqual(newestFirst.slice(0, 20).map((r) => r.title));
    expect(screen.getByText('Preparing the search: the archive is loading…')).toBeInTheDocument();
    expect(screen.getByText('Filters appear when the search is ready.')).toBeInTheDocument();
    // The head says the data is sample data, so the banner is there from the first page on.
    const banner = within(screen.getByRole('banner'));
    expect(banner.getByText('Sample data.')).toBeInTheDocument();

    folder.releaseCatalogue();
    await screen.findByRole('group', { name: 'Country' }, { timeout: 10_000 });
    expect(screen.queryByText(/the archive is loading/)).not.toBeInTheDocument();
  });

  it('keeps what is typed before the catalogue arrives and answers it from the shipped index', async () => {
    const folder = ingestedFolder(false);
    const { user, router } = renderApp('/', folder.reply);
    await expectCount(`${searchReleases.length} releases`);
    await user.type(await findSearchBox(), 'Mori');
    expect(screen.getByRole('searchbox', { name: 'Search releases' })).toHaveValue('Mori');
    folder.releaseCatalogue();
    await expectCount('4 releases');
    expect(screen.getByRole('searchbox', { name: 'Search releases' })).toHaveValue('Mori');
    expect(
      (
        await screen.findAllByText(
          (_, el) => el?.tagName === 'MARK' && /^mori$/i.test(el.textContent ?? ''),
        )
      ).length,
    ).toBeGreaterThan(0);
    expect(router.state.location.pathname).toBe('/');
  });
});
