import { describe, expect, it } from 'vitest';
import { factsOf, namesOf } from './extract-fixture.ts';

describe('people: titles with compound portfolios', () => {
  it.each([
    [
      'Cabinet Secretary for Foreign and Diaspora Affairs Amina Wekesa spoke.',
      'KE',
      { name: 'Amina Wekesa', role: 'Cabinet Secretary for Foreign and Diaspora Affairs' },
    ],
    [
      'Minister of Foreign Affairs and Expatriates Rami Haddad of Jordan spoke.',
      'KR',
      { name: 'Rami Haddad', role: 'Minister of Foreign Affairs and Expatriates', country: 'JO' },
    ],
    [
      'Minister of Foreign Affairs, European Union and Cooperation Inés Prado of Spain spoke.',
      'KR',
      {
        name: 'Inés Prado',
        role: 'Minister of Foreign Affairs, European Union and Cooperation',
        country: 'ES',
      },
    ],
    [
      'Minister of State at the Federal Foreign Office Jonas Weber spoke.',
      'DE',
      {
        name: 'Jonas Weber',
        role: 'Minister of State at the Federal Foreign Office',
        country: 'DE',
      },
    ],
  ])('%s', (text, sourceCountry, person) => {
    expect(factsOf(text, { sourceCountry }).people).toEqual([expect.objectContaining(person)]);
  });

  it('does not read the rest of an agency’s name as a person', () => {
    const facts = factsOf(
      'The Administrator of the Federal Motor Carrier Safety Administration spoke.',
      {
        sourceCountry: 'US',
      },
    );
    expect(facts.people).toEqual([]);
  });

  it('keeps a body that opens a new title out of the portfolio before it', () => {
    const facts = factsOf('She met Minister of Foreign Affairs, UN Secretary-General Pia Lund.');
    expect(facts.people).toEqual([
      expect.objectContaining({ name: 'Pia Lund', role: 'UN Secretary-General' }),
    ]);
  });
});

describe('people: countries written with "the"', () => {
  it.each([
    'Prime Minister of the Netherlands Daan Visser spoke.',
    'Prime Minister Daan Visser of the Netherlands spoke.',
  ])('%s', (text) => {
    expect(factsOf(text, { sourceCountry: 'KR' }).people).toEqual([
      expect.objectContaining({ name: 'Daan Visser', country: 'NL' }),
    ]);
  });
});

describe('people: country names that are also given names', () => {
  it('reads "Georgia" before a surname as a given name', () => {
    const facts = factsOf('Departmental Spokesperson Georgia Whitfield spoke.', {
      sourceCountry: 'AU',
    });
    expect(facts.people).toEqual([
      expect.objectContaining({ name: 'Georgia Whitfield', country: 'AU' }),
    ]);
    expect(facts.countries).toEqual(['AU']);
  });

  it('reads the country after a title, even when a name follows', () => {
    const president = factsOf('President of Georgia Nino Beridze spoke.', { sourceCountry: 'KR' });
    expect(president.people).toEqual([
      expect.objectContaining({ name: 'Nino Beridze', role: 'President', country: 'GE' }),
    ]);
    const envoy = factsOf('Ambassador to Jordan Henry Cole spoke.', { sourceCountry: 'US' });
    expect(envoy.people).toEqual([
      expect.objectContaining({ name: 'Henry Cole', role: 'Ambassador to Jordan', country: 'US' }),
    ]);
  });
});

describe('people: appointments name the person before the post', () => {
  it.each([
    [
      'The Government announced on May 2 the appointment of Lena Farrow as Ambassador of Canada to Chile.',
      'CA',
      { name: 'Lena Farrow', role: 'Ambassador of Canada to Chile', country: 'CA' },
    ],
    [
      'The President intends to nominate Omar Velez to be Deputy Secretary of Commerce.',
      'US',
      { name: 'Omar Velez', role: 'Deputy Secretary of Commerce', country: 'US' },
    ],
    [
      'The Minister appointed Ines Duarte as the new Special Envoy for Climate.',
      'KR',
      { name: 'Ines Duarte', role: 'Special Envoy for Climate', country: 'KR' },
    ],
  ])('%s', (text, sourceCountry, person) => {
    expect(factsOf(text, { sourceCountry }).people).toEqual([expect.objectContaining(person)]);
  });

  it('gathers later references to the appointee under the full name', () => {
    const facts = factsOf(
      'The Government announced the appointment of Lena Farrow as Ambassador to Chile. Ambassador Farrow joined the service in 1998.',
      { sourceCountry: 'CA' },
    );
    expect(namesOf(facts)).toEqual(['Lena Farrow']);
  });

  it('needs the announcement: "served as" is a past post, told without a name-first title', () => {
    expect(factsOf('Lena Farrow served as Ambassador to Chile.').people).toEqual([]);
  });
});

describe('people: headline verbs and heads of government', () => {
  it.each([
    'Chilean Ambassador Pays Courtesy Call on the Vice Minister',
    'Peruvian Ambassador to Chile Presents Credentials',
  ])('finds no person in "%s"', (title) => {
    expect(factsOf('', { title, sourceCountry: 'KR' }).people).toEqual([]);
  });

  it('gives a German release its own Chancellor, and others none', () => {
    const german = factsOf('Chancellor Jonas Weber spoke.', { sourceCountry: 'DE' });
    const korean = factsOf('Chancellor Jonas Weber spoke.', { sourceCountry: 'KR' });
    expect(german.people[0]?.country).toBe('DE');
    expect(korean.people[0]?.country).toBeUndefined();
  });
});
