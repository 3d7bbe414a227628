import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app.tsx';
import { expectCount, fixtureCorpus, resultTitles, findSearchBox } from './search-helpers.ts';

describe('search view: finding releases', { timeout: 60_000 }, () => {
  it('lists every release, newest first, without a query', async () => {
    renderApp('/', fixtureCorpus());
    await expectCount('7 releases');
    expect(resultTitles()[0]).toBe('Visit of Federal Foreign Minister Lena Vogt');
    expect(resultTitles().at(-1)).toBe('Trilateral Preparatory Meeting of Senior Officials');
  });

  it("finds a minister's releases by surname, and shows when, what and who", async () => {
    const { user } = renderApp('/', fixtureCorpus());
    await user.type(await findSearchBox(), 'Whitfield');
    await expectCount('3 releases');
    expect(resultTitles()).toHaveLength(3);
    const first = screen
      .getByRole('link', {
        name: 'Foreign Minister Han Seo-jun Meets Secretary of State Dana Whitfield',
      })
      .closest('li');
    const item = within(first!);
    expect(item.getByText('10 May 2024')).toBeInTheDocument();
    expect(item.getByText('Meeting')).toBeInTheDocument();
    expect(item.getByText('Republic of Korea, United States')).toBeInTheDocument();
    // Matched words are marked with elements, not HTML.
    expect(first!.querySelectorAll('mark').length).toBeGreaterThan(0);
    expect(
      [...first!.querySelectorAll('mark')].every((m) => /whitfield/i.test(m.textContent ?? '')),
    ).toBe(true);
  });

  it("finds a country's releases by its adjective", async () => {
    const { user } = renderApp('/', fixtureCorpus());
    await user.type(await findSearchBox(), 'Japanese');
    await expectCount('4 releases');
    expect(resultTitles()).toContain('Foreign Ministers’ Meeting in Paris');
    expect(resultTitles()).not.toContain('Humanitarian Assistance to Flood Victims');
  });

  it('still finds a name typed with a mistake, and says what it searched for', async () => {
    const { user } = renderApp('/', fixtureCorpus());
    await user.type(await findSearchBox(), 'Mori Harto ');
    await expectCount('4 releases');
    expect(screen.getByText(/searched for “haruto” instead/)).toBeInTheDocument();
  });

  it('searches Hangul text, composed or decomposed', async () => {
    const { user } = renderApp('/', fixtureCorpus());
    await user.type(await findSearchBox(), '장관'.normalize('NFD'));
    await expectCount('1 release');
    expect(resultTitles()).toEqual(['Humanitarian Assistance to Flood Victims']);
    expect(document.querySelector('ol.results mark')?.textContent).toBe('장관은');
  });

  it('links each title to the release, carrying the search', async () => {
    renderApp('/?q=Vogt', fixtureCorpus());
    await expectCount('1 release');
    expect(
      screen.getByRole('link', { name: 'Visit of Federal Foreign Minister Lena Vogt' }),
    ).toHaveAttribute('href', '/releases/vogt-visit?q=Vogt');
  });

  it('opens a result in the app, and leaves a click with a modifier key to the browser', async () => {
    const { user, router } = renderApp('/?q=Vogt', fixtureCorpus());
    await expectCount('1 release');
    const link = screen.getByRole('link', { name: 'Visit of Federal Foreign Minister Lena Vogt' });
    // A click with Ctrl held opens a tab in a browser; the page itself stays where it is.
    const leftToBrowser: boolean[] = [];
    const recordClick = (event: MouseEvent) => {
      leftToBrowser.push(!event.defaultPrevented);
      event.preventDefault(); // jsdom cannot open a tab
    };
    document.addEventListener('click', recordClick);
    await user.keyboard('{Control>}');
    await user.click(link);
    await user.keyboard('{/Control}');
    document.removeEventListener('click', recordClick);
    expect(leftToBrowser).toEqual([true]);
    expect(router.state.location.pathname).toBe('/');

    await user.click(link);
    const title = 'Visit of Federal Foreign Minister Lena Vogt';
    expect(await screen.findByRole('heading', { level: 1, name: title })).toHaveFocus();
    expect(router.state.location).toMatchObject({
      pathname: '/releases/vogt-visit',
      search: '?q=Vogt',
    });
  });

  it('puts the query and the count in the page title', async () => {
    renderApp('/?q=Bénoît', fixtureCorpus());
    await expectCount('1 release');
    expect(document.title).toBe('“Bénoît” – 1 release · Communiqué');
  });

  it('offers a way out when nothing matches', async () => {
    const { user, router } = renderApp('/?q=Whitfeld&country=FR', fixtureCorpus());
    await expectCount('No releases');
    await user.click(screen.getByRole('button', { name: 'Search without filters' }));
    expect(router.state.location.search).toBe('?q=Whitfeld');
    await expectCount('3 releases');
  });

  it('suggests the closest names when a word is found nowhere', async () => {
    renderApp('/?q=Moriharu', fixtureCorpus());
    await expectCount('No releases');
    expect(screen.getByRole('heading', { name: 'Closest matches' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Mori Haruto' })).toHaveAttribute(
      'href',
      '/?q=Mori+Haruto',
    );
  });
});
