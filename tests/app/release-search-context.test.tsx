import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { COUNTRIES, FIXTURE_RELEASES, TALKS } from './release-fixtures.ts';
import { corpusText, renderApp } from './render-app.tsx';

const corpus = () => corpusText(FIXTURE_RELEASES, { countries: COUNTRIES });
const releaseText = () =>
  screen.getByRole('heading', { level: 2, name: 'Text of the release' }).closest('section')!;

describe('a release opened from a search', () => {
  it('marks the query’s matches in the text', async () => {
    renderApp('/releases/talks-with-japan?q=autumn', corpus());
    await screen.findByRole('heading', { level: 1, name: TALKS.title });
    // The search around the release follows the heading in a render of its own.
    await waitFor(() =>
      expect([...releaseText().querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual([
        'autumn',
      ]),
    );
    // Marking splits the paragraph into elements but keeps its words.
    expect(within(releaseText()).getByText(/agreed to meet again/)).toHaveTextContent(
      TALKS.body[1]!,
    );
  });

  it('marks nothing when opened without a search', async () => {
    renderApp('/releases/talks-with-japan', corpus());
    await screen.findByRole('heading', { level: 1, name: TALKS.title });
    expect(releaseText().querySelector('mark')).toBeNull();
    expect(screen.queryByRole('navigation', { name: 'Search results' })).not.toBeInTheDocument();
  });

  it('steps through the search’s results and returns to the search intact', async () => {
    const { user, router } = renderApp('/releases/talks-with-japan?person=hana-seol', corpus());
    const nav = await screen.findByRole('navigation', { name: 'Search results' });
    // Newest first: Brasília (May 2024), these talks (March 2024), the French call, the relief.
    expect(nav).toHaveTextContent('Result 2 of 4');
    expect(within(nav).getByRole('link', { name: 'Back to the search results' })).toHaveAttribute(
      'href',
      '/?person=hana-seol',
    );
    expect(within(nav).getByRole('link', { name: 'Previous result' })).toHaveAttribute(
      'href',
      '/releases/visit-to-brazil?person=hana-seol',
    );
    await user.click(within(nav).getByRole('link', { name: 'Next result' }));
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Minister Seol speaks with French counterpart by phone',
      }),
    ).toHaveFocus();
    expect(router.state.location.search).toBe('?person=hana-seol');
    expect(screen.getByRole('navigation', { name: 'Search results' })).toHaveTextContent(
      'Result 3 of 4',
    );
  });

  it('says so when the release is not among the search’s results', async () => {
    renderApp('/releases/budget-note?person=hana-seol', corpus());
    const nav = await screen.findByRole('navigation', { name: 'Search results' });
    expect(nav).toHaveTextContent('not among the results');
    expect(within(nav).queryByRole('link', { name: 'Next result' })).not.toBeInTheDocument();
  });
});
