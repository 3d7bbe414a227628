import { describe, expect, it } from 'vitest';
import { countryTable } from '../../src/ingest/extract/country-table.ts';
import { factsOf } from './extract-fixture.ts';

function countriesIn(text: string, sourceCountry?: string): string[] {
  return factsOf(text, sourceCountry ? { sourceCountry } : {}).countries;
}

describe('countries: names, official names and adjectives', () => {
  it.each([
    ['Japanese delegates arrived.', ['JP']],
    ['North Korean missiles were discussed.', ['KP']],
    ['The Democratic People’s Republic of Korea was discussed.', ['KP']],
    ['They discussed Korea-Japan relations.', ['JP', 'KR']],
    ['The ROK and the U.S. agreed.', ['KR', 'US']],
    ['Officials from Viet Nam, Türkiye and Czechia met.', ['CZ', 'TR', 'VN']],
    ['Turkish and British officials met Russian envoys.', ['GB', 'RU', 'TR']],
    ['The PRC responded to Chinese Taipei.', ['CN', 'TW']],
    ["Côte d'Ivoire and Papua New Guinea signed.", ['CI', 'PG']],
    ['Talks with the Republic of Georgia and Georgian officials.', ['GE']],
  ])('%s', (text, codes) => {
    expect(countriesIn(text)).toEqual(codes);
  });

  it('always includes the source country and sorts the codes', () => {
    expect(countriesIn('Canadian and Mexican officials met.', 'KR')).toEqual(['CA', 'KR', 'MX']);
  });
});

describe('countries: traps', () => {
  it.each([
    ['a US state in a US release', 'The Governor of Georgia visited Atlanta, Georgia.', 'US'],
    ['New Mexico', 'Relief reached New Mexico and Washington.', 'US'],
    ['the EU, an organization', 'The EU and the European Commission agreed.', 'KR'],
    ['a given name', 'Chad Morrow and Jordan Ellis led the panel.', 'KR'],
    ['a region', 'Peace on the Korean Peninsula and in Latin America.', 'JP'],
    [
      'tribal nations in a US release',
      'Funding for Indian Country and Indian Health programs.',
      'US',
    ],
    ['an island', 'The ministers met on Jeju Island.', 'KR'],
  ])('%s', (_label, text, source) => {
    expect(countriesIn(text, source)).toEqual([source]);
  });

  it('counts Georgia in a release from anywhere but the US', () => {
    expect(countriesIn('Delegates from Georgia arrived.', 'KR')).toEqual(['GE', 'KR']);
  });

  it('counts "Indian" in a US release when it qualifies a title', () => {
    expect(countriesIn('He met Indian Foreign Secretary Rohan Mehta.', 'US')).toEqual(['IN', 'US']);
  });
});

describe('organizations', () => {
  it('match names and aliases, deduplicated and sorted', () => {
    const facts = factsOf(
      'At the UN, the EU, NATO and the G7 met; the United Nations Security Council and the WHO joined, as did the European Union.',
    );
    expect(facts.organizations).toEqual([
      'European Union',
      'G7',
      'NATO',
      'UN Security Council',
      'United Nations',
      'World Health Organization',
    ]);
  });

  it('ignore lowercase words and national bodies', () => {
    const facts = factsOf('They asked who would chair the National Security Council quad meeting.');
    expect(facts.organizations).toEqual([]);
  });
});

describe('countryTable', () => {
  const table = countryTable(['KR', 'JP', 'KP', 'KR']);

  it('has one entry per code, with a display name', () => {
    expect(Object.keys(table)).toEqual(['JP', 'KP', 'KR']);
    expect(table['KR']?.name).toBe('South Korea');
    expect(table['KP']?.name).toBe('North Korea');
  });

  it('lists the words a reader may type: adjectives, official names, diplomatic aliases', () => {
    expect(table['JP']?.aliases).toContain('Japanese');
    expect(table['KR']?.aliases).toEqual(
      expect.arrayContaining(['Republic of Korea', 'ROK', 'Korea', 'Korean']),
    );
    expect(table['KP']?.aliases).toEqual(expect.arrayContaining(['DPRK', 'North Korean']));
    expect(table['KR']?.aliases).not.toContain('South Korea');
  });
});
