import { describe, expect, it } from 'vitest';
import type { Person, Release } from '../../src/shared/release/release-schema.ts';
import { slugify } from '../../src/ingest/release-id.ts';
import { unifyPeople } from '../../src/ingest/unify-people.ts';

type Mention = { name: string; role: string; country?: string; id?: string };

let serial = 0;

/**
 * A release naming these people; each name is written in the body unless `titleOnly`, or the
 * body is given.
 */
function release(
  mentions: Mention[],
  options: { titleOnly?: boolean; body?: string } = {},
): Release {
  serial += 1;
  const people: Person[] = mentions.map(({ name, role, country, id }) => ({
    id: id ?? slugify(name),
    name,
    role,
    ...(country === undefined ? {} : { country }),
  }));
  const names = options.body ?? mentions.map((m) => `${m.role} ${m.name} spoke.`).join(' ');
  return {
    id: `2024-05-${String(serial).padStart(2, '0')}-release-${serial}`,
    title: `Statement ${serial}`,
    date: '2024-05-01',
    source: 'Ministry of Invented Affairs',
    type: 'statement',
    people,
    countries: [],
    organizations: [],
    body: [options.titleOnly ? 'The statement was issued today.' : names],
  };
}

/** Each release's people as "id: name (role)". */
const peopleOf = (releases: readonly Release[]) =>
  releases.map((r) => r.people.map((p) => `${p.id}: ${p.name} (${p.role})`));

