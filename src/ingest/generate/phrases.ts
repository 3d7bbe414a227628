import { dayOf, type Day } from './calendar.ts';
import { list } from './country.ts';
import type { Random } from './random.ts';

export const COOPERATION_AREAS = list(
  'trade and investment, supply chain resilience, critical minerals, clean energy, climate action, digital transformation, public health, science and technology, infrastructure, food security, maritime security, cybersecurity, education, youth exchanges, tourism, space, semiconductors, hydrogen, development cooperation, the defence industry, fisheries, culture and the arts, consular affairs, labour mobility, water management, biodiversity, nuclear safety, artificial intelligence, disaster risk reduction, vocational training',
);

type Issue = { text: string; from?: Day; to?: Day };

// Dated issues only appear in releases from the years they were news.
const ISSUES: readonly Issue[] = [
  { text: 'the situation on the Korean Peninsula' },
  { text: "North Korea's nuclear and missile programmes" },
  { text: 'the situation in the Middle East' },
  { text: 'peace and stability in the Indo-Pacific' },
  { text: 'maritime security in the region' },
  { text: 'climate change' },
  { text: 'food and energy security' },
  { text: 'nuclear disarmament and non-proliferation' },
  { text: 'reform of the United Nations Security Council' },
  { text: 'the fight against terrorism' },
  { text: 'the security situation in the Sahel' },
  { text: 'the Iranian nuclear issue', to: dayOf(2020, 12, 31) },
  { text: 'the Syrian conflict', to: dayOf(2019, 12, 31) },
  { text: 'the COVID-19 pandemic', from: dayOf(2020, 2, 1), to: dayOf(2022, 12, 31) },
  {
    text: 'equitable access to COVID-19 vaccines',
    from: dayOf(2020, 12, 1),
    to: dayOf(2022, 6, 30),
  },
  { text: 'the situation in Myanmar', from: dayOf(2021, 2, 1) },
  { text: 'the situation in Afghanistan', from: dayOf(2021, 8, 15) },
  { text: 'the war in Ukraine', from: dayOf(2022, 2, 24) },
  { text: 'the situation in Sudan', from: dayOf(2023, 4, 15) },
  { text: 'the humanitarian situation in Gaza', from: dayOf(2023, 10, 7) },
];

/** What a phrase picker needs: the release's generator, its date, and what it has said so far. */
export type Speaker = { rng: Random; eventDay: Day; said: Set<string> };

/** `count` items, preferring ones this release has not used yet, so it does not repeat itself. */
function fresh(speaker: Speaker, items: readonly string[], count: number): string[] {
  const unsaid = items.filter((item) => !speaker.said.has(item));
  const chosen = speaker.rng.sample(unsaid.length >= count ? unsaid : items, count);
  for (const item of chosen) speaker.said.add(item);
  return chosen;
}

export function issues(speaker: Speaker, count: number): string[] {
  const day = speaker.eventDay;
  const current = ISSUES.filter((i) => (i.from ?? day) <= day && day <= (i.to ?? day));
  return fresh(
    speaker,
    current.map((i) => i.text),
    count,
  );
}

export const ORGANIZATIONS = list(
  'the United Nations, ASEAN, the G20, APEC, the G7, the World Trade Organization, the OECD, the International Atomic Energy Agency, the World Health Organization, the African Union',
);

/** 330000 → "330,000", without the locale data toLocaleString depends on. */
export function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** "a, b and c". */
export function series(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function areas(speaker: Speaker, count: number): string {
  return series(fresh(speaker, COOPERATION_AREAS, count));
}

/** Sentence-initial form of a name such as "the Philippines". */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
