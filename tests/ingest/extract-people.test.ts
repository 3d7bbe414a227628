import { describe, expect, it } from 'vitest';
import { factsOf, namesOf } from './extract-fixture.ts';

describe('people: titles and names', () => {
  it.each([
    [
      'Minister of Foreign Affairs Han Seo-jun spoke.',
      'Han Seo-jun',
      'Minister of Foreign Affairs',
      'KR',
    ],
    [
      'Japanese Minister for Foreign Affairs Mori Haruto spoke.',
      'Mori Haruto',
      'Minister for Foreign Affairs',
      'JP',
    ],
    ['Prime Minister Okada Ren of Japan spoke.', 'Okada Ren', 'Prime Minister', 'JP'],
    ['President Park Min-ho of the Republic of Korea spoke.', 'Park Min-ho', 'President', 'KR'],
    ['U.S. Secretary of State Dana Whitfield spoke.', 'Dana Whitfield', 'Secretary of State', 'US'],
    ['Chancellor Lukas Brenner of Germany spoke.', 'Lukas Brenner', 'Chancellor', 'DE'],
    [
      'Foreign Minister Tessa Quinlan of Australia spoke.',
      'Tessa Quinlan',
      'Foreign Minister',
      'AU',
    ],
    [
      'First Vice Minister of Foreign Affairs Yoo Ji-an spoke.',
      'Yoo Ji-an',
      'First Vice Minister of Foreign Affairs',
      'KR',
    ],
    [
      'National Security Advisor Colin Marsh spoke.',
      'Colin Marsh',
      'National Security Advisor',
      'KR',
    ],
    [
      'Director-General for North American Affairs Seo Da-eun spoke.',
      'Seo Da-eun',
      'Director-General for North American Affairs',
      'KR',
    ],
    ["Japan's Foreign Minister Aoki Ren spoke.", 'Aoki Ren', 'Foreign Minister', 'JP'],
    [
      'Minister of Economy, Trade and Industry Ueda Sho spoke.',
      'Ueda Sho',
      'Minister of Economy, Trade and Industry',
      'KR',
    ],
    [
      'Crown Prince Faisal bin Khalid Al Rami of Kuwait spoke.',
      'Faisal bin Khalid Al Rami',
      'Crown Prince',
      'KW',
    ],
    [
      'Special Presidential Envoy for Climate Nora Bell spoke.',
      'Nora Bell',
      'Special Presidential Envoy for Climate',
      'KR',
    ],
  ])('%s', (text, name, role, country) => {
    expect(factsOf(text, { sourceCountry: 'KR' }).people).toEqual([
      expect.objectContaining({ name, role, country }),
    ]);
  });

  it("leaves a nominee's status out of the name", () => {
    const facts = factsOf('Secretary of Energy Nominee Carla Benn spoke.', { sourceCountry: 'US' });
    expect(facts.people).toEqual([
      { id: 'carla-benn', name: 'Carla Benn', role: 'Secretary of Energy', country: 'US' },
    ]);
  });

  it('keeps initials and suffixes in the name: "President Martin L. Avery, Jr."', () => {
    const facts = factsOf('President Martin L. Avery, Jr. spoke with reporters.', {
      sourceCountry: 'US',
    });
    expect(facts.people).toEqual([
      { id: 'martin-l-avery-jr', name: 'Martin L. Avery, Jr.', role: 'President', country: 'US' },
    ]);
  });

  it('gives international officials no country, and ambassadors to the issuer not the issuer’s', () => {
    const facts = factsOf(
      'UN Secretary-General Ana Ribeiro and Ambassador to Korea Paul Hendry attended.',
      { sourceCountry: 'KR' },
    );
    expect(facts.people).toEqual([
      { id: 'ana-ribeiro', name: 'Ana Ribeiro', role: 'UN Secretary-General' },
      { id: 'paul-hendry', name: 'Paul Hendry', role: 'Ambassador to Korea' },
    ]);
  });

  it('does not give a US release its own Prime Minister', () => {
    const facts = factsOf('Prime Minister Eitan Levy thanked the President.', {
      sourceCountry: 'US',
    });
    expect(facts.people).toEqual([
      { id: 'eitan-levy', name: 'Eitan Levy', role: 'Prime Minister' },
    ]);
  });

  it('folds accents in ids: the same person has the same id in every release', () => {
    const accented = factsOf('Foreign Minister José Núñez of Chile spoke.');
    const plain = factsOf('Foreign Minister Jose Nunez of Chile spoke.');
    expect(accented.people[0]?.id).toBe('jose-nunez');
    expect(plain.people[0]?.id).toBe('jose-nunez');
    expect(accented.people[0]?.name).toBe('José Núñez');
  });
});

