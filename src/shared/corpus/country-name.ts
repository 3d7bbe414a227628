import type { CountryInfo } from './corpus-schema.ts';

/** A country's display name from the corpus's table; the code itself when the table lacks it. */
export function countryName(
  corpus: { countries: ReadonlyMap<string, CountryInfo> },
  code: string,
): string {
  return corpus.countries.get(code)?.name ?? code;
}
