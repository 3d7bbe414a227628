import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/shared/corpus/load-corpus.ts';
import type { Release } from '../../src/shared/release/release-schema.ts';
import { runSearch } from '../../src/shared/search/run-search.ts';
import { buildSearchIndex } from '../../src/shared/search/search-index.ts';
import {
  EMPTY_SEARCH,
  parseSearchState,
  type SearchState,
} from '../../src/shared/search/search-state.ts';
import { closestNames } from '../../src/shared/search/suggest.ts';
import { searchCountries, searchReleases } from './search-fixture.ts';

const RUNS = { numRuns: 1000 };

// Invented releases whose text is in the forms item 10 of the hardening issue names.
const unicodeReleases: Release[] = [
  {
    id: 'hangul-decomposed',
    title: '외교부 장관 회담'.normalize('NFD'),
    date: '2024-02-02',
    source: 'Ministry of Foreign Affairs, Republic of Korea',
    type: 'meeting',
    people: [],
    countries: ['KR'],
    organizations: [],
    body: ['두 장관은 해양 협력을 논의했다.'.normalize('NFD')],
  },
  {
    id: 'istanbul-forum',
    title: 'Water forum opens in İstanbul',
    date: '2024-04-04',
    source: 'Bulletin of the Grenzstraße Institute',
    type: 'multilateral',
    people: [],
    countries: [],
    organizations: [],
    body: ['Delegates agreed new ガイドライン for river basins.'.normalize('NFD')],
  },
];

const corpus = loadCorpus(
  JSON.stringify({
    format: 1,
    countries: searchCountries,
    releases: [...searchReleases, ...unicodeReleases],
  }),
);
const index = buildSearchIndex(corpus);
const search = (q: string, state: Partial<SearchState> = {}) =>
  runSearch(index, { ...EMPTY_SEARCH, ...state, q });

/** Searches as the app does from a URL, and says how long it took. */
function timedSearch(q: string) {
  const started = performance.now();
  const state = parseSearchState(new URLSearchParams({ q }));
  const result = runSearch(index, state);
  closestNames(index, state.q);
  return { result, ms: performance.now() - started };
}

describe('hostile queries against the engine', () => {
  it('treats Fuse and regular-expression operators as text: no exception, for any mix', () => {
    const operators = fc.constantFrom(...`!^'=|$()[]{}*+?.\\/"-:`.split(''));
    const letters = fc.constantFrom('a', 'm', 'o', 'r', 'i', 'h', 'n', ' ', 'é', '장');
    const query = fc.string({ unit: fc.oneof(operators, letters), maxLength: 40 });
    fc.assert(
      fc.property(query, fc.constantFrom<SearchState['sort']>(undefined, 'oldest'), (q, sort) => {
        const result = search(q, { sort });
        expect(result.total).toBe(result.ids.length);
        expect(closestNames(index, q).length).toBeLessThanOrEqual(5);
      }),
      RUNS,
    );
  });

  it.each([
    ['(a+)+$'],
    [`${'a'.repeat(50)}!`],
    ['(.*a){20}'],
    [`^(${'a|'.repeat(40)}a)*$`],
    [`'=Mori !Han ^Seo $jun | "Whitfield"`],
    ["!^'=|$"],
  ])('answers the regex bomb or operator string %j quickly', (q) => {
    const { ms } = timedSearch(q);
    // Generous for a shared, busy machine; a backtracking blow-up takes minutes.
    expect(ms).toBeLessThan(1000);
  });

  it('still finds words written next to operator characters', () => {
    expect(search("'Mori").ids).toEqual(search('Mori').ids);
    expect(search('=Whitfield|').ids).toEqual(search('Whitfield').ids);
    expect(search('^Paris$').ids).toEqual(['mori-benoit-meeting']);
  });

  it.each([33, 64, 65, 500])(
    'does not match everything with a %i-character word that is in no release',
    (length) => {
      const q = 'harbourministerialconsultations'.repeat(20).slice(0, length);
      expect(q).toHaveLength(length);
      expect(search(q).total).toBeLessThan(index.size);
      expect(search(q).total).toBe(0);
    },
  );

  it.each([33, 64, 65])('narrows with a %i-character query of real words', (length) => {
    const q = 'Mori Paris orchestra lighthouse restoration programme exchange'.slice(0, length);
    const total = search(q).total;
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(index.size);
  });

  it('answers a 10,000-character paste quickly, without matching everything', () => {
    const paste = 'Minister Mori Paris orchestra '.repeat(400).slice(0, 10_000);
    const { result, ms } = timedSearch(paste);
    expect(ms).toBeLessThan(1000);
    expect(result.total).toBeLessThan(index.size);
  });
});

describe('Unicode forms in the engine', () => {
  it('finds the same releases for composed and decomposed Hangul', () => {
    for (const word of ['장관', '외교부', '해양']) {
      const composed = search(word.normalize('NFC')).ids;
      expect(composed).toContain('hangul-decomposed');
      expect(search(word.normalize('NFD')).ids).toEqual(composed);
    }
    // Composed text in the corpus, decomposed in the box.
    expect(search('인도적'.normalize('NFD')).ids).toEqual(['flood-assistance']);
  });

  it('finds kana written with a combining voicing mark, and dotted and sharp letters', () => {
    expect(search('ガイド'.normalize('NFC')).ids).toEqual(['istanbul-forum']);
    expect(search('ガイド'.normalize('NFD')).ids).toEqual(['istanbul-forum']);
    for (const q of ['İstanbul', 'istanbul', 'ISTANBUL', 'grenzstrasse', 'GRENZSTRASSE']) {
      expect(search(q).ids).toEqual(['istanbul-forum']);
    }
  });
});
