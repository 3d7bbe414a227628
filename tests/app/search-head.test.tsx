import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { searchReleases } from '../shared/search-fixture.ts';
import { ingestedFolder } from './ingested-folder.ts';
import { renderApp } from './render-app.tsx';
import { expectCount, findSearchBox, resultTitles } from './search-helpers.ts';

const newestFirst = [...searchReleases].sort((a, b) =>
  a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.id < b.id ? -1 : 1,
);

describe('search view: the first page before the catalogue', () => {
  it('lists the newest releases from head.json while the catalogue is still loading', async () => {
    const folder = ingestedFolder(searchReleases, true);
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
    const folder = ingestedFolder(searchReleases, false);
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

  it('shows the error view when the catalogue fails after the first page, and retry recovers', async () => {
    const folder = ingestedFolder(searchReleases, false);
    folder.releaseCatalogue();
    let failures = 1;
    const reply = async (url: string) => {
      if (url.endsWith('/catalogue.json') && failures-- > 0)
        return new Response('', { status: 500 });
      return folder.reply(url);
    };
    const { user } = renderApp('/', reply);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'The archive could not be loaded' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('HTTP 500');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await expectCount(`${searchReleases.length} releases`);
    expect(
      await screen.findByRole('group', { name: 'Country' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
  });
});
