import { highlightRanges, type HighlightTerm } from './highlight-ranges.ts';

export type Snippet = { text: string; cutBefore: boolean; cutAfter: boolean };

const LEAD = 60;
const MARK = /\p{M}/u;

/** Moves a cut point back to the start of a character: never inside a pair or before a mark. */
function characterStart(text: string, at: number): number {
  let i = Math.max(0, Math.min(at, text.length));
  while (i > 0 && i < text.length) {
    const code = text.charCodeAt(i);
    const isLowSurrogate = code >= 0xdc00 && code <= 0xdfff;
    if (!isLowSurrogate && !MARK.test(String.fromCodePoint(text.codePointAt(i)!))) break;
    i -= 1;
  }
  return i;
}

/** A cut point near at: after a space within reach, else the nearest character start. */
function cutPoint(text: string, at: number, direction: 1 | -1): number {
  if (at <= 0) return 0;
  if (at >= text.length) return text.length;
  for (let d = 0; d < 25; d += 1) {
    const i = at + d * direction;
    if (i <= 0 || i >= text.length) break;
    if (/\s/.test(text[i]!)) return direction === 1 ? i + 1 : i;
  }
  return characterStart(text, at);
}

const ASCII_TEXT = /^[^\u0080-\uffff]*$/;
const ASCII_WORD_CHAR = /[a-z0-9]/;

/**
 * False when a plain-ASCII paragraph cannot hold a match: no term occurs where a word starts
 * (and, for a whole word, ends). Tokenizing every paragraph of twenty bodies for each key was
 * most of a snippet's cost; a string search rules most of them out first.
 */
function mayMatch(paragraph: string, terms: readonly HighlightTerm[]): boolean {
  if (!ASCII_TEXT.test(paragraph)) return true;
  const lower = paragraph.toLowerCase();
  for (const term of terms) {
    if (term.cjk || !term.text) continue;
    for (let at = lower.indexOf(term.text); at !== -1; at = lower.indexOf(term.text, at + 1)) {
      const before = lower[at - 1] ?? ' ';
      const after = lower[at + term.text.length] ?? ' ';
      if (!ASCII_WORD_CHAR.test(before) && (term.prefix || !ASCII_WORD_CHAR.test(after))) {
        return true;
      }
    }
  }
  return false;
}

/** A passage of about maxLength characters around the first match in the body. */
export function makeSnippet(
  paragraphs: readonly string[],
  terms: readonly HighlightTerm[],
  maxLength = 240,
): Snippet | null {
  let paragraph = paragraphs.find((p) => p.trim());
  let matchAt = 0;
  if (terms.length > 0) {
    for (const p of paragraphs) {
      if (!mayMatch(p, terms)) continue;
      const first = highlightRanges(p, terms)[0];
      if (first) {
        paragraph = p;
        matchAt = first[0];
        break;
      }
    }
  }
  if (paragraph === undefined) return null;
  if (paragraph.length <= maxLength) return { text: paragraph, cutBefore: false, cutAfter: false };
  let start = matchAt > LEAD ? cutPoint(paragraph, matchAt - LEAD, 1) : 0;
  if (start > matchAt) start = characterStart(paragraph, matchAt);
  const end = cutPoint(paragraph, start + maxLength, -1);
  return {
    text: paragraph.slice(start, Math.max(end, start)).trim(),
    cutBefore: start > 0,
    cutAfter: end < paragraph.length,
  };
}

/**
 * The opening of a body, as catalogue records carry it for result rows: the passage a search
 * with no words shows, with an ellipsis where it was cut. At most LEAD_MAX_LENGTH characters.
 */
export function leadOf(paragraphs: readonly string[]): string | undefined {
  const snippet = makeSnippet(paragraphs, []);
  if (!snippet) return undefined;
  return snippet.cutAfter ? `${snippet.text} …` : snippet.text;
}
