import type { Corpus } from '../corpus/load-corpus.ts';
import { RELEASE_TYPE_LABELS, type Release } from '../release/release-schema.ts';
import type { MultiKey } from './search-state.ts';
import { PostingsBuilder, addRelease } from './postings-builder.ts';
import { scanTokens } from './tokenize.ts';

/**
 * The search index of a corpus: data only (arrays, typed arrays, maps of them), so that it can
 * later be built at ingest time or in a worker and shipped without the records themselves.
 */

/** Postings of one term: ordinals (ascending) and the weight of the term in each. */
export type Postings = { docs: Int32Array; weights: Float32Array };

/** One facet as a column: the value ids of each release, in compressed-row form. */
export type FacetColumn = {
  values: string[];
  labels: string[];
  idOf: Map<string, number>;
  offsets: Int32Array;
  data: Int32Array;
};

export type NameEntry = { label: string; folded: string };

export type SearchIndex = {
  size: number;
  ids: string[];
  /** YYYY-MM-DD per ordinal. */
  dates: string[];
  /** Position of each ordinal in newest-first order (ties by id), for sorting by numbers. */
  newestRank: Int32Array;
  /** Every term, sorted by code unit, for exact and prefix lookups by binary search. */
  vocabulary: string[];
  postings: Map<string, Postings>;
  facets: Record<MultiKey, FacetColumn>;
  /** People's and countries' display names, for "closest matches" suggestions. */
  names: string[];
  /** Folded full names of people and countries, for resolving `person:` and `country:` terms. */
  people: Map<string, NameEntry>;
  countries: Map<string, { label: string; folded: string[] }>;
};

function facetColumn(
  releases: readonly Release[],
  valuesOf: (r: Release) => readonly string[],
  labelOf: (value: string) => string,
): FacetColumn {
  const values: string[] = [];
  const idOf = new Map<string, number>();
  const offsets = new Int32Array(releases.length + 1);
  const data: number[] = [];
  releases.forEach((release, ord) => {
    const own = new Set<number>();
    for (const value of valuesOf(release)) {
      let id = idOf.get(value);
      if (id === undefined) {
        id = values.length;
        values.push(value);
        idOf.set(value, id);
      }
      own.add(id);
    }
    data.push(...own);
    offsets[ord + 1] = data.length;
  });
  return { values, labels: values.map(labelOf), idOf, offsets, data: Int32Array.from(data) };
}

export function buildSearchIndex(corpus: Corpus): SearchIndex {
  const builder = new PostingsBuilder();
  corpus.releases.forEach((release, ord) => addRelease(builder, release, corpus, ord));
  const steps = finishSteps(corpus, builder);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
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
    addRelease(builder, { ...release, body: bodies.get(release.id) ?? [] }, corpus, ord);
    await pause();
  }
  const steps = finishSteps(corpus, builder);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

/** The index from its postings, in steps: each `yield` is a point where a page may pause. */
function* finishSteps(corpus: Corpus, builder: PostingsBuilder): Generator<void, SearchIndex> {
  const { releases } = corpus;
  const postings = new Map<string, Postings>();
  for (let id = 0; id < builder.terms.length; id += 1) {
    postings.set(builder.terms[id]!, {
      docs: Int32Array.from(builder.docs[id]!),
      weights: Float32Array.from(builder.weights[id]!),
    });
    if (id % 1024 === 1023) yield;
  }
  yield;
  const order = releases.map((_, ord) => ord);
  order.sort((a, b) => {
    const ra = releases[a]!;
    const rb = releases[b]!;
    if (ra.date !== rb.date) return ra.date < rb.date ? 1 : -1;
    return ra.id < rb.id ? -1 : ra.id > rb.id ? 1 : 0;
  });
  const newestRank = new Int32Array(releases.length);
  order.forEach((ord, rank) => (newestRank[ord] = rank));
  yield;

  const personName = (id: string) => corpus.people.get(id)?.name ?? id;
  const countryName = (code: string) => corpus.countries.get(code)?.name ?? code;
  const facets: Record<MultiKey, FacetColumn> = {
    country: facetColumn(releases, (r) => r.countries, countryName),
    person: facetColumn(releases, (r) => r.people.map((p) => p.id), personName),
    type: facetColumn(
      releases,
      (r) => [r.type],
      (t) => RELEASE_TYPE_LABELS[t as Release['type']],
    ),
    source: facetColumn(
      releases,
      (r) => [r.source],
      (s) => s,
    ),
    year: facetColumn(
      releases,
      (r) => [r.date.slice(0, 4)],
      (y) => y,
    ),
  };
  yield;

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
    vocabulary: [...postings.keys()].sort(),
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
