import { partsOf, proseDate, type Day } from './calendar.ts';
import type { Country } from './country.ts';
import type { Issuer } from './issuers.ts';
import type { Mentions } from './mentions.ts';
import type { Random } from './random.ts';
import { personName, type Official, type Role, type Roster } from './roster.ts';

/** Everything a release template draws on. */
export type ReleaseContext = {
  rng: Random;
  issuer: Issuer;
  home: Country;
  partner: Country;
  /** Other counterparts, for releases that touch several countries; never home or partner. */
  others: readonly Country[];
  eventDay: Day;
  pubDay: Day;
  roster: Roster;
  mentions: Mentions;
  /** Phrases already used, so that a release does not repeat itself. */
  said: Set<string>;
};

/** What a template returns; the header is added by the caller. */
export type Draft = {
  title: string;
  paragraphs: string[];
  /** Minutes after midnight when the event ended, if the release gives a time. */
  endsAt?: number;
};

export function holder(ctx: ReleaseContext, country: Country, role: Role): Official {
  return ctx.roster.holder(country.code, role, ctx.eventDay);
}

/** True when the holder took office in the month before the event: worth a congratulation. */
export function isNew(ctx: ReleaseContext, country: Country, role: Role): boolean {
  return ctx.eventDay - ctx.roster.since(country.code, role, ctx.eventDay) < 45;
}

/** "March 3, 2023", dropping the year now and then when it is the publication year. */
export function eventDate(ctx: ReleaseContext, day: Day = ctx.eventDay): string {
  const sameYear = partsOf(day).year === partsOf(ctx.pubDay).year;
  return proseDate(day, !(sameYear && ctx.rng.chance(0.2)));
}

/** Someone named once in a single release (an ambassador), never sharing a family name with `avoid`. */
export function oneOff(
  ctx: ReleaseContext,
  country: Country,
  role: Role,
  title: string,
  avoid: readonly Official[],
): Official {
  const taken = new Set(avoid.map((o) => o.family));
  const families = country.names.family.filter((f) => !taken.has(f));
  const family = ctx.rng.pick(families.length > 0 ? families : country.names.family);
  const name = personName(country, ctx.rng.pick(country.names.given), family);
  return { name, family, role, country: country.code, title, shortTitle: title };
}

/** A start time in five-minute steps between `earliest` and `latest` hours. */
/** "a" or "an" before a word, by its first letter. */
export function article(word: string): string {
  return /^[AEIOU]/i.test(word) ? `an ${word}` : `a ${word}`;
}

export function startTime(rng: Random, earliest: number, latest: number): number {
  return rng.int(earliest * 12, latest * 12) * 5;
}
