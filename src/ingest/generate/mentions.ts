import { countryByCode } from './countries.ts';
import type { Random } from './random.ts';
import type { Official, Role } from './roster.ts';

export type Mentioned = { name: string; short: string; role: Role; country: string };

/**
 * Names people the way releases do: in full with title the first time ("Japanese Minister for
 * Foreign Affairs Mori Haruto"), by title and family name after ("Minister Mori"). Text must be
 * built in reading order for this to hold, which template literals guarantee.
 */
export type Mentions = {
  ref: (official: Official) => string;
  /** Registers a person whose full first mention the template writes itself. */
  introduce: (official: Official) => void;
  people: () => Mentioned[];
};

export function shortName(official: Official): string {
  return `${official.shortTitle} ${official.family}`;
}

export function createMentions(rng: Random, home: string): Mentions {
  const seen = new Map<string, Mentioned>();
  const key = (o: Official) => `${o.country}:${o.name}`;
  const introduce = (official: Official) => {
    if (seen.has(key(official))) return;
    seen.set(key(official), {
      name: official.name,
      short: shortName(official),
      role: official.role,
      country: official.country,
    });
  };
  return {
    introduce,
    people: () => [...seen.values()],
    ref: (official) => {
      const country = countryByCode(official.country);
      if (seen.has(key(official))) {
        const short = shortName(official);
        // "President Alves of Brazil": how releases recall a foreign leader.
        return official.role === 'leader' && official.country !== home && rng.chance(0.3)
          ? `${short} of ${country.name}`
          : short;
      }
      introduce(official);
      if (official.country === home) return `${official.title} ${official.name}`;
      return rng.chance(0.5)
        ? `${country.adjective} ${official.title} ${official.name}`
        : `${official.title} ${official.name} of ${country.name}`;
    },
  };
}
