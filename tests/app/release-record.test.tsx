import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { searchReleases } from '../shared/search-fixture.ts';
import { ingestedFolder } from './ingested-folder.ts';
import { renderApp } from './render-app.tsx';

const call = searchReleases[0]!;

describe('release view opened from a link, before the catalogue', () => {
  it('shows the release from its record file, then what needs the whole archive', async () => {
    const folder = ingestedFolder(searchReleases, true);
    const { fetchMock } = renderApp(`/releases/${call.id}`, folder.reply);
    expect(await screen.findByRole('heading', { level: 1, name: call.title })).toBeInTheDocument();
    expect(await screen.findByText(call.body[0]!)).toBeInTheDocument();
    expect(within(screen.getByRole('banner')).getByText('Sample data.')).toBeInTheDocument();
    // Its people link to their pages, and its countries are named, from the record file alone.
    expect(screen.getByRole('link', { name: 'Mori Haruto' })).toHaveAttribute(
      'href',
      '/people/mori-haruto',
    );
    expect(screen.queryByRole('heading', { name: 'Related releases' })).not.toBeInTheDocument();
    const asked = fetchMock.mock.calls.map(([url]) => String(url).replace(/^.*\/data\//, ''));
    expect(asked).toContain('head.json');
    expect(asked.some((name) => name.startsWith('records/'))).toBe(true);

    folder.releaseCatalogue();
    expect(
      await screen.findByRole('heading', { name: 'Related releases' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: call.title })).toBeInTheDocument();
  });

  it('says a release is not there only once the catalogue has been read', async () => {
    const folder = ingestedFolder(searchReleases, false);
    renderApp('/releases/1999-01-01-no-such-release', folder.reply);
    folder.releaseCatalogue();
    expect(
      await screen.findByText('There is no release with this address in the archive.', undefined, {
        timeout: 10_000,
      }),
    ).toBeInTheDocument();
  });
});
