import { gapAfter, joinsPhrase, tokenize, type Token } from './tokenize.ts';

type Entry<T> = { words: string[]; value: T };

export type PhraseMatch<T> = { start: number; end: number; value: T };

/**
 * Finds known multi-word phrases in tokenized text with one Map lookup per
 * token, longest phrase first: the cost grows with the length of the text, not
 * with the number of phrases (there are a few thousand country spellings).
 * Phrases are tokenized like the text, so "People's" or "Guinea-Bissau" match
 * however the tokenizer splits them.
 */
export class PhraseMatcher<T> {
  private readonly byFirstWord = new Map<string, Entry<T>[]>();

  add(phrase: string, value: T): void {
    const words = tokenize(phrase).map((token) => token.text);
    const first = words[0];
    if (first === undefined) return;
    const entries = this.byFirstWord.get(first) ?? [];
    if (entries.some((entry) => entry.words.join(' ') === words.join(' '))) return;
    entries.push({ words, value });
    entries.sort((a, b) => b.words.length - a.words.length);
    this.byFirstWord.set(first, entries);
  }

  /** The longest phrase that starts at token i, if any. */
  matchAt(text: string, tokens: readonly Token[], i: number): PhraseMatch<T> | undefined {
    const first = tokens[i];
    if (!first) return undefined;
    const entries = this.byFirstWord.get(first.text);
    if (!entries) return undefined;
    for (const entry of entries) {
      if (this.wordsMatch(text, tokens, i, entry.words)) {
        return { start: i, end: i + entry.words.length, value: entry.value };
      }
    }
    return undefined;
  }

  /** Every non-overlapping phrase, scanning left to right. */
  findAll(text: string, tokens: readonly Token[]): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    let i = 0;
    while (i < tokens.length) {
      const match = this.matchAt(text, tokens, i);
      if (match) {
        found.push(match);
        i = match.end;
      } else {
        i += 1;
      }
    }
    return found;
  }

  private wordsMatch(
    text: string,
    tokens: readonly Token[],
    i: number,
    words: readonly string[],
  ): boolean {
    for (let k = 1; k < words.length; k += 1) {
      if (tokens[i + k]?.text !== words[k]) return false;
      if (!joinsPhrase(gapAfter(text, tokens, i + k - 1))) return false;
    }
    return true;
  }
}
