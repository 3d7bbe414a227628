import countries from 'world-countries';

// Forms that issuers use but world-countries does not list.
const EXTRA_NAMES: Record<string, string> = {
  korea: 'KR',
  'united states': 'US',
  'united states of america': 'US',
  'viet nam': 'VN',
  turkiye: 'TR',
  'russian federation': 'RU',
};

function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘]/g, "'")
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

let byName: Map<string, string> | undefined;

function names(): Map<string, string> {
  if (byName) return byName;
  byName = new Map(Object.entries(EXTRA_NAMES));
  for (const country of countries) {
    // Short alternative spellings ("KR", "UK") are codes, not names an issuer writes out.
    const forms = [country.name.common, country.name.official, ...country.altSpellings];
    for (const form of forms.filter((f) => f.length > 3)) {
      const key = nameKey(form);
      if (!byName.has(key)) byName.set(key, country.cca2);
    }
  }
  return byName;
}

/**
 * The country of an issuer: the longest tail after an "of" that names a country ("Ministry of
 * Foreign Affairs of the Republic of Korea"), else the part after the last comma ("Department of
 * Foreign Affairs and Trade, Australia"), else a country name ending it ("Global Affairs Canada").
 * Undefined when none does.
 */
export function sourceCountryOf(source: string): string | undefined {
  const parts = source.split(/\s+of\s+/i);
  for (let i = 1; i < parts.length; i += 1) {
    const code = names().get(nameKey(parts.slice(i).join(' of ')));
    if (code) return code;
  }
  const afterComma = source.split(',').at(-1);
  if (afterComma && afterComma !== source) {
    const code = names().get(nameKey(afterComma));
    if (code) return code;
  }
  const words = source.trim().split(/\s+/);
  for (let n = Math.min(3, words.length - 1); n >= 1; n -= 1) {
    const code = names().get(nameKey(words.slice(-n).join(' ')));
    if (code) return code;
  }
  return undefined;
}