describe('one person, one id across releases', () => {
  it('brings spellings with initials and suffixes to the most used one', () => {
    const minister = { role: 'Minister of Trade', country: 'NL' };
    const out = unifyPeople([
      release([{ name: 'Marisol Verhoeven', ...minister }]),
      release([{ name: 'Marisol T. Verhoeven, Jr.', ...minister }]),
      release([{ name: 'Marisol Verhoeven', ...minister }]),
    ]);
    expect(peopleOf(out)).toEqual([
      ['marisol-verhoeven: Marisol Verhoeven (Minister of Trade)'],
      ['marisol-verhoeven: Marisol Verhoeven (Minister of Trade)'],
      ['marisol-verhoeven: Marisol Verhoeven (Minister of Trade)'],
    ]);
  });

  // Each case: one person a release, as [name, role, country, written only in the title?],
  // and the id each release ends with.
  it.each<[string, [string, string, string?, boolean?][], string[]]>([
    [
      'keeps two sets of initials apart, and the bare name that could be either',
      [
        ['Harold J. Brandt', 'Governor', 'US'],
        ['Harold K. Brandt', 'Governor', 'US'],
        ['Harold Brandt', 'Governor', 'US'],
      ],
      ['harold-j-brandt', 'harold-k-brandt', 'harold-brandt'],
    ],
    [
      'meets a short given name with the formal one',
      [
        ['Tom Okonkwo', 'Senator', 'US'],
        ['Thomas Okonkwo', 'Senator', 'US'],
        ['Tom Okonkwo', 'Senator', 'US'],
      ],
      ['tom-okonkwo', 'tom-okonkwo', 'tom-okonkwo'],
    ],
    [
      'meets two words in either order',
      [
        ['Tanabe Hiroko', 'Prime Minister', 'JP'],
        ['Hiroko Tanabe', 'Prime Minister', 'JP'],
        ['Hiroko Tanabe', 'Prime Minister', 'JP'],
      ],
      ['hiroko-tanabe', 'hiroko-tanabe', 'hiroko-tanabe'],
    ],
    [
      'gives a surname alone to the one full name of that country ending in it',
      [
        ['Odile Ravel', 'Prime Minister', 'FR'],
        ['Ravel', 'Prime Minister', 'FR'],
        ['Ravel', 'Ambassador', 'BE'],
      ],
      ['odile-ravel', 'odile-ravel', 'ravel'],
    ],
    [
      'picks among namesakes by role, and leaves a surname that still fits two',
      [
        ['Nora Feld', 'President', 'AT'],
        ['Jakob Feld', 'Chancellor', 'AT'],
        ['Feld', 'President', 'AT'],
        ['Feld', 'Mayor', 'AT'],
      ],
      ['nora-feld', 'jakob-feld', 'nora-feld', 'feld'],
    ],
    [
      'reads a family name first only with the same role and country',
      [
        ['Park Min-seo', 'President', 'KR'],
        ['Park', 'President', 'KR'],
        ['Albin Carter', 'Ambassador', 'GB'],
        ['Albin', 'Prince', 'GB'],
      ],
      ['park-min-seo', 'park-min-seo', 'albin-carter', 'albin'],
    ],
    [
      "cuts a title's run-on words from a name the bodies write in full",
      [
        ['Lena Marsh', 'Vice President', 'US'],
        ['Lena Marsh Three Years', 'Vice President', 'US', true],
        ['Marsh Outlines Plans', 'Vice President', 'US', true],
        // Written so in a body: a longer name is a name.
        ['Lena Marsh Okafor', 'Vice President', 'US'],
      ],
      ['lena-marsh', 'lena-marsh', 'lena-marsh', 'lena-marsh-okafor'],
    ],
    [
      "keeps a title's name starting with someone's surname when the role differs",
      [
        ['Tim Vance', 'Senator', 'US'],
        ['Vance Oduya', 'Treasury Secretary', 'US', true],
      ],
      ['tim-vance', 'vance-oduya'],
    ],
    [
      'keeps two words in the other order apart in other countries',
      [
        ['Hassan Ali', 'Ambassador', 'PK'],
        ['Ali Hassan', 'Minister of Trade', 'EG'],
      ],
      ['hassan-ali', 'ali-hassan'],
    ],
    [
      "does not give a father's name to his son, nor a title's one word to a namesake",
      [
        ['Faisal bin Tamer', 'Crown Prince', 'SA'],
        ['Tamer', 'King', 'SA'],
        ['Norman Clement', 'Senator', 'US'],
        ['Clement', 'Pope'],
        ['Adam Soper', 'Governor', 'US'],
        ['J. Soper', 'Governor', 'US'],
      ],
      ['faisal-bin-tamer', 'tamer', 'norman-clement', 'clement', 'adam-soper', 'j-soper'],
    ],
    [
      'keeps generations apart',
      [
        ['Joseph P. Kendry II', 'Representative', 'US'],
        ['Joseph P. Kendry III', 'Representative', 'US'],
      ],
      ['joseph-p-kendry-ii', 'joseph-p-kendry-iii'],
    ],
    [
      'keeps a short and a formal given name apart in two countries',
      [
        ['Tom Pryce', 'Minister of Trade', 'AU'],
        ['Thomas Pryce', 'Senator', 'US'],
      ],
      ['tom-pryce', 'thomas-pryce'],
    ],
    [
      'follows a surname to the spelling its full name joins',
      [
        ['Tanabe Hiroko', 'Prime Minister', 'JP'],
        ['Tanabe Hiroko', 'Prime Minister', 'JP'],
        ['Hiroko Tanabe', 'Prime Minister', 'JP'],
        ['Tanabe', 'Prime Minister', 'JP'],
      ],
      ['tanabe-hiroko', 'tanabe-hiroko', 'tanabe-hiroko', 'tanabe-hiroko'],
    ],
    [
      'reads a short form only as a given name',
      [
        ['Jim Thomas', 'Senator', 'US'],
        ['Tom James', 'Senator', 'GB'],
      ],
      ['jim-thomas', 'tom-james'],
    ],
  ])('%s', (_label, mentions, ids) => {
    const releases = mentions.map(([name, role, country, titleOnly = false]) =>
      release([{ name, role, country }], { titleOnly }),
    );
    expect(unifyPeople(releases).map((r) => r.people[0]?.id)).toEqual(ids);
  });

  it("keeps each release's own role, and one entry where two spellings meet in a release", () => {
    const out = unifyPeople([
      release([{ name: 'Ines Duarte', role: 'Foreign Minister', country: 'PT' }]),
      release([
        { name: 'Ines M. Duarte', role: 'Prime Minister', country: 'PT' },
        { name: 'Ines Duarte', role: 'Prime Minister', country: 'PT' },
      ]),
    ]);
    expect(peopleOf(out)).toEqual([
      ['ines-duarte: Ines Duarte (Foreign Minister)'],
      ['ines-duarte: Ines Duarte (Prime Minister)'],
    ]);
  });

  it('reads a name in a body with no-break spaces as written in the body', () => {
    const out = unifyPeople([
      release([{ name: 'Tim Vance', role: 'Senator', country: 'US' }]),
      release([{ name: 'Vance Oduya', role: 'Senator', country: 'US' }], {
        body: 'Senator Vance\u00a0Oduya spoke.',
      }),
    ]);
    expect(out.map((r) => r.people[0]?.id)).toEqual(['tim-vance', 'vance-oduya']);
  });

  it('leaves names a slug cannot spell as they are', () => {
    const out = unifyPeople([
      release([{ name: '문재인', role: 'President', country: 'KR', id: 'president-kr' }]),
      release([{ name: 'محمود عباس', role: 'President', country: 'PS', id: 'president-ps' }]),
      release([{ name: 'Jr.', role: 'Senator', country: 'US', id: 'jr' }]),
    ]);
    expect(out.map((r) => r.people[0]?.name)).toEqual(['문재인', 'محمود عباس', 'Jr.']);
  });

  it('keeps how each release wrote a person it gave another spelling', () => {
    const out = unifyPeople([
      release([{ name: 'Sven Aalto', role: 'President', country: 'FI' }]),
      release([{ name: 'Sven E. Aalto', role: 'President', country: 'FI' }]),
      release([{ name: 'Sven Aalto', role: 'President', country: 'FI' }]),
    ]);
    expect(out[0]?.people[0]?.writtenAs).toBeUndefined();
    expect(out[1]?.people[0]).toEqual({
      id: 'sven-aalto',
      name: 'Sven Aalto',
      role: 'President',
      country: 'FI',
      writtenAs: [{ id: 'sven-e-aalto', name: 'Sven E. Aalto', role: 'President', country: 'FI' }],
    });
  });

  it('gives the same corpus in one pass, two passes, or any two batches', () => {
    const releases = [
      release([{ name: 'Sung Kim', role: 'Special Representative' }]),
      release([{ name: 'Andy Kim', role: 'Senator', country: 'US' }]),
      release([{ name: 'Kim', role: 'Ambassador', country: 'KR' }]),
      release([{ name: 'Kim', role: 'Ambassador' }]),
      release([{ name: 'Lena Marsh', role: 'Vice President', country: 'US' }]),
      release([{ name: 'Lena Marsh Three Years', role: 'Vice President', country: 'US' }], {
        titleOnly: true,
      }),
      release([
        { name: 'Lena R. Marsh', role: 'Vice President', country: 'US' },
        { name: 'Ravel', role: 'Prime Minister', country: 'FR' },
      ]),
      release([{ name: 'Odile Ravel', role: 'Prime Minister', country: 'FR' }]),
    ];
    const once = unifyPeople(releases);
    expect(unifyPeople(once)).toEqual(once);
    for (let cut = 1; cut < releases.length; cut += 1) {
      const batches = unifyPeople([...unifyPeople(releases.slice(0, cut)), ...releases.slice(cut)]);
      expect(batches).toEqual(once);
    }
  });

  it('returns untouched releases as they were, and changes nothing on a second pass', () => {
    const input = [
      release([{ name: 'Sven Aalto', role: 'President', country: 'FI' }]),
      release([{ name: 'Sven E. Aalto', role: 'President', country: 'FI' }]),
      release([{ name: 'Sven Aalto', role: 'President', country: 'FI' }]),
      release([{ name: 'Greta Lund', role: 'Minister of Finance', country: 'SE' }]),
    ];
    const once = unifyPeople(input);
    expect(once[0]).toBe(input[0]);
    expect(once[3]).toBe(input[3]);
    expect(once[1]).not.toBe(input[1]);
    const twice = unifyPeople(once);
    expect(twice).toEqual(once);
    twice.forEach((r, i) => expect(r).toBe(once[i]));
  });
});
