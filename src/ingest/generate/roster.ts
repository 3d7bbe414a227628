import { dayOf, type Day } from './calendar.ts';
import { COUNTRIES } from './countries.ts';
import type { Country } from './country.ts';
import { ISSUERS, type Issuer } from './issuers.ts';
import { createRandom, mixSeed, type Random } from './random.ts';

export type Role = 'leader' | 'foreign-minister' | 'vice-minister' | 'spokesperson' | 'ambassador';

/** Someone as a release names them: full the first time, short ("Minister Mori") after. */
export type Official = {
  name: string;
  family: string;
  role: Role;
  country: string;
  title: string;
  shortTitle: string;
};

type Term = { from: Day; to: Day; official: Official };

export type Roster = {
  /** Who held the role on that day. */
  holder: (country: string, role: Role, day: Day) => Official;
  /** The day the holder on that day took office. */
  since: (country: string, role: Role, day: Day) => Day;
};

// Junior roles first, so a senior post can go to someone who held the one below it.
const ROLE_LADDER = ['spokesperson', 'vice-minister', 'foreign-minister', 'leader'] as const;
type LadderRole = (typeof ROLE_LADDER)[number];

const YEAR = 365;
const TERM_DAYS: Record<LadderRole, readonly [number, number]> = {
  spokesperson: [YEAR, 3 * YEAR],
  'vice-minister': [YEAR, 3 * YEAR],
  'foreign-minister': [Math.round(1.5 * YEAR), Math.round(4.5 * YEAR)],
  leader: [2 * YEAR, 6 * YEAR],
};
const FIRST_DAY = dayOf(2015, 1, 1);
const LAST_DAY = dayOf(2025, 12, 31);
const PROMOTION_CHANCE = 0.35;

export function personName(country: Country, given: string, family: string): string {
  return country.names.order === 'family-first' ? `${family} ${given}` : `${given} ${family}`;
}

function titleOf(country: Country, issuer: Issuer | undefined, role: LadderRole) {
  switch (role) {
    case 'leader':
      return { title: country.leader, short: country.leader };
    case 'foreign-minister':
      return { title: country.foreignMinister, short: country.foreignMinisterShort };
    case 'vice-minister':
      return issuer?.vice ?? { title: 'Vice Minister', short: 'Vice Minister' };
    case 'spokesperson':
      return issuer?.spokesperson ?? { title: 'Spokesperson', short: 'Spokesperson' };
  }
}

function countryTerms(rng: Random, country: Country, issuer: Issuer | undefined) {
  const usedFamilies = new Set<string>();
  const usedNames = new Set<string>();
  const terms = new Map<LadderRole, Term[]>();
  const all: Term[] = [];
  // Family names of whoever is in office at some point in [from, to).
  const busy = (from: Day, to: Day) =>
    new Set(all.filter((t) => t.from < to && from < t.to).map((t) => t.official.family));

  const newPerson = (from: Day, to: Day) => {
    const taken = busy(from, to);
    const fresh = country.names.family.filter((f) => !usedFamilies.has(f) && !taken.has(f));
    // A long roster runs out of family names: one may come back, but never while its earlier
    // bearer is still in office, and never as the same full name.
    const free = country.names.family.filter((f) => !taken.has(f));
    const pool = fresh.length > 0 ? fresh : free.length > 0 ? free : country.names.family;
    for (let attempt = 0; attempt < 1000; attempt++) {
      const family = rng.pick(pool);
      const name = personName(country, rng.pick(country.names.given), family);
      if (usedNames.has(name)) continue;
      usedFamilies.add(family);
      usedNames.add(name);
      return { name, family };
    }
    throw new Error(`ran out of names for ${country.code}`);
  };

  const roles: readonly LadderRole[] = issuer ? ROLE_LADDER : ['foreign-minister', 'leader'];
  const promoted = new Set<string>();
  roles.forEach((role, index) => {
    const below = terms.get(roles[index - 1] as LadderRole) ?? [];
    const { title, short } = titleOf(country, issuer, role);
    const list: Term[] = [];
    const [minDays, maxDays] = TERM_DAYS[role];
    let from = FIRST_DAY - rng.int(0, maxDays - 1);
    while (from <= LAST_DAY) {
      const to = from + rng.int(minDays, maxDays);
      const taken = busy(from, to);
      const candidates = below.filter(
        (t) =>
          t.to <= from &&
          t.to > from - 3 * YEAR &&
          !promoted.has(t.official.name) &&
          !taken.has(t.official.family),
      );
      const former =
        candidates.length > 0 && rng.chance(PROMOTION_CHANCE) ? rng.pick(candidates) : undefined;
      if (former) promoted.add(former.official.name);
      const person = former?.official ?? newPerson(from, to);
      const term = {
        from,
        to,
        official: {
          name: person.name,
          family: person.family,
          role,
          country: country.code,
          title,
          shortTitle: short,
        },
      };
      list.push(term);
      all.push(term);
      from = to;
    }
    terms.set(role, list);
  });
  return terms;
}

export function buildRoster(seed: number): Roster {
  const rng = createRandom(mixSeed(seed, 0x5eed));
  const table = new Map<string, Term[]>();
  for (const country of COUNTRIES) {
    const issuer = ISSUERS.find((i) => i.code === country.code);
    for (const [role, list] of countryTerms(rng, country, issuer)) {
      table.set(`${country.code}:${role}`, list);
    }
  }
  const termOn = (country: string, role: Role, day: Day): Term => {
    const list = table.get(`${country}:${role}`);
    const term = list?.find((t) => day >= t.from && day < t.to);
    if (!term) throw new Error(`no ${role} of ${country} on day ${day}`);
    return term;
  };
  return {
    holder: (country, role, day) => termOn(country, role, day).official,
    since: (country, role, day) => termOn(country, role, day).from,
  };
}
