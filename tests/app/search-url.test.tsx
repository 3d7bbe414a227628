import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { release, renderApp } from './render-app.tsx';
import {
  expectCount,
  facet,
  findSearchBox,
  fixtureCorpus,
  resultTitles,
  eventually,
} from './search-helpers.ts';

const JAPAN_SOURCE = 'Ministry of Foreign Affairs of Japan';

// The archive size past which typing moves the view in a transition, lowered by some tests.
const typing = vi.hoisted(() => ({ limit: undefined as number | undefined }));
vi.mock('../../src/features/search/typing-limit.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/features/search/typing-limit.ts')>();
  return {
    get TYPING_IN_TASK_LIMIT() {
      return typing.limit ?? actual.TYPING_IN_TASK_LIMIT;
    },
  };
});

/** Extra invented releases, enough for more than one page. */
const notices = Array.from({ length: 25 }, (_, i) =>
  release({
    id: `consular-notice-${i + 1}`,
    title: `Consular Notice ${i + 1}`,
    date: `2021-02-${String(i + 1).padStart(2, '0')}`,
    body: ['Opening hours of the consular section change during the holidays.'],
  }),
);

/**
 * The next key comes just as the pause in the typing writes "Mor": the router has moved to
 * that URL, but the view has not rendered it yet. The key's words stay, and are written next.
 */
async function keyDuringWrite({ leaveBox = false } = {}) {
  const { router } = renderApp('/', fixtureCorpus());
  const box = await findSearchBox();
  let typedDuringWrite = false;
  const stop = router.subscribe((state) => {
    if (typedDuringWrite || state.location.search !== '?q=Mor') return;
    typedDuringWrite = true;
    fireEvent.change(box, { target: { value: 'Mori Whitfield' } });
  });
  act(() => fireEvent.change(box, { target: { value: 'Mor' } }));
  // Leaving the box ends the chain of keystrokes: the next key starts another (see SearchBox).
  if (leaveBox) act(() => fireEvent.blur(box));
  await expectCount('4 releases');
  await eventually(() => expect(typedDuringWrite).toBe(true));
  stop();
  await expectCount('2 releases');
  expect(box).toHaveValue('Mori Whitfield');
  await eventually(() => expect(router.state.location.search).toBe('?q=Mori+Whitfield'));
  await expectCount('2 releases');
}

