import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { searchCountries, searchReleases } from '../shared/search-fixture.ts';
import { corpusText, renderApp } from './render-app.tsx';
import { eventually, expectCount, findSearchBox, fixtureCorpus } from './search-helpers.ts';

describe('search view: loading, errors and keyboard', { timeout: 60_000 }, () => {
  it('says that the archive is loading', async () => {
    renderApp('/', 'pending');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Loading the archive…' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Loading releases');
    expect(screen.queryByRole('searchbox')).toBeNull();
  });

  it('shows an error with a retry when the corpus cannot be loaded, then the search', async () => {
    const { user } = renderApp('/?q=Mori', { status: 500 }, fixtureCorpus());
    expect(await screen.findByRole('alert')).toHaveTextContent('HTTP 500');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await expectCount('4 releases');
    expect(await findSearchBox()).toHaveValue('Mori');
  });

  it('shows the readable releases of a partly invalid corpus and says how many were skipped', async () => {
    const broken = [
      { id: 'Not A Slug', title: 'Bad id' },
      { ...searchReleases[0], id: 'bad-date', date: '2024-02-30' },
    ];
    renderApp('/', corpusText([...searchReleases, ...broken], { countries: searchCountries }));
    await expectCount('7 releases');
    expect(screen.getByRole('note')).toHaveTextContent(
      '2 records could not be read and were skipped.',
    );
  });

  it('labels a sample corpus as sample data', async () => {
    renderApp('/', corpusText(searchReleases, { countries: searchCountries, sample: true }));
    await expectCount('7 releases');
    expect(screen.getByText('Sample data.')).toBeInTheDocument();
  });

  it('focuses the search box on "/", but not while typing in another field', async () => {
    const { user } = renderApp('/', fixtureCorpus());
    const box = await findSearchBox();
    expect(box).not.toHaveFocus();
    await user.keyboard('/');
    expect(box).toHaveFocus();
    expect(box).toHaveValue('');
    await user.click(screen.getByRole('textbox', { name: 'From' }));
    await user.keyboard('2024/');
    expect(screen.getByRole('textbox', { name: 'From' })).toHaveValue('2024/');
    expect(box).not.toHaveFocus();
  });

  it('clears the search box on Escape', async () => {
    const { user, router } = renderApp('/?q=Mori', fixtureCorpus());
    await expectCount('4 releases');
    await user.click(await findSearchBox());
    await user.keyboard('{Escape}');
    expect(await findSearchBox()).toHaveValue('');
    await eventually(() => expect(router.state.location.search).toBe(''));
    await expectCount('7 releases');
  });

  it('offers a skip link to the results', async () => {
    renderApp('/', fixtureCorpus());
    await expectCount('7 releases');
    const link = screen.getByRole('link', { name: 'Skip to results' });
    const target = document.querySelector(link.getAttribute('href') ?? '-');
    expect(target).toBe(screen.getByRole('region', { name: 'Results' }));
  });
});
