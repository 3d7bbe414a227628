import { fuzzyTerms } from './fuzzy-terms.ts';
import type { HighlightTerm } from './highlight-ranges.ts';
import { lowerBound } from './postings-file.ts';
import type { QueryWord } from './query-parse.ts';
import type { SearchIndex } from './search-index.ts';
import { cjkGrams } from './tokenize.ts';

/**
 * A word being typed can start hundreds of terms; the most frequent ones stand for it. One or
 * two letters are a passing state while typing, and cheaper to answer with fewer terms: at
 * 100,000 releases each of them can be in most releases.
 */
const maxPrefixTerms = (prefix: string) => (prefix.length === 1 ? 4 : prefix.length === 2 ? 8 : 64);

type Expansion = { term: string; factor: number };

export type Correction = { word: string; terms: string[] };

export type WordMatch = {
  /** Ordinals that match, in no particular order; all ordinals when there were no words. */
  ords: ArrayLike<number> | null;
  /** The score of each of ords, in the same order. */
  scores: Float64Array | null;
  /** True when no release had every word, and those with the most words are returned. */
  partial: boolean;
  /** Words found nowhere, not even approximately. */
  unknownWords: string[];
  corrections: Correction[];
  terms: HighlightTerm[];
};

/** The terms a word being typed stands for: those it starts, the most frequent if many. */
export function prefixTerms(index: SearchIndex, prefix: string): string[] {
  const { vocabulary, postings } = index;
  const from = lowerBound(vocabulary, prefix);
  let to = from;
  while (to < vocabulary.length && vocabulary[to]!.startsWith(prefix)) to += 1;
  const max = maxPrefixTerms(prefix);
  if (to - from <= max) return vocabulary.slice(from, to);
  // The most frequent, ties in vocabulary order: chosen by position, in one pass, as a
  // letter can start thousands of terms at 100,000 releases.
  const best: number[] = [];
  for (let i = from; i < to; i += 1) {
    const df = postings.dfAt(i);
    if (best.length === max && df <= postings.dfAt(best[max - 1]!)) continue;
    let at = best.length;
    while (at > 0 && postings.dfAt(best[at - 1]!) < df) at -= 1;
    best.splice(at, 0, i);
    if (best.length > max) best.pop();
  }
  return best.map((i) => vocabulary[i]!);
}

type Unit = { word: string; expansions: Expansion[] };

/** Turns one query word into the vocabulary terms that stand for it. */
function expand(index: SearchIndex, word: QueryWord, out: WordMatch): Unit[] {
  if (word.cjk) {
    out.terms.push({ text: word.text, prefix: false, cjk: true });
    const grams = cjkGrams(word.text);
    return grams.map((gram) => ({
      word: word.text,
      expansions:
        Array.from(gram).length === 1
          ? prefixTerms(index, gram).map((term) => ({ term, factor: 1 }))
          : index.postings.has(gram)
            ? [{ term: gram, factor: 1 }]
            : [],
    }));
  }
  const expansions: Expansion[] = [];
  if (index.postings.has(word.text)) expansions.push({ term: word.text, factor: 1 });
  if (word.prefix) {
    for (const term of prefixTerms(index, word.text)) {
      if (term !== word.text) {
        expansions.push({ term, factor: 0.5 + (0.4 * word.text.length) / term.length });
      }
    }
  }
  if (expansions.length > 0) {
    out.terms.push({ text: word.text, prefix: word.prefix, cjk: false });
    return [{ word: word.text, expansions }];
  }
  const fuzzy = fuzzyTerms(index, word.text);
  if (fuzzy.length === 0) {
    out.unknownWords.push(word.text);
    return [{ word: word.text, expansions: [] }];
  }
  out.corrections.push({ word: word.text, terms: fuzzy.map((f) => f.term) });
  for (const f of fuzzy) out.terms.push({ text: f.term, prefix: false, cjk: false });
  return [
    { word: word.text, expansions: fuzzy.map((f) => ({ term: f.term, factor: 0.6 / f.distance })) },
  ];
}

