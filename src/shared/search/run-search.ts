import { passesFieldTerms, resolveFieldTerms } from './field-terms.ts';
import type { HighlightTerm } from './highlight-ranges.ts';
import { matchWords, type Correction } from './match-words.ts';
import { parseQuery } from './query-parse.ts';
import { sortMatches } from './sort-matches.ts';
import type { FacetColumn } from './facet-column.ts';
import type { SearchIndex } from './search-index.ts';
import { effectiveSort, type MultiKey, type SearchState, type Sort } from './search-state.ts';

export const FACET_KEYS = ['country', 'person', 'type', 'source', 'year'] as const;

export type FacetValueCount = {
  /** The value's number in its facet column: the same for the index's lifetime (element ids). */
  id: number;
  value: string;
  label: string;
  count: number;
  selected: boolean;
};

export type SearchResult = {
  /** Ids of every matching release, in display order (sorted all on first read). */
  readonly ids: string[];
  /** The ids from start to start + count in display order, without sorting every match. */
  page: (start: number, count: number) => string[];
  total: number;
  /** Per facet, the values with releases under the other facets' filters, or selected. */
  facets: Record<MultiKey, FacetValueCount[]>;
  /** What to mark in titles and text (pass to <Highlight>). */
  terms: HighlightTerm[];
  /** No release had every word: these have the most of them. */
  partial: boolean;
  unknownWords: string[];
  /** Mistyped words and the vocabulary terms searched instead. */
  corrections: Correction[];
  /** Field terms in the box (`person:"…"`) that name nothing in the corpus. */
  unknownFields: string[];
  sort: Sort;
};

/** Inclusive date bounds; a year as `to` means the end of that year. */
export function dateBounds(state: Pick<SearchState, 'from' | 'to'>): [string, string] {
  const lo = state.from ? (state.from.length === 4 ? `${state.from}-01-01` : state.from) : '';
  const hi = state.to ? (state.to.length === 4 ? `${state.to}-12-31` : state.to) : '\uffff';
  return [lo, hi];
}

const totalCounts = new WeakMap<SearchIndex, Int32Array[]>();
const ordinals = new WeakMap<SearchIndex, Int32Array>();
const allOrdinals = (index: SearchIndex) => {
  let all = ordinals.get(index);
  if (!all) ordinals.set(index, (all = Int32Array.from({ length: index.size }, (_, ord) => ord)));
  return all;
};

function tallyColumn(column: FacetColumn, ords: ArrayLike<number>, counts: Int32Array, add = 1) {
  const { offsets, data } = column;
  for (let i = 0; i < ords.length; i += 1) {
    const ord = ords[i]!;
    for (let j = offsets[ord]!; j < offsets[ord + 1]!; j += 1) counts[data[j]!]! += add;
  }
}

/** Each facet value's count over the whole archive: computed once per index. */
function totalCountsOf(index: SearchIndex, columns: FacetColumn[]): Int32Array[] {
  let totals = totalCounts.get(index);
  if (!totals) {
    totals = columns.map((column) => {
      const counts = new Int32Array(column.values.length);
      tallyColumn(column, allOrdinals(index), counts);
      return counts;
    });
    totalCounts.set(index, totals);
  }
  return totals;
}

/**
 * Facet counts of the matches of a search with no filters. When most releases match (a
 * first letter often does), the counts are the archive's totals less those of the releases
 * that do not: a fraction of the work.
 */
function countMatches(index: SearchIndex, columns: FacetColumn[], ords: ArrayLike<number> | null) {
  const counts = columns.map((c) => new Int32Array(c.values.length));
  if (ords && ords.length * 2 <= index.size) {
    columns.forEach((column, k) => tallyColumn(column, ords, counts[k]!));
    return counts;
  }
  totalCountsOf(index, columns).forEach((totals, k) => counts[k]!.set(totals));
  if (!ords) return counts;
  const matched = new Uint8Array(index.size);
  for (let i = 0; i < ords.length; i += 1) matched[ords[i]!] = 1;
  const others = new Int32Array(index.size - ords.length);
  let found = 0;
  for (let ord = 0; ord < index.size; ord += 1) if (!matched[ord]) others[found++] = ord;
  columns.forEach((column, k) => tallyColumn(column, others, counts[k]!, -1));
  return counts;
}

/** Values with releases, or chosen: newest year first. */
function yearsNewestFirst(column: FacetColumn, count: Int32Array, chosen: Set<string>) {
  const ids: number[] = [];
  column.values.forEach((value, id) => {
    if (count[id]! > 0 || chosen.has(value)) ids.push(id);
  });
  return ids.sort((a, b) => column.values[b]!.localeCompare(column.values[a]!));
}

/**
 * Values with releases, or chosen: most releases first, then by label. Each value becomes
 * one number, count and label place together, so that a facet of thousands of people is
 * ordered by a typed array's numeric sort on every keystroke rather than by a comparator.
 */
