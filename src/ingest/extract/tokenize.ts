/** A word of the text and where it sits, so that callers can slice names as written. */
export type Token = {
  text: string;
  start: number;
  end: number;
};

/*
 * Alternatives, in order: dotted abbreviations (U.S., U.K.), name suffixes and
 * honorifics with their dot, an initial followed by a space ("L. Avery"), the
 * possessive "'s" as a token of its own (so "Japan's" yields "Japan"), and words
 * that may hold an inner apostrophe ("d'Ivoire", "O'Brien"). Hyphens separate
 * tokens: "Korea-Japan" is two countries, and name parsing rejoins "Tae-yul".
 */
const TOKEN =
  /\p{Lu}\.(?:\p{Lu}\.)+|\b(?:Jr|Sr|Dr|Mr|Mrs|Ms|St)\.|\p{Lu}\.(?= )|'s\b|[\p{L}\p{M}\p{N}]+(?:'(?!s\b)[\p{L}\p{M}\p{N}]+)*/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** The characters between token i and token i + 1 ("" when i is the last). */
export function gapAfter(text: string, tokens: readonly Token[], i: number): string {
  const here = tokens[i];
  const next = tokens[i + 1];
  if (!here || !next) return '';
  return text.slice(here.end, next.start);
}

/** Words of a multi-word phrase may be joined by one space or a hyphen, never by punctuation. */
export function joinsPhrase(gap: string): boolean {
  return gap === ' ' || gap === '-' || gap === '';
}

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}
