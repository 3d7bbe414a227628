import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COUNTRIES, FIXTURE_RELEASES, TALKS } from './release-fixtures.ts';
import { corpusText, release, renderApp } from './render-app.tsx';

const corpus = (releases = FIXTURE_RELEASES) => corpusText(releases, { countries: COUNTRIES });
const heading = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name });
/** The description beside a term in the release's facts. */
const fact = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling;

describe('release view', () => {
  it('shows the title, dates, source, type, event, people, countries and text', async () => {
    renderApp('/releases/talks-with-japan', corpus());
    expect(await heading(TALKS.title)).toBeInTheDocument();
    expect(document.title).toContain(TALKS.title);
    expect(fact('Date')).toHaveTextContent('1 March 2024');
    expect(fact('Published')).toHaveTextContent('1 March 2024, 16:20');
    expect(fact('Source')).toHaveTextContent(TALKS.source);
    expect(fact('Type')).toHaveTextContent('Meeting');
    expect(fact('Event')).toHaveTextContent('29 February 2024, 10:00–11:30');
    const hana = screen.getByRole('link', { name: 'Hana Seol' });
    expect(hana).toHaveAttribute('href', '/people/hana-seol');
    expect(hana.closest('li')).toHaveTextContent('Hana Seol, Foreign Minister (Republic of Korea)');
    expect(screen.getByRole('link', { name: 'Japan' })).toHaveAttribute('href', '/countries/JP');
    expect(screen.getByText('Northern Fisheries Council')).toBeInTheDocument();
    expect(screen.getByText(/agreed to meet again before the autumn/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: TALKS.url })).toHaveAttribute('href', TALKS.url);
  });

  it('lists related releases sharing people or countries, nearest in time first', async () => {
    renderApp('/releases/talks-with-japan', corpus());
    const section = (await screen.findByRole('heading', { name: 'Related releases' })).closest(
      'section',
    )!;
    const titles = within(section)
      .getAllByRole('link')
      .map((link) => link.textContent);
    // Brazil visit (70 days), France call (102 days), storm relief (635 days); the budget
    // note is nearer but shares only the ministry's own country.
    expect(titles).toEqual([
      'Minister Seol visits Brasília',
      'Minister Seol speaks with French counterpart by phone',
      'Relief supplies sent after the coastal storm',
    ]);
  });

  it.each([['/releases/no-such-release'], ['/releases/%'], ['/releases/%E0%A4%A']])(
    'shows the not-found view for %s',
    async (url) => {
      renderApp(url, corpus());
      expect(await heading('Page not found')).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Go to the search' })).toBeInTheDocument();
    },
  );

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<b>hi</b>',
    'vbscript:msgbox(1)',
    ' https://example.org/press/1',
    '\u0000https://example.org/press/1',
    'java\tscript:alert(1)',
    '//example.org/press/1',
    'ftp://example.org/press/1',
  ])('does not make a link of the unsafe address %j', async (url) => {
    renderApp('/releases/x', corpus([release({ id: 'x', title: 'Odd address', url })]));
    expect(await heading('Odd address')).toBeInTheDocument();
    const external = within(screen.getByRole('article'))
      .queryAllByRole('link')
      .filter((link) => !link.getAttribute('href')?.startsWith('/'));
    expect(external).toEqual([]);
  });

  it('links to an http: original', async () => {
    const url = 'http://example.org/press/old';
    renderApp('/releases/x', corpus([release({ id: 'x', title: 'Old page', url })]));
    expect(await screen.findByRole('link', { name: url })).toHaveAttribute('href', url);
  });
});

describe('copying', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('copies the permalink and announces it', async () => {
    const { user } = renderApp('/releases/talks-with-japan?q=fisheries', corpus());
    await user.click(await screen.findByRole('button', { name: 'Copy link' }));
    expect(await navigator.clipboard.readText()).toBe(
      `${window.location.origin}/releases/talks-with-japan`,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Copied the link.');
  });

  it('copies a citation with the issuing body, title, date and permalink', async () => {
    const { user } = renderApp('/releases/talks-with-japan', corpus());
    await user.click(await screen.findByRole('button', { name: 'Copy citation' }));
    const citation = await navigator.clipboard.readText();
    expect(citation).toContain(TALKS.source);
    expect(citation).toContain(TALKS.title);
    expect(citation).toContain('1 March 2024');
    expect(citation).toContain(`${window.location.origin}/releases/talks-with-japan`);
    expect(screen.getByRole('status')).toHaveTextContent('Copied the citation.');
  });

  it('shows the text to copy by hand when the clipboard refuses', async () => {
    const { user } = renderApp('/releases/talks-with-japan', corpus());
    const button = await screen.findByRole('button', { name: 'Copy link' });
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(button);
    expect(screen.getByRole('status')).toHaveTextContent(/Copying is not available/);
    expect(
      screen.getByText(`${window.location.origin}/releases/talks-with-japan`),
    ).toBeInTheDocument();
  });

  it('does not crash without a clipboard', async () => {
    const { user } = renderApp('/releases/talks-with-japan', corpus());
    const button = await screen.findByRole('button', { name: 'Copy citation' });
    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined });
    await user.click(button);
    expect(screen.getByRole('status')).toHaveTextContent(/Copying is not available/);
  });
});
