import type { Paragraph } from './paragraph-spans.ts';
import {
  INSTITUTION_WORDS,
  NAME_PARTICLES,
  NAME_STOPS,
  NAME_SUFFIXES,
  PORTFOLIO_WORDS,
  ROLE_HEADS,
  ROLE_MODIFIERS,
} from './role-words.ts';
import { gapAfter } from './tokenize.ts';

export type NameSpan = {
  /** As written: "Martin L. Avery, Jr.", "Han Seo-jun". */
  text: string;
  /** The words that identify the person, without initials, particles and suffixes. */
  keys: string[];
  end: number;
};

const MONTHS = new Set(
  'January February March April May June July August September October November December'.split(
    ' ',
  ),
);
const MAX_WORDS = 5;
// Courtesy titles between a role and a name are not part of the name, nor is a nominee's
// status ("Secretary of Energy Nominee Jennifer Granholm").
const HONORIFICS = new Set([
  'Dr.',
  'Mr.',
  'Mrs.',
  'Ms.',
  'Cardinal',
  'Sheikh',
  'Sir',
  'Dame',
  'Nominee',
  'Designate',
]);

function isNameWord(p: Paragraph, i: number): boolean {
  const word = p.tokens[i]?.text ?? '';
  if (!/^\p{Lu}[\p{Ll}\p{M}']/u.test(word)) return false;
  if (NAME_STOPS.has(word) || ROLE_HEADS.has(word) || ROLE_MODIFIERS.has(word)) return false;
  if (PORTFOLIO_WORDS.has(word)) return false;
  if (p.countryStartingAt.has(i) || p.organizationStartingAt.has(i)) return false;
  // "June 4" is a date; "June Kim" may be a person.
  return !(MONTHS.has(word) && /^\d/.test(p.tokens[i + 1]?.text ?? ''));
}

/** Last token index of a word and its hyphenated continuations ("Tae-yul", "al-Sisi"). */
function hyphenatedEnd(p: Paragraph, i: number): number {
  let end = i;
  while (
    gapAfter(p.text, p.tokens, end) === '-' &&
    /^[\p{L}\p{M}]/u.test(p.tokens[end + 1]?.text ?? '')
  ) {
    end += 1;
  }
  return end;
}

/**
 * Whether the words after a name go on to name an institution ("Director of the United States
 * Fish and Wildlife Service", "the Bilateral Consultative Commission"): then it was no name.
 * Only a one-word name reads on past "and": "Ambassador Alexandre Garcia and Barkhane Force
 * Commander…" names a person and a force.
 */
function opensInstitution(p: Paragraph, end: number, words: number): boolean {
  const joins = (word: string) => words === 1 && (word === 'and' || word === '&');
  for (let i = end; i < end + 4 && i < p.tokens.length; i += 1) {
    const word = p.tokens[i]?.text ?? '';
    if (gapAfter(p.text, p.tokens, i - 1) !== ' ') return false;
    if (INSTITUTION_WORDS.has(word)) return true;
    if (!joins(word) && !/^\p{Lu}/u.test(word)) return false;
  }
  return false;
}

/** The capitalized name that starts at token index start, if one does. */
export function parseName(p: Paragraph, from: number): NameSpan | undefined {
  if (from > 0 && gapAfter(p.text, p.tokens, from - 1) !== ' ') return undefined;
  let start = from;
  while (HONORIFICS.has(p.tokens[start]?.text ?? '') && gapAfter(p.text, p.tokens, start) === ' ') {
    start += 1;
  }
  const keys: string[] = [];
  let end = start;
  let i = start;
  while (i < p.tokens.length && keys.length < MAX_WORDS) {
    const token = p.tokens[i];
    if (!token) break;
    if (i > start) {
      const gap = gapAfter(p.text, p.tokens, i - 1);
      if (keys.length > 0 && NAME_SUFFIXES.has(token.text) && (gap === ' ' || gap === ', ')) {
        end = i + 1;
        break;
      }
      if (gap !== ' ') break;
    }
    if (/^\p{Lu}\.$/u.test(token.text)) {
      i += 1;
      continue;
    }
    const particle = NAME_PARTICLES.has(token.text);
    if (particle && keys.length === 0) break;
    if (!particle || gapAfter(p.text, p.tokens, i) === '-') {
      if (!particle && !isNameWord(p, i)) break;
      const last = hyphenatedEnd(p, i);
      keys.push(p.text.slice(token.start, p.tokens[last]?.end));
      i = last + 1;
      end = i;
      continue;
    }
    i += 1;
  }
  const first = p.tokens[start];
  const final = p.tokens[end - 1];
  if (keys.length === 0 || !first || !final) return undefined;
  if (keys.some((key) => INSTITUTION_WORDS.has(key)) || opensInstitution(p, end, keys.length))
    return undefined;
  return { text: p.text.slice(first.start, final.end), keys, end };
}