describe('people: short references', () => {
  it('resolve to the person named in full and never become people of their own', () => {
    const facts = factsOf(
      'Minister of Foreign Affairs Han Seo-jun met Japanese Minister for Foreign Affairs Mori Haruto. Minister Han thanked Minister Mori, and the Prime Minister sent greetings.',
      { sourceCountry: 'KR' },
    );
    expect(namesOf(facts)).toEqual(['Han Seo-jun', 'Mori Haruto']);
  });

  it('take the country they carry to the person named in full', () => {
    const facts = factsOf(
      'President Ilse Varga spoke at the forum. Later, President Varga of Hungary met the press.',
    );
    expect(facts.people).toEqual([
      { id: 'ilse-varga', name: 'Ilse Varga', role: 'President', country: 'HU' },
    ]);
  });

  it('resolve even when the full name comes later, as in a title', () => {
    const facts = factsOf('President Avery spoke with President Martin L. Avery, Jr. present.', {
      sourceCountry: 'US',
    });
    expect(namesOf(facts)).toEqual(['Martin L. Avery, Jr.']);
  });

  it('stand alone only when a country pins them down', () => {
    const facts = factsOf('Prime Minister Okada of Japan met Minister Cho and President Lim.', {
      sourceCountry: 'KR',
    });
    expect(facts.people).toEqual([
      { id: 'okada', name: 'Okada', role: 'Prime Minister', country: 'JP' },
    ]);
  });

  it('merge two spellings of one name written with the same title', () => {
    const facts = factsOf('President Martin L. Avery, Jr. and later President Marty Avery spoke.', {
      sourceCountry: 'US',
    });
    expect(namesOf(facts)).toEqual(['Martin L. Avery, Jr.']);
  });
});

describe('people: no false people', () => {
  it.each([
    ['a title with no name', 'The Minister of Foreign Affairs said that talks went well.'],
    ['a lowercase word after the title', 'The President welcomed the agreement.'],
    ['a possessive title', "The Prime Minister's Office issued a notice."],
    ['a plural title', 'The two Foreign Ministers agreed on next steps.'],
    ['a country after the title', 'The Ambassador Japan sent was received.'],
    [
      'a month and day after the title',
      'The Minister of Foreign Affairs October 4 statement was read.',
    ],
    ['a body after "of the"', 'Reverend Sam Cole, President of the Harbor Civic Network, spoke.'],
    ['a company name', 'She thanked Harbor General Electric Ines Wu and the mayor.'],
    [
      'the start of an agency after a country',
      'Rosa Lind is Director of the United States Kelp and Harbor Service.',
    ],
    [
      'the start of a commission after a country',
      'He served as Chair of the United States Tideland Advisory Commission.',
    ],
  ])('%s', (_label, text) => {
    expect(factsOf(text, { sourceCountry: 'KR' }).people).toEqual([]);
  });

  it('keeps a named person before "and" an institution', () => {
    const facts = factsOf(
      'They met French Ambassador to Niger Odile Ravel and Harbor Force Commander Max Auer.',
      { sourceCountry: 'US' },
    );
    expect(namesOf(facts)).toContain('Odile Ravel');
  });

  it('does not run a name into the next Title Case word of a headline', () => {
    const facts = extractTitle(
      'Readout of National Security Advisor Colin Marsh Leading the Talks',
    );
    expect(namesOf(facts)).toEqual(['Colin Marsh']);
  });
});

function extractTitle(title: string) {
  return factsOf('', { title, sourceCountry: 'US' });
}