/**
 * Working arrays of one ordinal each, kept per index and left zeroed after use: a keystroke
 * at 100,000 releases would otherwise allocate (and the collector reclaim) megabytes.
 * Ordinals are gathered in a typed array: pushing 100,000 of them onto a plain array cost
 * three times the scoring itself.
 */
type Scratch = {
  /** Best score per ordinal (one word), or of the word being added (several). */
  scores: Float64Array;
  /** Ordinals touched by the word being scored. */
  ords: Int32Array;
  /** Several words: summed score, words found, and every ordinal with at least one. */
  total: Float64Array;
  counts: Uint16Array;
  members: Int32Array;
};
const scratches = new WeakMap<SearchIndex, Scratch>();
function scratchOf(index: SearchIndex): Scratch {
  let scratch = scratches.get(index);
  if (!scratch) {
    const n = index.size;
    scratch = {
      scores: new Float64Array(n),
      ords: new Int32Array(n),
      total: new Float64Array(n),
      counts: new Uint16Array(n),
      members: new Int32Array(n),
    };
    scratches.set(index, scratch);
  }
  return scratch;
}

/** One word (the usual case while typing): its best expansion in each release is the score. */
function single(index: SearchIndex, unit: Unit, out: WordMatch): WordMatch {
  const { scores, ords } = scratchOf(index);
  let found = 0;
  for (const { term, factor } of unit.expansions) {
    const postings = index.postings.get(term);
    if (!postings) continue;
    const idf = Math.log(1 + index.size / postings.docs.length);
    const { docs, weights } = postings;
    for (let i = 0; i < docs.length; i += 1) {
      const ord = docs[i]!;
      const s = weights[i]! * idf * factor;
      if (scores[ord] === 0) ords[found++] = ord;
      if (s > scores[ord]!) scores[ord] = s;
    }
  }
  out.ords = ords.slice(0, found);
  out.scores = new Float64Array(found);
  for (let i = 0; i < found; i += 1) {
    const ord = ords[i]!;
    out.scores[i] = scores[ord]!;
    scores[ord] = 0;
  }
  return out;
}

/**
 * Scores releases against the query words: every word must match (AND); when no release has
 * them all, the releases with the most of them are returned and flagged as partial.
 */
export function matchWords(index: SearchIndex, words: readonly QueryWord[]): WordMatch {
  const out: WordMatch = {
    ords: null,
    scores: null,
    partial: false,
    unknownWords: [],
    corrections: [],
    terms: [],
  };
  if (words.length === 0) return out;
  const units = words.flatMap((word) => expand(index, word, out));
  const n = index.size;
  if (units.length === 1) return single(index, units[0]!, out);
  const { scores: best, ords: touched, total, counts, members } = scratchOf(index);
  let memberCount = 0;
  for (const unit of units) {
    let found = 0;
    for (const { term, factor } of unit.expansions) {
      const postings = index.postings.get(term);
      if (!postings) continue;
      const idf = Math.log(1 + n / postings.docs.length);
      for (let i = 0; i < postings.docs.length; i += 1) {
        const ord = postings.docs[i]!;
        const s = postings.weights[i]! * idf * factor;
        if (best[ord] === 0) touched[found++] = ord;
        if (s > best[ord]!) best[ord] = s;
      }
    }
    for (let i = 0; i < found; i += 1) {
      const ord = touched[i]!;
      if (counts[ord] === 0) members[memberCount++] = ord;
      total[ord]! += best[ord]!;
      counts[ord]! += 1;
      best[ord] = 0;
    }
  }
  let most = 0;
  let withMost = 0;
  for (let i = 0; i < memberCount; i += 1) {
    const count = counts[members[i]!]!;
    if (count > most) {
      most = count;
      withMost = 0;
    }
    if (count === most) withMost += 1;
  }
  const ords = new Int32Array(withMost);
  const scores = new Float64Array(withMost);
  let kept = 0;
  for (let i = 0; i < memberCount; i += 1) {
    const ord = members[i]!;
    if (counts[ord] === most) {
      ords[kept] = ord;
      scores[kept] = total[ord]!;
      kept += 1;
    }
    total[ord] = 0;
    counts[ord] = 0;
  }
  out.ords = ords;
  out.scores = scores;
  out.partial = most > 0 && most < units.length;
  return out;
}
