import { dayOf, isoDate, partsOf, type Day } from './calendar.ts';
import type { Draft, ReleaseContext } from './context.ts';
import { COUNTRIES, countryByCode } from './countries.ts';
import { formatRelease } from './format-release.ts';
import { ISSUERS } from './issuers.ts';
import { createMentions, type Mentioned } from './mentions.ts';
import { createRandom, mixSeed, type Random } from './random.ts';
import { TEMPLATES, type GeneratedType } from './release-types.ts';
import { buildRoster, type Roster } from './roster.ts';

export type GenerateOptions = { count: number; seed: number };

export type GeneratedRelease = {
  /** Relative, '/'-separated: "2019/2019-04-12-000123.txt". */
  path: string;
  text: string;
  /** What the generator meant to write, for checking extraction against. */
  type: GeneratedType;
  /** Publication date, YYYY-MM-DD. */
  date: string;
  eventDate: string;
  issuer: string;
  people: Mentioned[];
};

export const FIRST_DAY = dayOf(2015, 1, 1);
export const LAST_DAY = dayOf(2025, 12, 31);
const MAX_LAG = 3;

const LAGS = [
  [0, 40],
  [1, 35],
  [2, 15],
  [3, 10],
] as const;

function publicationMinutes(rng: Random, lag: number, draft: Draft): number {
  if (lag > 0) return rng.int(0, 24 * 60 - 1);
  // Published the same day: after the event it reports, never before.
  const earliest = draft.endsAt === undefined ? 8 * 60 : draft.endsAt + rng.int(20, 180);
  return Math.min(earliest + rng.int(0, 120), 24 * 60 - 1);
}

// Weight tables are built once: at 100k releases, rebuilding them per release shows in the profile.
const ISSUER_WEIGHTS = ISSUERS.map((issuer) => [issuer, issuer.weight] as const);
const TEMPLATE_WEIGHTS = TEMPLATES.map(
  ([type, template, weight]) => [[type, template] as const, weight] as const,
);
const PARTNERS = new Map(
  ISSUERS.map((issuer) => {
    const counterparts = COUNTRIES.filter((c) => c.code !== issuer.code);
    const weights = counterparts.map(
      (c) => [c, issuer.neighbours.includes(c.code) ? 5 : 1] as const,
    );
    return [issuer, { counterparts, weights }] as const;
  }),
);

function generateOne(seed: number, index: number, roster: Roster): GeneratedRelease {
  const rng = createRandom(mixSeed(seed, index));
  const issuer = rng.weighted(ISSUER_WEIGHTS);
  const home = countryByCode(issuer.code);
  const { counterparts, weights } = PARTNERS.get(issuer) ?? {
    counterparts: COUNTRIES,
    weights: [],
  };
  const partner = rng.weighted(weights);
  const others = rng.sample(
    counterparts.filter((c) => c !== partner),
    5,
  );
  const pubDay: Day = rng.int(FIRST_DAY + MAX_LAG, LAST_DAY);
  const lag = rng.weighted(LAGS);
  const eventDay = pubDay - lag;
  const ctx: ReleaseContext = {
    rng,
    issuer,
    home,
    partner,
    others,
    eventDay,
    pubDay,
    roster,
    mentions: createMentions(rng, home.code),
    said: new Set(),
  };
  const [type, template] = rng.weighted(TEMPLATE_WEIGHTS);
  const draft = template(ctx);
  const date = isoDate(pubDay);
  const text = formatRelease({
    ministry: issuer.ministry,
    pubDay,
    pubMinutes: publicationMinutes(rng, lag, draft),
    title: draft.title,
    paragraphs: draft.paragraphs,
  });
  return {
    path: `${partsOf(pubDay).year}/${date}-${String(index).padStart(6, '0')}.txt`,
    text,
    type,
    date,
    eventDate: isoDate(eventDay),
    issuer: issuer.ministry,
    people: ctx.mentions.people(),
  };
}

/**
 * Yields `count` fictional releases. Release i depends only on (seed, i), so a smaller run is a
 * prefix of a larger one with the same seed, and nothing needs to be held in memory.
 */
export function* generateReleases({ count, seed }: GenerateOptions): Generator<GeneratedRelease> {
  const roster = buildRoster(seed);
  for (let index = 0; index < count; index++) yield generateOne(seed, index, roster);
}
