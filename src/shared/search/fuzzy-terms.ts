import Fuse from 'fuse.js/basic';
import { charMask, missingChars } from './char-mask.ts';
import type { SearchIndex } from './search-index.ts';

/**
 * Fuse.js matches a mistyped word against the vocabulary, never against the records: the
 * vocabulary grows far more slowly than the corpus. Each word is compared only with terms of
 * a similar length whose letters differ from its own by no more than the edits allowed, and
 * Fuse's candidates are confirmed by an edit distance, because Fuse also accepts a word
 * hidden inside a longer one ("rea" in "korea").
 */

const MIN_FUZZY_LENGTH = 3;
const MAX_FUZZY_LENGTH = 32; // Fuse's bitap pattern limit
const LENGTH_SLACK = 2;
const MAX_CANDIDATES = 3;

type Band = { terms: string[]; masks: Int32Array };
const bands = new WeakMap<SearchIndex, Map<number, Band>>();

function bandFor(index: SearchIndex, length: number): Band {
  let byLength = bands.get(index);
  if (!byLength) bands.set(index, (byLength = new Map()));
  let band = byLength.get(length);
  if (!band) {
    const terms = index.vocabulary.filter(
      (t) => Math.abs(t.length - length) <= LENGTH_SLACK && !/\d/.test(t),
    );
    band = { terms, masks: Int32Array.from(terms, charMask) };
    byLength.set(length, band);
  }
  return band;
}

/** Builds the terms of words of this length ahead of need (when the page is idle). */
export function warmFuzzyBand(index: SearchIndex, length: number): void {
  bandFor(index, length);
}

/**
 * The terms of the band that can be within `max` edits of the word. In the bench's 10,000
 * releases a band holds 900 to 1,400 terms, which Fuse.js took 5 to 13 ms a key to compare
 * in the browser; this leaves 3 to 160 of them.
 */
function candidates(index: SearchIndex, word: string, max: number): string[] {
  const { terms, masks } = bandFor(index, word.length);
  const mask = charMask(word);
  const kept: string[] = [];
  for (let i = 0; i < terms.length; i += 1) {
    if (missingChars(mask, masks[i]!) <= max && missingChars(masks[i]!, mask) <= max) {
      kept.push(terms[i]!);
    }
  }
  return kept;
}

const fuseOptions = {
  includeScore: true,
  ignoreLocation: true,
  isCaseSensitive: true,
  // Loose on purpose: Fuse proposes, the edit distance decides (bitap scores a swap as two errors).
  threshold: 0.6,
};

/** Optimal string alignment distance over code points, giving up above max. */
export function editDistance(a: string, b: string, max: number): number {
  const s = Array.from(a);
  const t = Array.from(b);
  if (Math.abs(s.length - t.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i += 1) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= t.length; j += 1) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        d = Math.min(d, prevPrev[j - 2]! + 1);
      }
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[t.length]!;
}

/** Edits a word of this length may contain and still count as the same word. */
export function allowedEdits(length: number): number {
  return length <= 4 ? 1 : length <= 8 ? 2 : 3;
}

export type FuzzyTerm = { term: string; distance: number };

/** The closest vocabulary terms to a word that is not in the vocabulary itself. */
export function fuzzyTerms(index: SearchIndex, word: string): FuzzyTerm[] {
  const length = Array.from(word).length;
  if (length < MIN_FUZZY_LENGTH || length > MAX_FUZZY_LENGTH || /\d/.test(word)) return [];
  const max = allowedEdits(length);
  const found: FuzzyTerm[] = [];
  const fuse = new Fuse(candidates(index, word, max), fuseOptions);
  for (const hit of fuse.search(word, { limit: 30 })) {
    const distance = editDistance(word, hit.item, max);
    if (distance <= max) found.push({ term: hit.item, distance });
  }
  found.sort((a, b) => a.distance - b.distance || a.term.localeCompare(b.term));
  const best = found[0]?.distance;
  return found.filter((f) => f.distance === best).slice(0, MAX_CANDIDATES);
}