describe('search view: the URL is the state', { timeout: 60_000 }, () => {
  it('restores every parameter from the URL and writes every change back', async () => {
    const url =
      '/?q=minister&country=JP&person=mori-haruto&type=meeting&source=' +
      encodeURIComponent(JAPAN_SOURCE) +
      '&year=2023&from=2023-01-01&to=2023-12&sort=oldest';
    // "to=2023-12" is malformed: dropped, the rest kept.
    const { user, router } = renderApp(url, fixtureCorpus());
    await expectCount('1 release');
    expect(await findSearchBox()).toHaveValue('minister');
    expect(facet('Country').getByRole('checkbox', { name: 'Japan' })).toBeChecked();
    expect(facet('Person').getByRole('checkbox', { name: 'Mori Haruto' })).toBeChecked();
    expect(facet('Type').getByRole('checkbox', { name: 'Meeting' })).toBeChecked();
    expect(facet('Source').getByRole('checkbox', { name: JAPAN_SOURCE })).toBeChecked();
    expect(facet('Year').getByRole('checkbox', { name: '2023' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'From' })).toHaveValue('2023-01-01');
    expect(screen.getByRole('textbox', { name: 'To' })).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('oldest');
    const params = () => new URLSearchParams(router.state.location.search);
    expect(params().get('to')).toBeNull();

    // Each change is written to the URL, and the view follows it.
    const toggle = async (legend: string, name: string, key: string, values: string[]) => {
      const box = facet(legend).getByRole('checkbox', { name });
      const was = (box as HTMLInputElement).checked;
      await user.click(box);
      await eventually(() => expect(params().getAll(key)).toEqual(values));
      await eventually(() => {
        const now = facet(legend).getByRole('checkbox', { name }) as HTMLInputElement;
        expect(now.checked).toBe(!was);
      });
    };
    await toggle('Year', '2023', 'year', []);
    await toggle('Source', JAPAN_SOURCE, 'source', []);
    await toggle('Person', 'Mori Haruto', 'person', []);
    await toggle('Type', 'Meeting', 'type', []);
    await toggle('Person', 'Dana Whitfield', 'person', ['dana-whitfield']);
    await user.clear(screen.getByRole('textbox', { name: 'To' }));
    await user.type(screen.getByRole('textbox', { name: 'To' }), '2024-02-01');
    await user.click(screen.getByRole('button', { name: 'Apply dates' }));
    await eventually(() => expect(params().get('to')).toBe('2024-02-01'));
    await screen.findByRole('button', { name: 'Remove To 1 February 2024' }, { timeout: 10_000 });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Relevance');
    await eventually(() => expect(params().get('sort')).toBeNull());
    await eventually(() =>
      expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('relevance'),
    );
    await user.clear(screen.getByRole('searchbox', { name: 'Search releases' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search releases' }), 'harbour');
    await expectCount('1 release');
    // Typing writes the URL once the box rests (see useSearchUrl).
    await eventually(() =>
      expect(router.state.location.search).toBe(
        '?q=harbour&country=JP&person=dana-whitfield&from=2023-01-01&to=2024-02-01',
      ),
    );
  });

  it('pages through the whole result set with links built from the state', async () => {
    const { user, router } = renderApp('/?page=2', fixtureCorpus(notices));
    await expectCount('32 releases');
    expect(resultTitles()).toHaveLength(12);
    expect(screen.getByText('Page 2 of 2')).toBeInTheDocument();
    const pages = screen.getByRole('navigation', { name: 'Pages of results' });
    expect(pages).toContainElement(screen.getByRole('link', { name: 'Page 2' }));
    expect(screen.getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
    await user.click(screen.getByRole('link', { name: 'Previous page' }));
    await eventually(() => expect(resultTitles()).toHaveLength(20));
    expect(router.state.location.search).toBe('');
    expect(router.state.historyAction).toBe('PUSH');
  });

  it('replaces the history entry while typing and pushes one for a filter', async () => {
    const { user, router } = renderApp('/', fixtureCorpus());
    await user.type(await findSearchBox(), 'Mori');
    await expectCount('4 releases');
    await eventually(() => expect(router.state.location.search).toBe('?q=Mori'));
    expect(router.state.historyAction).toBe('REPLACE');
    await user.click(facet('Country').getByRole('checkbox', { name: 'France' }));
    await expectCount('1 release');
    expect(router.state.historyAction).toBe('PUSH');
  });

  it('titles the page with the search in the address: the words typed once the typing pauses', async () => {
    const { router } = renderApp('/?q=Vogt', fixtureCorpus());
    await expectCount('1 release');
    const box = await findSearchBox();
    act(() => fireEvent.change(box, { target: { value: 'Mori' } }));
    // The results follow the key at once; the title, like the address, waits for the pause.
    expect(screen.getByRole('status')).toHaveTextContent('4 releases');
    expect(document.title).toBe('“Vogt” – 1 release · Communiqué');
    await eventually(() => expect(router.state.location.search).toBe('?q=Mori'));
    expect(document.title).toBe('“Mori” – 4 releases · Communiqué');
  });

  it('titles the page with the words typed once a click has written them to the address', async () => {
    renderApp('/?q=Vogt', fixtureCorpus());
    await expectCount('1 release');
    const box = await findSearchBox();
    act(() => fireEvent.change(box, { target: { value: 'Mori' } }));
    expect(document.title).toBe('“Vogt” – 1 release · Communiqué');
    // A click before the pause writes the words at once, outside the router (useSearchUrl).
    act(() => fireEvent.click(screen.getByRole('heading', { level: 1 })));
    expect(window.location.search).toBe('?q=Mori');
    expect(document.title).toBe('“Mori” – 4 releases · Communiqué');
  });

  it('keeps the words just typed when a filter is ticked before the URL caught up', async () => {
    const { user, router } = renderApp('/', fixtureCorpus());
    await user.type(await findSearchBox(), 'Mori');
    await expectCount('4 releases');
    await user.click(facet('Country').getByRole('checkbox', { name: 'France' }));
    await expectCount('1 release');
    await eventually(() => expect(router.state.location.search).toBe('?q=Mori&country=FR'));
    expect(router.state.historyAction).toBe('PUSH');
    expect(screen.getByRole('searchbox', { name: 'Search releases' })).toHaveValue('Mori');
  });

  it('keeps a key typed while the URL of the keys before it is being written', () =>
    keyDuringWrite());

  it('keeps words typed anew while the URL of the words before is being written', () =>
    keyDuringWrite({ leaveBox: true }));

  it('drops the URL write still waiting for the typing to pause when Back comes first', async () => {
    const { user, router } = renderApp('/', fixtureCorpus());
    const box = await findSearchBox();
    await user.click(facet('Country').getByRole('checkbox', { name: 'France' }));
    await eventually(() => expect(router.state.location.search).toBe('?country=FR'));
    act(() => fireEvent.change(box, { target: { value: 'Mori' } }));
    await act(() => router.navigate(-1));
    // Longer than the pause after which typing writes the URL.
    await act(() => new Promise((resolve) => setTimeout(resolve, 600)));
    expect(router.state.location.search).toBe('');
    expect(router.state.historyAction).toBe('POP');
  });

  it('restores the previous search, box and filters, on Back and Forward', async () => {
    const { user, router } = renderApp('/?q=Vogt', fixtureCorpus());
    await expectCount('1 release');
    await user.click(facet('Country').getByRole('checkbox', { name: 'Germany' }));
    await eventually(() => expect(router.state.location.search).toBe('?q=Vogt&country=DE'));
    const box = screen.getByRole('searchbox', { name: 'Search releases' });
    await user.clear(box);
    await user.type(box, 'Han');
    await eventually(() => expect(router.state.location.search).toBe('?q=Han&country=DE'));

    await act(() => router.navigate(-1));
    await eventually(() => expect(box).toHaveValue('Vogt'));
    expect(facet('Country').getByRole('checkbox', { name: 'Germany' })).not.toBeChecked();
    expect(resultTitles()).toEqual(['Visit of Federal Foreign Minister Lena Vogt']);

    await act(() => router.navigate(1));
    await eventually(() => expect(box).toHaveValue('Han'));
    expect(facet('Country').getByRole('checkbox', { name: 'Germany' })).toBeChecked();
  });

  it('drops a date error on Back, with the dates it was about', async () => {
    const { user, router } = renderApp('/', fixtureCorpus());
    await findSearchBox();
    const from = () => screen.getByRole('textbox', { name: 'From' });
    await user.type(from(), '2023');
    await user.click(screen.getByRole('button', { name: 'Apply dates' }));
    await eventually(() => expect(router.state.location.search).toBe('?from=2023'));
    await user.clear(from());
    await user.type(from(), '20x3');
    await user.click(screen.getByRole('button', { name: 'Apply dates' }));
    expect(screen.getByRole('alert')).toHaveTextContent('“20x3” is not a year');

    await act(() => router.navigate(-1));
    await eventually(() => expect(from()).toHaveValue(''));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(from()).not.toHaveAttribute('aria-invalid');
  });

  it('ignores malformed and unknown values and drops them from the URL', async () => {
    const { router } = renderApp(
      '/?country=ZZ&country=jp&person=Not%20A%20Slug&person=nobody-known&type=fax&type=visit' +
        '&source=Nowhere&year=20x4&from=2024-02-30&to=yesterday&sort=random&page=-3&utm=x',
      fixtureCorpus(),
    );
    await eventually(() => expect(router.state.location.search).toBe('?country=JP&type=visit'));
    expect(router.state.historyAction).toBe('REPLACE');
    await expectCount('No releases');
    expect(facet('Country').getByRole('checkbox', { name: 'Japan' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Remove Visit' })).toBeInTheDocument();
  });

  it('brings a page beyond the last one back to the last page', async () => {
    const { router } = renderApp('/?q=consular&page=9', fixtureCorpus(notices));
    await eventually(() => expect(router.state.location.search).toBe('?q=consular&page=2'));
    await expectCount('25 releases');
    expect(resultTitles()).toHaveLength(5);
  });
});

// A large archive: typing moves the view in a transition, and other input can come before the
// view has rendered the words typed (docs/decisions/0012).
describe('search view: the URL is the state, typing in a transition', { timeout: 60_000 }, () => {
  beforeEach(() => {
    typing.limit = 0;
  });
  afterEach(() => {
    typing.limit = undefined;
  });

  /** The search narrowed to Germany (one release), where the typing starts. */
  async function openGermanReleases() {
    const { router } = renderApp('/?country=DE', fixtureCorpus());
    const box = await findSearchBox();
    await expectCount('1 release');
    return { router, box };
  }

  it('keeps the words just typed when a filter is ticked before the view caught up', async () => {
    const { router, box } = await openGermanReleases();
    // Both in one act: the view's transition to the typed words has not rendered yet when
    // the box is ticked, as in a large archive with a fast hand.
    act(() => {
      fireEvent.change(box, { target: { value: 'Vogt' } });
      fireEvent.click(facet('Type').getByRole('checkbox', { name: 'Visit' }));
    });
    await eventually(() =>
      expect(router.state.location.search).toBe('?q=Vogt&country=DE&type=visit'),
    );
    expect(box).toHaveValue('Vogt');
    await expectCount('1 release');
  });

  it('keeps a key typed while the URL of the keys before it is being written', () =>
    keyDuringWrite());

  it('forgets the words typed on an entry once the reader has left it', async () => {
    const { router, box } = await openGermanReleases();
    act(() => {
      fireEvent.change(box, { target: { value: 'Vogt' } });
      // A keyboard change of the sort: no click, so nothing writes the typed words first.
      fireEvent.change(screen.getByRole('combobox', { name: 'Sort by' }), {
        target: { value: 'oldest' },
      });
    });
    await eventually(() =>
      expect(router.state.location.search).toBe('?q=Vogt&country=DE&sort=oldest'),
    );
    await act(() => router.navigate(-1));
    await eventually(() => expect(router.state.location.search).toBe('?country=DE'));
    // The reader leaves the box: it shows this entry's query, none.
    act(() => fireEvent.blur(box));
    expect(box).toHaveValue('');
    act(() => fireEvent.click(facet('Type').getByRole('checkbox', { name: 'Visit' })));
    await eventually(() => expect(router.state.location.search).toBe('?country=DE&type=visit'));
    expect(box).toHaveValue('');
  });
});
