import { describe, expect, it } from 'vitest';
import { serializeCorpus } from '../../src/ingest/serialize-corpus.ts';
import { serializeDerived } from '../../src/ingest/serialize-derived.ts';
import { bodyShardSchema, shardSizeFor } from '../../src/shared/corpus/corpus-schema.ts';
import { loadCorpus } from '../../src/shared/corpus/load-corpus.ts';
import { cachedSearch, prepareLetter } from '../../src/shared/search/cached-search.ts';
import { runSearch } from '../../src/shared/search/run-search.ts';
import {
  buildSearchIndex,
  buildSearchIndexFromShards,
  searchIndexFromFile,
  type SearchIndex,
} from '../../src/shared/search/search-index.ts';
import { EMPTY_SEARCH, type SearchState } from '../../src/shared/search/search-state.ts';
import { fixtureCopies, searchCountries } from './search-fixture.ts';

// Enough copies of the fixture to fill several body shards.
const releases = fixtureCopies(70);
const content = { sample: false, countries: searchCountries, releases };
const derived = serializeDerived(content);

const QUERIES: Partial<SearchState>[] = [
  { q: 'Mori' },
  { q: 'Japan' },
  { q: 'Mroi' },
  { q: 'Korea Japan' },
  { q: 'minister' },
  { q: 'harbour' },
  { q: 'coord' },
  { q: 'Han', country: ['DE'] },
  { q: 'officials', sort: 'oldest' },
  { q: '' },
];

const top = (index: SearchIndex, state: Partial<SearchState>) => {
  const result = runSearch(index, { ...EMPTY_SEARCH, ...state });
  // The first page, chosen without sorting every match, is the start of the full order.
  const page = result.page(0, 20);
  expect(result.ids.slice(0, 20)).toEqual(page);
  return { ids: page, total: result.total, terms: result.terms };
};

describe('search paths', () => {
  it('spreads the bodies over several shards', () => {
    expect(derived.shards.length).toBe(Math.ceil(releases.length / shardSizeFor(releases.length)));
    expect(derived.shards.length).toBeGreaterThan(1);
  });

  it('gives the same top results from the catalogue and body shards as from corpus.json', async () => {
    const inThread = buildSearchIndex(loadCorpus(serializeCorpus(content)));
    const catalogue = loadCorpus(derived.catalogue);
    const shardText = new Map(derived.shards);
    const fromShards = await buildSearchIndexFromShards(catalogue, async (k) => {
      const file = bodyShardSchema.parse(
        JSON.parse(shardText.get(`bodies/${String(k).padStart(3, '0')}.json`) ?? ''),
      );
      return new Map(file.releases.map((r) => [r.id, r.body]));
    });
    for (const state of QUERIES) {
      const expected = top(inThread, state);
      expect(top(fromShards, state), JSON.stringify(state)).toEqual(expected);
    }
    expect(top(inThread, { q: 'harbour' }).total).toBeGreaterThan(0);
  });

  it('gives the same postings and top results from the ingest-built index file', async () => {
    const inThread = buildSearchIndex(loadCorpus(serializeCorpus(content)));
    const catalogue = loadCorpus(derived.catalogue);
    expect(catalogue.bodies?.indexFile).toBe(true);
    const fromFile = await searchIndexFromFile(catalogue, derived.searchIndex);
    expect(fromFile.vocabulary).toEqual(inThread.vocabulary);
    expect(new Map(fromFile.postings.entries())).toEqual(new Map(inThread.postings.entries()));
    for (const state of QUERIES) {
      expect(top(fromFile, state), JSON.stringify(state)).toEqual(top(inThread, state));
    }
  });

  it('does not use the index file when the catalogue lost a release', () => {
    const damaged = derived.catalogue.replace(/"date": ?"[^"]+"/, '"date":"yesterday"');
    const catalogue = loadCorpus(damaged);
    expect(catalogue.skipped.count).toBe(1);
    expect(catalogue.bodies?.indexFile).toBe(false);
  });

  it('finds body-only words only once the full text is indexed', () => {
    const catalogueOnly = buildSearchIndex(loadCorpus(derived.catalogue));
    const full = buildSearchIndex(loadCorpus(serializeCorpus(content)));
    expect(top(catalogueOnly, { q: 'harbour' }).ids).not.toEqual(top(full, { q: 'harbour' }).ids);
    expect(top(catalogueOnly, { q: 'harbour' }).total).toBe(0);
  });

  it('answers a lone letter prepared while idle as the search itself would', () => {
    const index = buildSearchIndex(loadCorpus(serializeCorpus(content)));
    const answer = (state: Partial<SearchState>) => {
      const { page, total, facets, terms, unknownWords, sort } = cachedSearch(index, {
        ...EMPTY_SEARCH,
        ...state,
      });
      return { ids: page(0, 20), total, facets, terms, unknownWords, sort };
    };
    const before = answer({ q: 'M' });
    const prepared = prepareLetter(index, 'm', 20);
    // Either case of the letter is served by the prepared search, and gives what it gave.
    expect(cachedSearch(index, { ...EMPTY_SEARCH, q: 'M' })).toBe(prepared);
    expect(cachedSearch(index, { ...EMPTY_SEARCH, q: 'm' })).toBe(prepared);
    expect(answer({ q: 'M' })).toEqual(before);
    expect(before.total).toBeGreaterThan(20);
    // The first page is kept, and a caller changing its copy does not change the next one.
    const page = prepared.page(0, 20);
    page.reverse();
    expect(prepared.page(0, 20)).toEqual(before.ids);
    expect(prepared.page(20, 20)).toEqual(prepared.ids.slice(20, 40));
    // Any page of the letter's results comes from the same search.
    expect(cachedSearch(index, { ...EMPTY_SEARCH, q: 'M', page: 2 })).toBe(prepared);
    // With a filter or a sort the letter is searched as any other state.
    const filtered = answer({ q: 'M', country: ['DE'] });
    expect(filtered.total).toBeLessThan(before.total);
    expect(filtered.ids).toEqual(top(index, { q: 'M', country: ['DE'] }).ids);
    expect(answer({ q: 'M', sort: 'oldest' }).ids).toEqual(
      top(index, { q: 'm', sort: 'oldest' }).ids,
    );
    expect(cachedSearch(index, { ...EMPTY_SEARCH, q: 'M', sort: 'oldest' })).not.toBe(prepared);
  });
});
