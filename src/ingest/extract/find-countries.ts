import {
  GIVEN_NAME_COUNTRIES,
  US_AMBIGUOUS_ADJECTIVES,
  US_STATE_NAMES,
} from './country-aliases.ts';
import { countryNames } from './country-names.ts';
import type { PhraseMatch } from './phrase-matcher.ts';
import { PORTFOLIO_WORDS, ROLE_HEADS, ROLE_MODIFIERS } from './role-words.ts';
import { isCapitalized, joinsPhrase, gapAfter, type Token } from './tokenize.ts';

// Words after "Indian" that make it India's: a title, or the state and its people.
const NATIONAL_CONTEXT = new Set(
  'Foreign External National Defence Defense Embassy government Government counterpart counterparts officials people Navy Army'.split(
    ' ',
  ),
);

function beforeTitle(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i]?.text ?? '';
  return ROLE_HEADS.has(next) || ROLE_MODIFIERS.has(next) || NATIONAL_CONTEXT.has(next);
}

/** "Ambassador to …", "Minister of Foreign Affairs of …": the word at i follows a title. */
function complementsTitle(tokens: readonly Token[], i: number): boolean {
  const preposition = tokens[i - 1]?.text ?? '';
  const title = tokens[i - 2]?.text ?? '';
  return (
    (preposition === 'to' || preposition === 'of') &&
    (ROLE_HEADS.has(title) || PORTFOLIO_WORDS.has(title))
  );
}

export type CountrySpan = PhraseMatch<string>;

/** Whether a one-word match is really a person's given name or, in a US release, a state. */
function isFalseCountry(
  text: string,
  tokens: readonly Token[],
  match: PhraseMatch<string | null>,
  sourceCountry: string | undefined,
): boolean {
  if (match.end - match.start !== 1) return false;
  const word = tokens[match.start]?.text ?? '';
  if (sourceCountry === 'US' && US_STATE_NAMES.has(word)) return true;
  if (sourceCountry === 'US' && US_AMBIGUOUS_ADJECTIVES.has(word)) {
    return !beforeTitle(tokens, match.end);
  }
  if (GIVEN_NAME_COUNTRIES.has(word)) {
    // "Ambassador to Jordan Henry Cole": a title's complement is the country itself.
    if (complementsTitle(tokens, match.start)) return false;
    const next = tokens[match.end];
    return !!next && isCapitalized(next.text) && joinsPhrase(gapAfter(text, tokens, match.start));
  }
  return false;
}

/** Country mentions in one normalized paragraph, left to right. */
export function findCountrySpans(
  text: string,
  tokens: readonly Token[],
  sourceCountry: string | undefined,
): CountrySpan[] {
  const spans: CountrySpan[] = [];
  for (const match of countryNames().matcher.findAll(text, tokens)) {
    const code = match.value;
    if (code === null || isFalseCountry(text, tokens, match, sourceCountry)) continue;
    spans.push({ start: match.start, end: match.end, value: code });
  }
  return spans;
}
