import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/shared/corpus/load-corpus.ts';
import { matchWords } from '../../src/shared/search/match-words.ts';
import { parseQuery } from '../../src/shared/search/query-parse.ts';
import { buildSearchIndex } from '../../src/shared/search/search-index.ts';
import { fixtureCopies, searchCountries } from './search-fixture.ts';

const index = buildSearchIndex(
  loadCorpus(JSON.stringify({ format: 1, countries: searchCountries, releases: fixtureCopies(2) })),
);

/** Each word on its own, then combined by hand: most words found, scores summed. */
function combineByHand(query: string) {
  const words = parseQuery(query).words;
  const perWord = words.map((word) => {
    const { ords, scores } = matchWords(index, [word]);
    return new Map(Array.from(ords ?? [], (ord, i) => [ord, scores![i]!]));
  });
  const found = new Map<number, { count: number; score: number }>();
  for (const scores of perWord) {
    for (const [ord, score] of scores) {
      const entry = found.get(ord) ?? { count: 0, score: 0 };
      found.set(ord, { count: entry.count + 1, score: entry.score + score });
    }
  }
  const most = Math.max(0, ...[...found.values()].map((e) => e.count));
  const kept = [...found].filter(([, e]) => e.count === most && most > 0);
  return {
    matches: kept.map(([ord, e]) => [ord, e.score] as const).sort((a, b) => a[0] - b[0]),
    partial: most > 0 && most < words.length,
  };
}

describe('matchWords with several words', () => {
  it('keeps the releases with the most words, each scored by the sum of its words', () => {
    const latin = index.vocabulary.filter((t) => /^[a-z]{2,}$/.test(t));
    const word = fc
      .constantFrom(...latin)
      .chain((t) => fc.integer({ min: 1, max: t.length }).map((n) => t.slice(0, n)));
    fc.assert(
      fc.property(fc.array(word, { minLength: 2, maxLength: 3 }), (words) => {
        const query = words.join(' ');
        const result = matchWords(index, parseQuery(query).words);
        const got = Array.from(result.ords ?? [], (ord, i) => [ord, result.scores![i]!] as const);
        const expected = combineByHand(query);
        expect(got.sort((a, b) => a[0] - b[0])).toEqual(expected.matches);
        expect(result.partial).toBe(expected.partial);
      }),
      { numRuns: 500 },
    );
  });
});
