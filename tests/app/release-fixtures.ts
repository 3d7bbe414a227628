import type { CountryTable } from './render-app.tsx';
import { release } from './render-app.tsx';

// Invented releases about fictional people; only the country names are real.
export const COUNTRIES: CountryTable = {
  KR: { name: 'Republic of Korea', aliases: ['Korea'] },
  JP: { name: 'Japan', aliases: ['Japanese'] },
  FR: { name: 'France', aliases: ['French'] },
  BR: { name: 'Brazil', aliases: ['Brazilian'] },
};

const MINISTRY = 'Ministry of Foreign Affairs of the Republic of Korea';
const hana = (role = 'Foreign Minister') => ({
  id: 'hana-seol',
  name: 'Hana Seol',
  role,
  country: 'KR',
});
const kenji = { id: 'kenji-amari', name: 'Kenji Amari', role: 'Foreign Minister', country: 'JP' };

export const TALKS = release({
  id: 'talks-with-japan',
  title: 'Foreign Ministers Seol and Amari hold talks on fisheries',
  date: '2024-03-01',
  publishedAt: '2024-03-01T16:20',
  source: MINISTRY,
  sourceCountry: 'KR',
  url: 'https://example.org/press/talks-with-japan',
  type: 'meeting',
  eventDate: '2024-02-29',
  eventTime: { start: '10:00', end: '11:30' },
  people: [hana(), kenji],
  countries: ['KR', 'JP'],
  organizations: ['Northern Fisheries Council'],
  body: [
    'Minister Seol welcomed Minister Amari to a working lunch on fisheries quotas.',
    'The two ministers agreed to meet again before the autumn season opens.',
  ],
});

export const FIXTURE_RELEASES = [
  TALKS,
  release({
    id: 'call-with-france',
    title: 'Minister Seol speaks with French counterpart by phone',
    date: '2023-11-20',
    source: MINISTRY,
    sourceCountry: 'KR',
    type: 'phone-call',
    people: [hana(), { id: 'claire-morvan', name: 'Claire Morvan', country: 'FR' }],
    countries: ['KR', 'FR'],
    body: ['The call covered a joint orchestra tour planned for next spring.'],
  }),
  release({
    id: 'aid-to-japan',
    title: 'Relief supplies sent after the coastal storm',
    date: '2022-06-05',
    source: MINISTRY,
    sourceCountry: 'KR',
    type: 'humanitarian-aid',
    people: [hana('Vice Foreign Minister'), kenji],
    countries: ['KR', 'JP'],
    body: ['Blankets and water purifiers left by ship on Tuesday morning.'],
  }),
  release({
    id: 'visit-to-brazil',
    title: 'Minister Seol visits Brasília',
    date: '2024-05-10',
    source: MINISTRY,
    sourceCountry: 'KR',
    type: 'visit',
    people: [hana(), { id: 'paulo-brandao', name: 'Paulo Brandão', country: 'BR' }],
    countries: ['KR', 'BR'],
    body: ['The visit opened a new direct air route between the two capitals.'],
  }),
  // Nearest in time to TALKS but shares only the issuing ministry's own country.
  release({
    id: 'budget-note',
    title: 'Ministry publishes its annual budget note',
    date: '2024-03-02',
    source: MINISTRY,
    sourceCountry: 'KR',
    countries: ['KR'],
  }),
  // Issued by nobody in particular: France appears with Brazil more than with Korea.
  ...[1, 2].map((n) =>
    release({
      id: `gallery-exchange-${n}`,
      title: `Gallery exchange programme, part ${n}`,
      date: `2021-0${n}-10`,
      source: 'Cultural Exchange Bulletin',
      countries: ['FR', 'BR'],
    }),
  ),
];