function byCountThenLabel(column: FacetColumn, count: Int32Array, chosen: Set<string>) {
  const size = column.values.length;
  let most = 0;
  for (let id = 0; id < size; id += 1) if (count[id]! > most) most = count[id]!;
  const keys: number[] = [];
  for (let id = 0; id < size; id += 1) {
    if (count[id]! > 0 || (chosen.size > 0 && chosen.has(column.values[id]!))) {
      keys.push((most - count[id]!) * size + column.labelRank[id]!);
    }
  }
  const sorted = Float64Array.from(keys).sort();
  return Int32Array.from(sorted, (key) => column.labelOrder[key % size]!);
}

/** Runs a search state against an index. Pure: same index and state, same result. */
export function runSearch(index: SearchIndex, state: SearchState): SearchResult {
  const query = parseQuery(state.q);
  const words = matchWords(index, query.words);
  const fields = resolveFieldTerms(index, query.fields);
  const [lo, hi] = dateBounds(state);

  const columns = FACET_KEYS.map((key) => index.facets[key]);
  const selected = FACET_KEYS.map((key, k) => {
    const flags = new Uint8Array(columns[k]!.values.length);
    let any = false;
    for (const value of state[key]) {
      const id = columns[k]!.idOf.get(value);
      if (id !== undefined) flags[id] = 1;
      any ||= id !== undefined;
    }
    return any ? flags : null;
  });
  const unfiltered =
    !lo && hi === '\uffff' && fields.length === 0 && selected.every((flags) => flags === null);
  // The usual case while typing, at every keystroke: every match counts.
  const counts = unfiltered
    ? countMatches(index, columns, words.ords)
    : columns.map((c) => new Int32Array(c.values.length));
  const passes = (k: number, ord: number) => {
    const { offsets, data } = columns[k]!;
    const flags = selected[k]!;
    for (let i = offsets[ord]!; i < offsets[ord + 1]!; i += 1) if (flags[data[i]!]) return true;
    return false;
  };
  const tally = (k: number, ord: number) => {
    const { offsets, data } = columns[k]!;
    for (let i = offsets[ord]!; i < offsets[ord + 1]!; i += 1) counts[k]![data[i]!]! += 1;
  };

  const kept: number[] = [];
  // visit returns whether the release is among the matches.
  const visit = (ord: number): boolean => {
    const date = index.dates[ord]!;
    if (date < lo || date > hi) return false;
    if (fields.length > 0 && !passesFieldTerms(index, fields, ord)) return false;
    // A release failing exactly one facet still counts towards that facet's values, so
    // that a facet's own selections never shrink its own counts.
    let failed = -1;
    for (let k = 0; k < columns.length; k += 1) {
      if (selected[k] && !passes(k, ord)) {
        if (failed !== -1) return false;
        failed = k;
      }
    }
    if (failed !== -1) {
      tally(failed, ord);
      return false;
    }
    kept.push(ord);
    for (let k = 0; k < columns.length; k += 1) tally(k, ord);
    return true;
  };
  let matches: ArrayLike<number> = kept;
  // The score of each match, in the same order.
  let scores = words.scores;
  if (unfiltered) matches = words.ords ?? allOrdinals(index);
  else if (words.ords && words.scores) {
    const keptScores: number[] = [];
    for (let i = 0; i < words.ords.length; i += 1) {
      if (visit(words.ords[i]!)) keptScores.push(words.scores[i]!);
    }
    scores = Float64Array.from(keptScores);
  } else for (let ord = 0; ord < index.size; ord += 1) visit(ord);

  const sort = effectiveSort(state);
  const idsOf = (ords: Int32Array) => Array.from(ords, (ord) => index.ids[ord]!);
  let all: string[] | undefined;
  let last: { start: number; count: number; ids: string[] } | undefined;
  const allIds = () => (all ??= idsOf(sortMatches(matches, sort, scores, index)));

  const facets = {} as Record<MultiKey, FacetValueCount[]>;
  FACET_KEYS.forEach((key, k) => {
    const column = columns[k]!;
    const chosen = new Set(state[key]);
    const count = counts[k]!;
    const ids =
      key === 'year'
        ? yearsNewestFirst(column, count, chosen)
        : byCountThenLabel(column, count, chosen);
    facets[key] = Array.from(ids, (id) => {
      const value = column.values[id]!;
      const label = column.labels[id] ?? value;
      return { id, value, label, count: count[id]!, selected: chosen.has(value) };
    });
  });

  return {
    get ids() {
      return allIds();
    },
    page: (start, count) => {
      if (all) return all.slice(start, start + count);
      // Kept for a result read again: a first letter prepared while idle, Back to a search.
      if (last?.start === start && last.count === count) return [...last.ids];
      const ids = idsOf(sortMatches(matches, sort, scores, index, start + count)).slice(start);
      last = { start, count, ids };
      return [...ids];
    },
    total: matches.length,
    facets,
    terms: words.terms,
    partial: words.partial,
    unknownWords: words.unknownWords,
    corrections: words.corrections,
    unknownFields: fields
      .filter((f) => f.ids.size === 0)
      .map((f) => `${f.field}:${/\s/.test(f.value) ? `"${f.value}"` : f.value}`),
    sort,
  };
}
