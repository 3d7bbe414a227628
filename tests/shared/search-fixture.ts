import type { Release } from '../../src/shared/release/release-schema.ts';

/**
 * Invented releases with fictional ministers, for the search tests. Counts the tests rely on:
 * Japan (JP) is in 4 releases, Korea (KR) in 5; phone calls: 2 (both with JP, one with KR).
 */

export const searchCountries = {
  JP: { name: 'Japan', aliases: ['Japanese'] },
  KR: { name: 'Republic of Korea', aliases: ['Korea', 'South Korea', 'Korean', 'ROK'] },
  US: { name: 'United States', aliases: ['American', 'USA'] },
  FR: { name: 'France', aliases: ['French'] },
  DE: { name: 'Germany', aliases: ['German'] },
};

const han = {
  id: 'han-seo-jun',
  name: 'Han Seo-jun',
  role: 'Minister of Foreign Affairs',
  country: 'KR',
};
const mori = {
  id: 'mori-haruto',
  name: 'Mori Haruto',
  role: 'Minister for Foreign Affairs',
  country: 'JP',
};
const dana = {
  id: 'dana-whitfield',
  name: 'Dana Whitfield',
  role: 'Secretary of State',
  country: 'US',
};
const claire = {
  id: 'claire-benoit',
  name: 'Claire Bénoît',
  role: 'Minister for Europe',
  country: 'FR',
};
const lena = {
  id: 'lena-vogt',
  name: 'Lena Vogt',
  role: 'Federal Foreign Minister',
  country: 'DE',
};

const KOREA = 'Ministry of Foreign Affairs, Republic of Korea';
const JAPAN = 'Ministry of Foreign Affairs of Japan';

function make(r: Partial<Release> & Pick<Release, 'id' | 'title' | 'date'>): Release {
  return {
    source: KOREA,
    type: 'statement',
    people: [],
    countries: [],
    organizations: [],
    body: [],
    ...r,
  };
}

export const searchReleases: Release[] = [
  make({
    id: 'han-mori-phone-call',
    title: 'Phone Call between Foreign Minister Han Seo-jun and Foreign Minister Mori Haruto',
    date: '2024-03-01',
    type: 'phone-call',
    people: [han, mori],
    countries: ['KR', 'JP'],
    body: [
      'Minister Han Seo-jun held a phone call with Mori Haruto, Minister for Foreign Affairs, on the evening of 29 February.',
      'The two ministers agreed to keep working together on maritime safety and on the exchange of students between their universities, which both sides described as the foundation of the relationship for the next decade.',
    ],
  }),
  make({
    id: 'han-whitfield-meeting',
    title: 'Foreign Minister Han Seo-jun Meets Secretary of State Dana Whitfield',
    date: '2024-05-10',
    type: 'meeting',
    people: [han, dana],
    countries: ['KR', 'US'],
    body: [
      'Minister Han welcomed Secretary Whitfield to Seoul and thanked the American delegation for its support of the harbour reconstruction fund.',
    ],
  }),
  make({
    id: 'mori-benoit-meeting',
    title: 'Foreign Ministers’ Meeting in Paris',
    date: '2023-11-20',
    type: 'meeting',
    source: JAPAN,
    people: [mori, claire],
    countries: ['JP', 'FR'],
    body: [
      'Minister Mori met Minister Bénoît in Paris. They reviewed the orchestra exchange programme and the joint lighthouse restoration.',
      '森外務大臣はパリでベノワ大臣と会談した。',
    ],
  }),
  make({
    id: 'flood-assistance',
    title: 'Humanitarian Assistance to Flood Victims',
    date: '2023-08-14',
    type: 'humanitarian-aid',
    countries: ['KR'],
    organizations: ['Riverlands Relief Agency'],
    body: [
      'The Government will provide humanitarian assistance through the Riverlands Relief Agency.',
      '한서준 장관은 홍수 피해 지역에 대한 인도적 지원을 발표했다.',
    ],
  }),
  make({
    id: 'mori-whitfield-call',
    title: 'Telephone Talk between Foreign Minister Mori and Secretary Whitfield',
    date: '2024-01-20',
    type: 'phone-call',
    source: JAPAN,
    people: [mori, dana],
    countries: ['JP', 'US'],
    body: ['The two sides confirmed their close coordination ahead of the harbour conference.'],
  }),
  make({
    id: 'vogt-visit',
    title: 'Visit of Federal Foreign Minister Lena Vogt',
    date: '2024-06-02',
    type: 'visit',
    people: [han, lena],
    countries: ['KR', 'DE'],
    body: [
      'Minister Han received Minister Vogt, who is visiting the Republic of Korea for the first time.',
    ],
  }),
  make({
    id: 'trilateral-preparatory',
    title: 'Trilateral Preparatory Meeting of Senior Officials',
    date: '2022-12-05',
    type: 'multilateral',
    source: JAPAN,
    people: [han, mori, dana],
    countries: ['JP', 'KR', 'US'],
    body: [
      'Senior officials of the three countries prepared the agenda for the foreign ministers.',
    ],
  }),
];

/** Copies of the fixture under other ids and in other years: a corpus of any size from it. */
export function fixtureCopies(copies: number): Release[] {
  return Array.from({ length: copies }, (_, copy) =>
    searchReleases.map((r) => ({
      ...r,
      id: `${r.id}-${copy}`,
      date: `${2000 + (copy % 24)}-${r.date.slice(5)}`,
    })),
  ).flat();
}
