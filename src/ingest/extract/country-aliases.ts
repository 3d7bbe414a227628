/**
 * Diplomatic usage that world-countries does not spell out. Each entry adds
 * phrases that name the country; a longer phrase always wins over a shorter
 * one inside it, so "North Korean" never also yields "Korean".
 */
export const COUNTRY_ALIASES: Record<string, readonly string[]> = {
  KR: ['Korea', 'Korean', 'ROK', 'R.O.K.', 'Republic of Korea'],
  KP: ['DPRK', 'D.P.R.K.', 'North Korea', 'North Korean', 'North Koreans'],
  US: ['U.S.', 'US', 'USA', 'U.S.A.', 'United States', 'America', 'Americans'],
  GB: ['UK', 'U.K.', 'Britain', 'British', 'Great Britain', 'Northern Ireland'],
  TR: ['Türkiye', 'Turkiye', 'Turkey', 'Turkish'],
  VN: ['Viet Nam', 'Vietnam'],
  CZ: ['Czechia', 'Czech Republic'],
  RU: ['Russia', 'Russian', 'Russians'],
  CN: ['PRC', 'China', 'Chinese', "People's Republic of China"],
  TW: ['Taiwan', 'Chinese Taipei'],
  MM: ['Burma', 'Burmese', 'Myanmar'],
  CV: ['Cabo Verde', 'Cape Verdean'],
  CI: ["Côte d'Ivoire", "Cote d'Ivoire"],
  DO: ['Dominican Republic', 'Dominican'],
  PH: ['Philippine'],
  SI: ['Slovenian'],
  BA: ['Bosnia', 'Bosnian'],
  EC: ['Ecuadorian'],
  KG: ['Kyrgyz'],
  KZ: ['Kazakh'],
  TJ: ['Tajik'],
  UZ: ['Uzbek'],
  VA: ['Holy See'],
  MK: ['North Macedonian'],
  NL: ['the Netherlands'],
  AE: ['U.A.E.'],
  GE: ['Republic of Georgia', 'Georgian'],
};

/** Aliases above that are adjectives: "U.S. Harbor Office" is not a place called U.S. */
export const ADJECTIVE_ALIASES: readonly string[] = [
  'Korean',
  'North Korean',
  'U.S.',
  'US',
  'U.K.',
  'UK',
  'British',
  'Turkish',
  'Russian',
  'Chinese',
  'Burmese',
  'Cape Verdean',
  'Dominican',
  'Philippine',
  'Slovenian',
  'Bosnian',
  'Ecuadorian',
  'Kyrgyz',
  'Kazakh',
  'Tajik',
  'Uzbek',
  'North Macedonian',
  'Georgian',
];

/**
 * Phrases that contain a country word but name no country: regions, a US state,
 * bodies of water. Matching them first keeps "New Mexico" from yielding Mexico.
 */
export const NOT_COUNTRIES: readonly string[] = [
  'New Mexico',
  'Korean Peninsula',
  'Indian Ocean',
  'Indian Country',
  'Indian Affairs',
  'Indian Health Service',
  'American Indian',
  'American Indians',
  'Latin America',
  'Latin American',
  'Central America',
  'Central American',
  'South America',
  'South American',
  'North America',
  'North American',
  'Latin Americans',
];

/**
 * Spellings in world-countries that are ordinary English words or ambiguous:
 * "Island" (Iceland) would fire on every "Jeju Island"; "Congolese" and
 * "Dominican" name two countries each (Dominican is re-added for the Republic).
 */
export const SKIPPED_SPELLINGS: ReadonlySet<string> = new Set([
  'Island',
  'Congolese',
  'Dominican',
  'Prathet',
  'Timor',
  'Dominique',
]);

/** Countries whose name is also a given name: skipped when a capitalized surname follows. */
export const GIVEN_NAME_COUNTRIES: ReadonlySet<string> = new Set(['Chad', 'Jordan', 'Georgia']);

/** In a US release "Georgia" is almost always the state: only longer forms count there. */
export const US_STATE_NAMES: ReadonlySet<string> = new Set(['Georgia']);

/**
 * In a US release "Indian" is mostly domestic ("Indian Country", "Indian Health
 * Service", tribal nations): it counts for India only as a title's qualifier,
 * "Indian Prime Minister", "Indian National Security Advisor".
 */
export const US_AMBIGUOUS_ADJECTIVES: ReadonlySet<string> = new Set(['Indian']);

/** Territories kept alongside independent states, because diplomatic text treats them apart. */
export const EXTRA_TERRITORIES: ReadonlySet<string> = new Set(['TW', 'PS', 'XK', 'HK', 'MO', 'EH']);
