import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { corpusText, release, renderApp } from './render-app.tsx';

describe('app shell', () => {
  it('shows an error with a retry when the corpus is not JSON, and recovers on retry', async () => {
    const { user } = renderApp(
      '/',
      '<!doctype html><html></html>',
      corpusText([release({ id: 'a', title: 'First' })]),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: /could not be loaded/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/web page instead of the corpus/);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
    expect(await screen.findByText(/1 release/)).toBeInTheDocument();
  });

  it('shows the in-app not-found view for an unknown path', async () => {
    renderApp('/no/such/page', corpusText([]));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the search' })).toHaveAttribute('href', '/');
  });

  it('keeps the filters when moving between the search and the timeline', async () => {
    const { user, router } = renderApp(
      '/?q=alpha&country=JP&page=2',
      corpusText([release({ id: 'a', title: 'Alpha', countries: ['JP'] })], {
        countries: { JP: { name: 'Japan', aliases: ['Japanese'] } },
      }),
    );
    // The out-of-range page leaves the URL once the search is ready.
    await waitFor(() => expect(router.state.location.search).toBe('?q=alpha&country=JP'));
    const nav = screen.getByRole('navigation', { name: 'Main' });
    await user.click(within(nav).getByRole('link', { name: 'Timeline' }));
    // Navigation runs the route loader first, so it completes a moment after the click.
    await waitFor(() => expect(router.state.location.pathname).toBe('/timeline'));
    expect(router.state.location.search).toBe('?q=alpha&country=JP');
    await user.click(within(nav).getByRole('link', { name: 'Search' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(router.state.location.search).toBe('?q=alpha&country=JP');
  });

  it('reads corpus.json when the host answers the missing catalogue with its web page', async () => {
    const corpus = corpusText([release({ id: 'a', title: 'Only in the full corpus' })]);
    renderApp('/', (url) =>
      url.endsWith('/data/catalogue.json')
        ? new Response('<!doctype html><title>App</title>', {
            headers: { 'content-type': 'text/html' },
          })
        : new Response(corpus, { headers: { 'content-type': 'application/json' } }),
    );
    expect(
      await screen.findByRole('link', { name: 'Only in the full corpus' }),
    ).toBeInTheDocument();
  });
});
