import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/shared/corpus/load-corpus.ts';
import { cleanSearchState } from '../../src/shared/search/clean-state.ts';
import { runSearch } from '../../src/shared/search/run-search.ts';
import { buildSearchIndex, searchIndexFor } from '../../src/shared/search/search-index.ts';
import { EMPTY_SEARCH, type SearchState } from '../../src/shared/search/search-state.ts';
import { searchCountries, searchReleases } from './search-fixture.ts';

const corpus = loadCorpus(
  JSON.stringify({ format: 1, countries: searchCountries, releases: searchReleases }),
);
const index = buildSearchIndex(corpus);
const search = (state: Partial<SearchState>) => runSearch(index, { ...EMPTY_SEARCH, ...state });
const ids = (state: Partial<SearchState>) => search(state).ids;
const count = (
  state: Partial<SearchState>,
  key: keyof ReturnType<typeof search>['facets'],
  value: string,
) => search(state).facets[key].find((v) => v.value === value)?.count;

describe('search engine: matching and ranking', () => {
  it('ranks a release with the word in its title above one with it only in the body', () => {
    // "harbour" is in the body of two releases and the title of none; "Paris" is in one title.
    expect(ids({ q: 'Paris' })).toEqual(['mori-benoit-meeting']);
    const harbour = ids({ q: 'harbour' });
    expect(harbour).toHaveLength(2);
    const whitfield = ids({ q: 'Whitfield' });
    // Title and people beat people alone: the trilateral meeting names him only as a participant.
    expect(whitfield.at(-1)).toBe('trilateral-preparatory');
  });

  it('requires every word, and falls back honestly to the best partial matches', () => {
    expect(ids({ q: 'Mori Paris' })).toEqual(['mori-benoit-meeting']);
    const partial = search({ q: 'Paris Vogt' });
    expect(partial.partial).toBe(true);
    expect(partial.ids.sort()).toEqual(['mori-benoit-meeting', 'vogt-visit']);
    const unknown = search({ q: 'Vogt zqxjkv' });
    expect(unknown.unknownWords).toEqual(['zqxjkv']);
    expect(unknown.ids).toEqual(['vogt-visit']);
  });

  it('treats the last word as a prefix while it is being typed, and not after a space', () => {
    expect(ids({ q: 'Whit' })).toHaveLength(3);
    expect(ids({ q: 'harb' })).toHaveLength(2);
    expect(search({ q: 'Mori Har' }).ids).toHaveLength(4);
    // "lighthou" followed by a space is a finished word: no such word, so a guess or nothing.
    expect(search({ q: 'lighthou ' }).terms.some((t) => t.prefix)).toBe(false);
  });

  it('finds names despite a typo, and reports the correction', () => {
    const result = search({ q: 'Mori Harto' });
    expect(result.ids).toHaveLength(4);
    expect(result.corrections).toEqual([{ word: 'harto', terms: ['haruto'] }]);
    expect(ids({ q: 'Whitfeild' })).toHaveLength(3);
    expect(ids({ q: 'Vgot' })).toEqual(['vogt-visit']);
  });

  it('finds a country by its name, adjective or alias, folded for case and accents', () => {
    const japan = [
      'han-mori-phone-call',
      'mori-benoit-meeting',
      'mori-whitfield-call',
      'trilateral-preparatory',
    ];
    expect(ids({ q: 'Japanese' }).sort()).toEqual(japan);
    expect(ids({ q: 'JAPAN' }).sort()).toEqual(japan);
    expect(ids({ q: 'Ｊａｐａｎ' }).sort()).toEqual(japan);
    expect(ids({ q: 'French' })).toEqual(['mori-benoit-meeting']);
    expect(ids({ q: 'benoit' })).toEqual(['mori-benoit-meeting']);
    expect(ids({ q: 'BÉNOÎT' })).toEqual(['mori-benoit-meeting']);
  });

  it('searches Hangul whether composed or decomposed, with particles attached', () => {
    expect(ids({ q: '한서준' })).toEqual(['flood-assistance']);
    expect(ids({ q: '한서준'.normalize('NFD') })).toEqual(['flood-assistance']);
    expect(ids({ q: '장관' })).toEqual(['flood-assistance']);
  });

  it('searches Japanese text written without spaces, by character pairs', () => {
    expect(ids({ q: '外務大臣' })).toEqual(['mori-benoit-meeting']);
    expect(ids({ q: '森' })).toEqual(['mori-benoit-meeting']);
    expect(ids({ q: '大臣 Paris' })).toEqual(['mori-benoit-meeting']);
    // Only one of its two pairs occurs: shown, but flagged as a partial match.
    expect(search({ q: '外務省' }).partial).toBe(true);
  });

  it('finds a hyphenated name written joined', () => {
    expect(ids({ q: 'Seojun' })).toHaveLength(4);
    expect(ids({ q: 'Seo-jun' })).toHaveLength(4);
  });

  it('understands field terms in the box', () => {
    expect(ids({ q: 'country:FR' })).toEqual(['mori-benoit-meeting']);
    expect(ids({ q: 'country:german' })).toEqual(['vogt-visit']);
    expect(ids({ q: 'person:"Dana Whitfield" type:phone-call' })).toEqual(['mori-whitfield-call']);
    expect(ids({ q: 'type:"phone call" Han' })).toEqual(['han-mori-phone-call']);
    expect(ids({ q: 'year:2022' })).toEqual(['trilateral-preparatory']);
    const nobody = search({ q: 'person:"Nobody Known"' });
    expect(nobody.total).toBe(0);
    expect(nobody.unknownFields).toEqual(['person:"Nobody Known"']);
  });
});

