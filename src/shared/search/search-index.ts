import { runSteps, runStepsWithPauses } from '../tasks/slicer.ts';
import type { Corpus } from '../corpus/load-corpus.ts';
import { RELEASE_TYPE_LABELS, type Release } from '../release/release-schema.ts';
import type { MultiKey } from './search-state.ts';
import { facetColumn, type FacetColumn } from './facet-column.ts';
import { PostingsBuilder, addRelease } from './postings-builder.ts';
import { encodePostings, PackedPostings } from './postings-file.ts';
import { scanTokens } from './tokenize.ts';

/**
 * The search index of a corpus: data only (arrays, typed arrays, maps of them), so that it can
 * later be built at ingest time or in a worker and shipped without the records themselves.
 */

export type NameEntry = { label: string; folded: string };

export type SearchIndex = {
  size: number;
  ids: string[];
  /** YYYY-MM-DD per ordinal. */
  dates: string[];
  /** Position of each ordinal in newest-first order (ties by id), for sorting by numbers. */
  newestRank: Int32Array;
  /** The ordinal at each place of the newest-first order (the inverse of newestRank). */
  newestOrder: Int32Array;
  /** Every term, sorted by code unit, for exact and prefix lookups by binary search. */
  vocabulary: string[];
  postings: PackedPostings;
  facets: Record<MultiKey, FacetColumn>;
  /** People's and countries' display names, for "closest matches" suggestions. */
  names: string[];
  /** Folded full names of people and countries, for resolving `person:` and `country:` terms. */
  people: Map<string, NameEntry>;
  countries: Map<string, { label: string; folded: string[] }>;
};

/** Postings as the file holds them: one form, whichever path built them. */
function pack(builder: PostingsBuilder, size: number): PackedPostings {
  return new PackedPostings(encodePostings(size, builder.terms, builder.docs, builder.codes), size);
}

export function buildSearchIndex(corpus: Corpus): SearchIndex {
  const builder = new PostingsBuilder();
  corpus.releases.forEach((release, ord) => addRelease(builder, release, corpus.countries, ord));
  return runSteps(finishSteps(corpus, pack(builder, corpus.releases.length)));
}

/**
 * The index of a catalogue's corpus from the postings file the ingest wrote (ordinals are
 * positions in the catalogue, so the corpus must have skipped nothing). Throws
 * PostingsFileError when the file does not fit the corpus.
 */
export async function searchIndexFromFile(
  corpus: Corpus,
  bytes: Uint8Array,
  pause: () => Promise<void> | void = () => {},
): Promise<SearchIndex> {
  const postings = new PackedPostings(bytes, corpus.releases.length);
  return runStepsWithPauses(finishSteps(corpus, postings), pause);
}

/**
 * The index of a catalogue's corpus with its bodies, read shard by shard (`bodiesOf` resolves
 * to id → body): only one shard's text is held at a time. Same index as buildSearchIndex over
 * the same releases with their bodies.
 */
export async function buildSearchIndexFromShards(
  corpus: Corpus,
  bodiesOf: (shard: number) => Promise<Map<string, string[]>>,
  /** Awaited between releases: lets a page answer input while the index builds. */
  pause: () => Promise<void> | void = () => {},
): Promise<SearchIndex> {
  const builder = new PostingsBuilder();
  let current = -1;
  let bodies = new Map<string, string[]>();
  for (let ord = 0; ord < corpus.releases.length; ord += 1) {
    const release = corpus.releases[ord]!;
    const shard = corpus.bodies?.shardOf.get(release.id) ?? -1;
    if (shard !== current && shard >= 0) {
      bodies = await bodiesOf(shard);
      current = shard;
    }
    const body = bodies.get(release.id) ?? [];
    addRelease(builder, { ...release, body }, corpus.countries, ord);
    await pause();
  }
  return runStepsWithPauses(finishSteps(corpus, pack(builder, corpus.releases.length)), pause);
}

/** The index from its postings, in steps: each `yield` is a point where a page may pause. */
function* finishSteps(corpus: Corpus, postings: PackedPostings): Generator<void, SearchIndex> {
  const { releases } = corpus;
  yield;
  const newer = (a: Release, b: Release) =>
    a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  const order = releases.map((_, ord) => ord);
  // A catalogue is written newest first: then the order is known without a sort.
  if (releases.some((r, ord) => ord > 0 && newer(releases[ord - 1]!, r) > 0)) {
    order.sort((a, b) => newer(releases[a]!, releases[b]!));
  }
  const newestRank = new Int32Array(releases.length);
  order.forEach((ord, rank) => (newestRank[ord] = rank));
  yield;

  const personName = (id: string) => corpus.people.get(id)?.name ?? id;
  const countryName = (code: string) => corpus.countries.get(code)?.name ?? code;
  const facetDefs: [MultiKey, (r: Release) => readonly string[], (value: string) => string][] = [
    ['country', (r) => r.countries, countryName],
    ['person', (r) => r.people.map((p) => p.id), personName],
    ['type', (r) => [r.type], (t) => RELEASE_TYPE_LABELS[t as Release['type']]],
    ['source', (r) => [r.source], (s) => s],
    ['year', (r) => [r.date.slice(0, 4)], (y) => y],
  ];
  const facets = {} as Record<MultiKey, FacetColumn>;
  for (const [key, valuesOf, labelOf] of facetDefs) {
    facets[key] = facetColumn(releases, valuesOf, labelOf);
    yield;
  }

  const people = new Map<string, NameEntry>();
  for (const [id, person] of corpus.people) {
    people.set(id, { label: person.name, folded: foldName(person.name) });
  }
  const countries = new Map<string, { label: string; folded: string[] }>();
  for (const [code, info] of corpus.countries) {
    countries.set(code, { label: info.name, folded: [info.name, ...info.aliases].map(foldName) });
  }
  const names = [
    ...new Set([
      ...[...people.values()].map((p) => p.label),
      ...[...corpus.countries.values()].flatMap((c) => [c.name, ...c.aliases]),
    ]),
  ];

  return {
    size: releases.length,
    ids: releases.map((r) => r.id),
    dates: releases.map((r) => r.date),
    newestRank,
    newestOrder: Int32Array.from(order),
    vocabulary: postings.vocabulary,
    postings,
    facets,
    names,
    people,
    countries,
  };
}

/** A name as a sequence of folded tokens joined by single spaces. */
export function foldName(name: string): string {
  const parts: string[] = [];
  scanTokens(name, (term) => parts.push(term));
  return parts.join(' ');
}

const cache = new WeakMap<Corpus, SearchIndex>();

/** The index of a corpus, built once per corpus object. */
export function searchIndexFor(corpus: Corpus): SearchIndex {
  let index = cache.get(corpus);
  if (!index) cache.set(corpus, (index = buildSearchIndex(corpus)));
  return index;
}
