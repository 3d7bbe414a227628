import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { corpusText, release, renderApp } from './render-app.tsx';

describe('app shell', () => {
  it('labels a sample corpus as sample data', async () => {
    renderApp('/', corpusText([release({ id: 'a', title: 'First' })], { sample: true }));
    expect(await screen.findByText(/These releases are fictional/)).toBeInTheDocument();
  });

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
    expect(await screen.findByText(/1 release/)).toBeInTheDocument();
  });

  it('shows the in-app not-found view for an unknown path', async () => {
    renderApp('/no/such/page', corpusText([]));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the search' })).toHaveAttribute('href', '/');
  });
});