describe('search engine: filters, facets and order', () => {
  it('is OR within a facet and AND across facets', () => {
    expect(ids({ country: ['FR'] })).toHaveLength(1);
    expect(ids({ country: ['FR', 'DE'] })).toHaveLength(2);
    expect(ids({ country: ['FR', 'DE'], type: ['visit'] })).toEqual(['vogt-visit']);
  });

  it("counts a facet's values under the other filters only", () => {
    const state = { country: ['JP'], type: ['phone-call' as const] };
    expect(count(state, 'country', 'JP')).toBe(2);
    expect(count(state, 'country', 'KR')).toBe(1);
    expect(count(state, 'type', 'meeting')).toBe(1);
    expect(count(state, 'type', 'phone-call')).toBe(2);
    expect(count({ q: 'Whitfield' }, 'country', 'US')).toBe(3);
    const chosen = search({ country: ['FR'], type: ['phone-call'] }).facets.country;
    expect(chosen.find((v) => v.value === 'FR')).toMatchObject({ count: 0, selected: true });
  });

  it('applies date bounds, a year as "to" meaning its last day', () => {
    expect(ids({ from: '2024', to: '2024-03-01' })).toEqual([
      'han-mori-phone-call',
      'mori-whitfield-call',
    ]);
    expect(ids({ to: '2022' })).toEqual(['trilateral-preparatory']);
    expect(ids({ from: '2024-06-02' })).toEqual(['vogt-visit']);
    expect(ids({ from: '2025', to: '2020' })).toEqual([]);
  });

  it('sorts by relevance with a query, newest without, oldest on request', () => {
    expect(search({}).sort).toBe('newest');
    expect(ids({})[0]).toBe('vogt-visit');
    expect(ids({ sort: 'oldest' })[0]).toBe('trilateral-preparatory');
    expect(search({ q: 'Mori' }).sort).toBe('relevance');
    const byDate = ids({ q: 'Mori', sort: 'newest' });
    expect(byDate).toEqual([
      'han-mori-phone-call',
      'mori-whitfield-call',
      'mori-benoit-meeting',
      'trilateral-preparatory',
    ]);
  });

  it('drops facet values the corpus does not have', () => {
    const state = cleanSearchState(index, {
      ...EMPTY_SEARCH,
      country: ['ZZ', 'JP'],
      person: ['nobody'],
      year: ['1999'],
    });
    expect(state.country).toEqual(['JP']);
    expect(state.person).toEqual([]);
    expect(state.year).toEqual([]);
  });

  it('builds the index once per corpus', () => {
    expect(searchIndexFor(corpus)).toBe(searchIndexFor(corpus));
  });
});

describe('search engine: long and odd queries', () => {
  it('handles queries longer than the fuzzy pattern limit', () => {
    const long = 'Foreign Minister Han Seo-jun and Foreign Minister Mori Haruto phone call';
    expect(long.length).toBeGreaterThan(32);
    expect(ids({ q: long })[0]).toBe('han-mori-phone-call');
    const typo = search({
      q: 'Phone Call between Foreign Minister Han Seo-jun and Foreign Minister Mori Harutoo',
    });
    expect(typo.ids[0]).toBe('han-mori-phone-call');
  });

  it('never throws on operator characters or regular-expression syntax', () => {
    for (const q of [
      '!Mori',
      "'Mori",
      '=Mori',
      '^Mori$',
      'Mori | Han',
      '.*',
      '(a+)+$',
      '[',
      '\\',
      '"',
      'person:',
      'country:""',
      '\u0000',
      '\ud800x',
    ]) {
      expect(() => search({ q })).not.toThrow();
    }
    expect(ids({ q: '^Mori$' })).toHaveLength(4);
  });

  it('answers a pasted 10,000-character text quickly, considering a bounded number of words', () => {
    const paste = 'Mori Haruto Paris lighthouse orchestra '.repeat(260).slice(0, 10_000);
    const started = performance.now();
    const result = search({ q: paste });
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(result.ids).toEqual(['mori-benoit-meeting']);
  });
});
