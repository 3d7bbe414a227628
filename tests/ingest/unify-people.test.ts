import { describe, expect, it } from 'vitest';
import type { Person, Release } from '../../src/shared/release/release-schema.ts';
import { slugify } from '../../src/ingest/release-id.ts';
import { unifyPeople } from '../../src/ingest/unify-people.ts';

type Mention = { name: string; role: string; country?: string };

let serial = 0;

/** A release naming these people; each name is written in the body unless `titleOnly`. */
function release(mentions: Mention[], options: { titleOnly?: boolean } = {}): Release {
  serial += 1;
  const people: Person[] = mentions.map(({ name, role, country }) => ({
    id: slugify(name),
    name,
    role,
    ...(country === undefined ? {} : { country }),
  }));
  const names = mentions.map((m) => `${m.role} ${m.name}`).join(' and ');
  return {
    id: `2024-05-${String(serial).padStart(2, '0')}-release-${serial}`,
    title: `Statement ${serial}`,
    date: '2024-05-01',
    source: 'Ministry of Invented Affairs',
    type: 'statement',
    people,
    countries: [],
    organizations: [],
    body: [options.titleOnly ? 'The statement was issued today.' : `${names} spoke today.`],
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
  it.each<[string, [string, string, string, boolean?][], string[]]>([
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
