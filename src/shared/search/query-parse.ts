import { isHangul, scanTokens } from './tokenize.ts';

/** The query words considered; a pasted page of text must not turn into a thousand lookups. */
export const MAX_QUERY_WORDS = 12;
/** Longer tokens are cut: no term is this long, and Fuse's fuzzy pattern stops at 32. */
const MAX_WORD_LENGTH = 48;

export const FIELD_NAMES = ['country', 'person', 'type', 'source', 'year'] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

export type QueryWord = {
  /** Folded, as the index stores terms. */
  text: string;
  cjk: boolean;
  /** The word may be the start of a longer one: the word being typed, or Hangul with particles. */
  prefix: boolean;
};

export type FieldTerm = { field: FieldName; value: string };

export type ParsedQuery = { words: QueryWord[]; fields: FieldTerm[]; truncated: boolean };

// `country:JP`, `person:"Cho Tae-yul"`; an unclosed quote runs to the end (it is being typed).
const FIELD_RE = /(^|\s)(country|person|type|source|year):(?:"([^"]*)"?|(\S+))/giu;

/** Splits the text of the search box into words and field terms. */
export function parseQuery(raw: string): ParsedQuery {
  const fields: FieldTerm[] = [];
  const rest = raw.replace(
    FIELD_RE,
    (_m, lead: string, name: string, quoted?: string, bare?: string) => {
      const value = (quoted ?? bare ?? '').trim();
      if (value) fields.push({ field: name.toLowerCase() as FieldName, value });
      return `${lead} `;
    },
  );
  // A word is complete once a space or closing quote follows it.
  const typingLastWord = /[\p{L}\p{N}\p{M}]$/u.test(rest);
  const words: QueryWord[] = [];
  const seen = new Set<string>();
  let count = 0;
  let truncated = false;
  let lastEnd = -1;
  scanTokens(rest, (text, _start, end, cjk) => {
    count += 1;
    if (words.length >= MAX_QUERY_WORDS) {
      truncated = true;
      return;
    }
    lastEnd = end;
    const word = text.slice(0, MAX_WORD_LENGTH);
    const key = `${word}|${cjk}`;
    if (seen.has(key)) return;
    seen.add(key);
    words.push({ text: word, cjk, prefix: isHangul(word) });
  });
  const last = words.at(-1);
  if (last && typingLastWord && !truncated && lastEnd === rest.length) last.prefix = true;
  return { words, fields, truncated: truncated || count > MAX_QUERY_WORDS };
}
