import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catalogueWithHeldShard } from './catalogue-fetch.ts';
import { COUNTRIES, FIXTURE_RELEASES } from './release-fixtures.ts';
import { renderApp } from './render-app.tsx';

const ORCHESTRA = FIXTURE_RELEASES.find((r) => r.body.some((p) => p.includes('orchestra')))!;
const contextNav = () => screen.queryByRole('navigation', { name: 'Search results' });

describe('a release opened from a search while the full text is still loading', () => {
  it('places the release in the results only once the full text is indexed', async () => {
    const data = catalogueWithHeldShard(FIXTURE_RELEASES, COUNTRIES);
    renderApp(`/releases/${ORCHESTRA.id}?q=orchestra`, data.reply);
    await screen.findByRole('heading', { level: 1, name: ORCHESTRA.title });
    // Searched without bodies, the release would wrongly be "not among the results".
    expect(contextNav()).not.toBeInTheDocument();

    data.release();
    await waitFor(() => expect(contextNav()).toHaveTextContent('Result 1 of 1'));
    expect(contextNav()).not.toHaveTextContent('not among the results');
  });
});
