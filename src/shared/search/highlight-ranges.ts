import { foldText, scanTokens } from './tokenize.ts';

/** A query word as the highlighter needs it: folded, and whether longer words also match. */
export type HighlightTerm = { text: string; prefix: boolean; cjk: boolean };

export type TextPart = { text: string; match: boolean };

// A character and what attaches to it, including half-width kana voicing marks.
const CLUSTER = /\P{M}[\p{M}\uff9e\uff9f]*/gu;

/** Where the CJK terms occur in a run, mapped back to whole characters of the original. */
function cjkRanges(run: string, offset: number, terms: readonly HighlightTerm[]) {
  const starts: number[] = [];
  const ends: number[] = [];
  let folded = '';
  // Fold character by character, so that every folded position maps to one original character.
  for (const m of run.matchAll(CLUSTER)) {
    const piece = foldText(m[0]);
    for (let i = 0; i < piece.length; i += 1) {
      starts.push(offset + m.index);
      ends.push(offset + m.index + m[0].length);
    }
    folded += piece;
  }
  const ranges: [number, number][] = [];
  for (const term of terms) {
    if (!term.cjk || !term.text) continue;
    let at = folded.indexOf(term.text);
    while (at !== -1) {
      ranges.push([starts[at]!, ends[at + term.text.length - 1]!]);
      at = folded.indexOf(term.text, at + 1);
    }
  }
  return ranges;
}

// Absent from a few older browsers; tokens already end on code points and marks there.
const graphemes =
  typeof Intl.Segmenter === 'function'
    ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
    : undefined;

/** True past either end of the text too: an end of the text is always a boundary. */
const below0300 = (text: string, at: number) =>
  at < 0 || at >= text.length || text.charCodeAt(at) < 0x300;

/**
 * Widens a range to whole user-perceived characters. A token stops at a joiner or an emoji
 * modifier (neither is a letter or a mark), which can sit inside one character: "क्‍ष", "a🏻".
 */
function wholeCharacters(text: string, [start, end]: [number, number]): [number, number] {
  if (!graphemes) return [start, end];
  // Below U+0300 (the combining marks) no character joins its neighbour, so a boundary between
  // two such characters is a boundary between user-perceived ones; segmenting the whole text,
  // for every match of every row, was the largest cost of highlighting while typing.
  if (
    below0300(text, start - 1) &&
    below0300(text, start) &&
    below0300(text, end - 1) &&
    below0300(text, end)
  ) {
    return [start, end];
  }
  const segments = graphemes.segment(text);
  const first = segments.containing(start);
  const last = segments.containing(end - 1);
  return [first?.index ?? start, last ? last.index + last.segment.length : end];
}

/** The ranges (UTF-16, on character boundaries of text) that match a term, sorted and merged. */
export function highlightRanges(text: string, terms: readonly HighlightTerm[]): [number, number][] {
  if (terms.length === 0 || !text) return [];
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const term of terms) {
    if (term.cjk) continue;
    if (term.prefix) prefixes.push(term.text);
    else exact.add(term.text);
  }
  const hasCjk = terms.some((t) => t.cjk);
  const ranges: [number, number][] = [];
  scanTokens(text, (token, start, end, cjk) => {
    if (cjk) {
      if (hasCjk) ranges.push(...cjkRanges(text.slice(start, end), start, terms));
      return;
    }
    if (exact.has(token) || prefixes.some((p) => token.startsWith(p))) ranges.push([start, end]);
  });
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges.map((r) => wholeCharacters(text, r))) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** Text cut into plain and matched parts; joined, the parts are exactly the original text. */
export function splitHighlights(text: string, terms: readonly HighlightTerm[]): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const [start, end] of highlightRanges(text, terms)) {
    if (start > at) parts.push({ text: text.slice(at, start), match: false });
    parts.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at), match: false });
  return parts;
}
