import { corpusIndex, countBy } from '../../shared/corpus/corpus-index.ts';
import type { Corpus } from '../../shared/corpus/load-corpus.ts';
import type { Release } from '../../shared/release/release-schema.ts';

export type RoleSpan = { role: string; count: number; firstYear: string; lastYear: string };

export type PersonProfile = {
  name: string;
  /** Newest first. */
  releases: Release[];
  roles: RoleSpan[];
  /** The countries the person is recorded as representing, most frequent first. */
  ownCountries: string[];
  /** Everyone else named in their releases: [id, name, releases together]. */
  coPeople: { id: string; name: string; count: number }[];
  /** Countries named in their releases: [code, count]. */
  countries: [string, number][];
};

const TOP = 10;

export function personProfile(corpus: Corpus, id: string): PersonProfile | undefined {
  const releases = corpusIndex(corpus).byPerson.get(id);
  const newest = releases?.[0]?.people.find((person) => person.id === id);
  if (!releases || !newest) return undefined;
  const roles = new Map<string, RoleSpan>();
  // Oldest first, so that a role's first year is set by its first release.
  for (const release of [...releases].reverse()) {
    const year = release.date.slice(0, 4);
    for (const person of release.people) {
      if (person.id !== id || !person.role) continue;
      const span = roles.get(person.role);
      if (span) {
        span.count += 1;
        span.lastYear = year;
      } else
        roles.set(person.role, { role: person.role, count: 1, firstYear: year, lastYear: year });
    }
  }
  const self = (release: Release) => release.people.filter((person) => person.id === id);
  return {
    // Names are spelled as the newest release spells them.
    name: newest.name,
    releases,
    roles: [...roles.values()].sort((a, b) => b.count - a.count),
    ownCountries: countBy(releases, (r) => self(r).flatMap((p) => p.country ?? [])).map(
      ([code]) => code,
    ),
    coPeople: countBy(releases, (r) => r.people.filter((p) => p.id !== id).map((p) => p.id))
      .slice(0, TOP)
      .map(([otherId, count]) => ({
        id: otherId,
        name: corpus.people.get(otherId)?.name ?? otherId,
        count,
      })),
    countries: countBy(releases, (r) => r.countries).slice(0, TOP),
  };
}
