/**
 * One tokenizer for the index, the query and the highlighter, so that whatever is found can
 * be marked. Tokens are runs of letters and digits with their combining marks, so a token
 * never ends inside a character; Han and kana runs (written without spaces) are kept apart
 * from other scripts and searched by character bigrams.
 */

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;
const ASCII_WORD_RE = /[a-z0-9]+/g;
// A base character, never a mark: Unicode 16 lists marks such as U+0323 (dot below) under
// Katakana too, and a decomposed "Ḅ" or Vietnamese "ạ" must stay one Latin word.
const CJK_CHAR = /(?!\p{M})[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]/u;
const CJK_SPLIT = /((?:(?!\p{M})[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]\p{M}*)+)/u;
const HANGUL = /\p{sc=Hangul}/u;
const ASCII = /^[^\u0080-\uffff]*$/;
// Latin, Greek and Cyrillic accents only: kana voicing marks change the word, so they stay.
// eslint-disable-next-line no-misleading-character-class -- ranges of lone combining marks are the point
const DIACRITICS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
const LETTERS_WITHOUT_DECOMPOSITION: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const SPECIAL_RE = /[ßæœøłđðþı]/g;
const NOT_WORD = /[^\p{L}\p{N}\p{M}]+/u;

/**
 * Compatibility forms (full-width letters, ligatures), case and Latin accents are folded;
 * Hangul is recomposed, so that composed and decomposed syllables compare equal.
 */
export function foldText(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(DIACRITICS, '')
    .replace(SPECIAL_RE, (c) => LETTERS_WITHOUT_DECOMPOSITION[c] ?? c)
    .normalize('NFC')
    .toLowerCase();
}

export function isCjk(term: string): boolean {
  return CJK_CHAR.test(term);
}

export function isHangul(term: string): boolean {
  return HANGUL.test(term);
}

/** A folded token and the UTF-16 range of the original text it came from. */
export type TokenVisitor = (term: string, start: number, end: number, cjk: boolean) => void;

/** Calls visit for every token of text, in order. */
export function scanTokens(text: string, visit: TokenVisitor): void {
  // Most text is plain ASCII: lower-case it once and skip the per-token checks.
  if (ASCII.test(text)) {
    for (const m of text.toLowerCase().matchAll(ASCII_WORD_RE)) {
      visit(m[0], m.index, m.index + m[0].length, false);
    }
    return;
  }
  for (const match of text.matchAll(WORD_RE)) {
    const raw = match[0];
    const start = match.index;
    if (ASCII.test(raw)) {
      visit(raw.toLowerCase(), start, start + raw.length, false);
      continue;
    }
    // Split Han/kana runs from their neighbours; odd parts of the split are the CJK runs.
    let offset = start;
    raw.split(CJK_SPLIT).forEach((part, i) => {
      if (!part) return;
      const end = offset + part.length;
      const folded = foldText(part);
      // Compatibility decomposition can introduce separators ("½" becomes "1⁄2").
      for (const piece of folded.split(NOT_WORD)) {
        if (piece) visit(piece, offset, end, i % 2 === 1);
      }
      offset = end;
    });
  }
}

const ASCII_SEPARATORS = /[^a-z0-9]+/;

/** The folded tokens of text without their positions: the index build's cheaper path. */
export function scanTerms(text: string, visit: (term: string, cjk: boolean) => void): void {
  if (!ASCII.test(text)) {
    scanTokens(text, (term, _s, _e, cjk) => visit(term, cjk));
    return;
  }
  for (const term of text.toLowerCase().split(ASCII_SEPARATORS)) if (term) visit(term, false);
}

/** Code-point bigrams of a CJK run, the unit its text is indexed by; one character stays whole. */
export function cjkGrams(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length < 2) return chars;
  const grams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i += 1) grams.push(`${chars[i]}${chars[i + 1]}`);
  return grams;
}

/** The index terms of a token. */
export function indexTerms(term: string, cjk: boolean): string[] {
  return cjk ? cjkGrams(term) : [term];
}
