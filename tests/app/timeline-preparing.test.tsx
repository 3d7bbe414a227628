import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catalogueWithHeldShard } from './catalogue-fetch.ts';
import { COUNTRIES, FIXTURE_RELEASES } from './release-fixtures.ts';
import { renderApp } from './render-app.tsx';

const timeline = () => screen.getByRole('region', { name: 'Timeline' });

describe('timeline while the full text is still loading', () => {
  it('says the search is being prepared instead of counting a query without the bodies', async () => {
    const data = catalogueWithHeldShard(FIXTURE_RELEASES, COUNTRIES);
    // "orchestra" is only in the body of one release.
    renderApp('/timeline?q=orchestra', data.reply);
    await screen.findByRole('heading', { level: 1, name: 'Timeline' });
    expect(screen.getByRole('status')).toHaveTextContent('Preparing the search…');
    expect(timeline()).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();

    data.release();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^1 release$/));
    expect(timeline()).toHaveAttribute('aria-busy', 'false');
    expect(screen.getByRole('figure', { name: 'Releases by year' })).toBeInTheDocument();
  });

  it('counts filters at once, as they need no bodies', async () => {
    const data = catalogueWithHeldShard(FIXTURE_RELEASES, COUNTRIES);
    renderApp('/timeline?country=JP', data.reply);
    await screen.findByRole('heading', { level: 1, name: 'Timeline' });
    expect(screen.getByRole('status')).toHaveTextContent(/^2 releases$/);
    expect(timeline()).toHaveAttribute('aria-busy', 'false');
  });
});
