import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeDerived } from '../../src/ingest/serialize-derived.ts';
import { loadCorpus } from '../../src/shared/corpus/load-corpus.ts';
import { prefixTerms } from '../../src/shared/search/match-words.ts';
import { searchIndexFromFile, type SearchIndex } from '../../src/shared/search/search-index.ts';
import { fixtureCopies, searchCountries } from './search-fixture.ts';

const derived = serializeDerived({
  sample: false,
  countries: searchCountries,
  releases: fixtureCopies(3),
});
const index: SearchIndex = await searchIndexFromFile(
  loadCorpus(derived.catalogue),
  derived.searchIndex,
  async () => {},
);

/** Every term the prefix starts, the most frequent first (ties in vocabulary order), cut. */
function rankAll(prefix: string, max: number): string[] {
  const found = index.vocabulary.filter((t) => t.startsWith(prefix));
  if (found.length <= max) return found;
  return found.sort((a, b) => index.postings.df(b) - index.postings.df(a)).slice(0, max);
}

describe('prefixTerms', () => {
  it('keeps the most frequent terms a prefix starts: 4 for a letter, 8 for two, 64 past', () => {
    const prefixes = fc
      .constantFrom(...index.vocabulary)
      .chain((term) =>
        fc.integer({ min: 1, max: Math.max(1, term.length) }).map((n) => term.slice(0, n)),
      );
    fc.assert(
      fc.property(prefixes, (prefix) => {
        const max = prefix.length === 1 ? 4 : prefix.length === 2 ? 8 : 64;
        expect(prefixTerms(index, prefix)).toEqual(rankAll(prefix, max));
      }),
      { numRuns: 1000 },
    );
    // The fixture has letters that start more terms than are kept.
    expect(index.vocabulary.filter((t) => t.startsWith('m')).length).toBeGreaterThan(4);
    expect(prefixTerms(index, 'm')).toHaveLength(4);
  });
});
