import type { CountryInfo } from '../../shared/corpus/corpus-schema.ts';
import { countryNames } from './country-names.ts';

/*
 * Display names follow world-countries' common English name, with a few
 * exceptions for the forms diplomatic readers expect. South Korea stays
 * "South Korea" (not "Republic of Korea"): in facet lists it sits next to
 * "North Korea", and the two official names ("Republic of Korea",
 * "Democratic People's Republic of Korea") are easy to confuse at a glance;
 * both official names remain searchable as aliases.
 */
const DISPLAY_NAMES: Record<string, string> = {
  CI: "Côte d'Ivoire",
  CD: 'Democratic Republic of the Congo',
  CG: 'Republic of the Congo',
  CV: 'Cabo Verde',
  VA: 'Holy See',
};

/** For each code, the name to show and the other names a reader may type to find it. */
export function countryTable(codes: readonly string[]): Record<string, CountryInfo> {
  const { spellings, commonNames } = countryNames();
  const table: Record<string, CountryInfo> = {};
  for (const code of [...new Set(codes)].sort()) {
    const name = DISPLAY_NAMES[code] ?? commonNames.get(code) ?? code;
    const aliases = [commonNames.get(code), ...(spellings.get(code) ?? [])].filter(
      (alias): alias is string => alias !== undefined && alias !== name,
    );
    table[code] = { name, aliases: [...new Set(aliases)] };
  }
  return table;
}
