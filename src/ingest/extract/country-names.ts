import countries from 'world-countries';
import {
  ADJECTIVE_ALIASES,
  COUNTRY_ALIASES,
  EXTRA_TERRITORIES,
  NOT_COUNTRIES,
  SKIPPED_SPELLINGS,
} from './country-aliases.ts';
import { PhraseMatcher } from './phrase-matcher.ts';

export type CountryNames = {
  /** Phrase → alpha-2 code; null marks a phrase that names no country ("New Mexico"). */
  matcher: PhraseMatcher<string | null>;
  /** Every spelling per code, in the order a reader would recognise them. */
  spellings: Map<string, string[]>;
  commonNames: Map<string, string>;
  /** Spellings that are adjectives ("Japanese", "U.S."), as opposed to names of places. */
  adjectives: Set<string>;
};

// Native-script spellings (조선, 中华) are not what English releases write or readers type.
const LATIN = /^[\p{Script=Latin}\p{M}\p{N} .'()-]+$/u;

function usable(spelling: string, code: string): boolean {
  return (
    spelling !== code &&
    !spelling.includes(',') &&
    !SKIPPED_SPELLINGS.has(spelling) &&
    LATIN.test(spelling)
  );
}

function build(): CountryNames {
  const spellings = new Map<string, string[]>();
  const commonNames = new Map<string, string>();
  const adjectives = new Set<string>(ADJECTIVE_ALIASES);
  for (const country of countries) {
    const code = country.cca2;
    if (!country.independent && !EXTRA_TERRITORIES.has(code)) continue;
    commonNames.set(code, country.name.common);
    const demonyms = country.demonyms['eng'];
    if (demonyms) adjectives.add(demonyms.m).add(demonyms.f);
    const all = [
      country.name.common,
      country.name.official,
      ...(demonyms ? [demonyms.m, demonyms.f] : []),
      ...country.altSpellings,
      ...(COUNTRY_ALIASES[code] ?? []),
    ];
    spellings.set(code, [...new Set(all.filter((spelling) => usable(spelling, code)))]);
  }
  const matcher = new PhraseMatcher<string | null>();
  for (const phrase of NOT_COUNTRIES) matcher.add(phrase, null);
  // Hand-written aliases first: PhraseMatcher keeps the first value for a phrase.
  for (const [code, aliases] of Object.entries(COUNTRY_ALIASES)) {
    for (const alias of aliases) matcher.add(alias, code);
  }
  for (const [code, names] of spellings) {
    for (const name of names) matcher.add(name, code);
  }
  return { matcher, spellings, commonNames, adjectives };
}

let cached: CountryNames | undefined;

/** Built on first use and kept: the ingest calls this once per release. */
export function countryNames(): CountryNames {
  cached ??= build();
  return cached;
}

export function isAdjectival(spelling: string): boolean {
  return countryNames().adjectives.has(spelling);
}
