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
