import { AMERICAS_AFRICA } from './countries-americas-africa.ts';
import { ASIA_PACIFIC } from './countries-asia-pacific.ts';
import type { Country } from './country.ts';
import { EUROPE } from './countries-europe.ts';

export const COUNTRIES: readonly Country[] = [...ASIA_PACIFIC, ...EUROPE, ...AMERICAS_AFRICA];

const BY_CODE = new Map(COUNTRIES.map((country) => [country.code, country]));

export function countryByCode(code: string): Country {
  const country = BY_CODE.get(code);
  if (!country) throw new Error(`no counterpart country ${code}`);
  return country;
}
