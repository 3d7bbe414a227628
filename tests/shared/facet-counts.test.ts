import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/shared/corpus/load-corpus.ts';
import { facetColumn } from '../../src/shared/search/facet-column.ts';
import { FACET_KEYS, runSearch } from '../../src/shared/search/run-search.ts';
import { buildSearchIndex } from '../../src/shared/search/search-index.ts';
import { EMPTY_SEARCH } from '../../src/shared/search/search-state.ts';
import { fixtureCopies, searchCountries } from './search-fixture.ts';

const corpus = loadCorpus(
  JSON.stringify({ format: 1, countries: searchCountries, releases: fixtureCopies(2) }),
);
const index = buildSearchIndex(corpus);
const ordOf = new Map(index.ids.map((id, ord) => [id, ord]));

/** Each facet value's count over the listed releases, counted one release at a time. */
function countOver(ids: string[]) {
  return Object.fromEntries(
    FACET_KEYS.map((key) => {
      const { values, offsets, data } = index.facets[key];
      const counts = new Map<string, number>();
      for (const id of ids) {
        const ord = ordOf.get(id)!;
        for (let j = offsets[ord]!; j < offsets[ord + 1]!; j += 1) {
          const value = values[data[j]!]!;
          counts.set(value, (counts.get(value) ?? 0) + 1);
        }
      }
      return [key, [...counts].sort()];
    }),
  );
}

describe('facet counts of a search without filters', () => {
  it('count the matching releases, whether few or most of the archive match', () => {
    const words = fc
      .constantFrom(...index.vocabulary)
      .chain((term) => fc.integer({ min: 1, max: term.length }).map((n) => term.slice(0, n)));
    let broad = 0;
    fc.assert(
      fc.property(fc.array(words, { minLength: 0, maxLength: 2 }), (query) => {
        const result = runSearch(index, { ...EMPTY_SEARCH, q: query.join(' ') });
        if (result.total * 2 > index.size) broad += 1;
        const shown = Object.fromEntries(
          FACET_KEYS.map((key) => [
            key,
            result.facets[key].map((f) => [f.value, f.count] as const).sort(),
          ]),
        );
        expect(shown).toEqual(countOver(result.ids));
      }),
      { numRuns: 300 },
    );
    // Both ways of counting were exercised.
    expect(broad).toBeGreaterThan(0);
    expect(broad).toBeLessThan(300);
  });
});

describe('facet column', () => {
  it('lists a value once per release, however often the release names it', () => {
    const releases = [
      { ...corpus.releases[0]!, countries: ['KR', 'JP', 'KR'] },
      { ...corpus.releases[1]!, countries: [] },
      { ...corpus.releases[2]!, countries: ['JP', 'JP', 'DE'] },
    ];
    const column = facetColumn(
      releases,
      (r) => r.countries,
      (code) => `name of ${code}`,
    );
    expect(column.values).toEqual(['KR', 'JP', 'DE']);
    const listed = (ord: number) =>
      Array.from(
        column.data.subarray(column.offsets[ord], column.offsets[ord + 1]),
        (id) => column.values[id],
      );
    expect([listed(0), listed(1), listed(2)]).toEqual([['KR', 'JP'], [], ['JP', 'DE']]);
    expect(Array.from(column.labelOrder, (id) => column.labels[id])).toEqual([
      'name of DE',
      'name of JP',
      'name of KR',
    ]);
  });
});
