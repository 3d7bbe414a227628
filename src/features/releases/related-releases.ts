import { compareNewestFirst, type CorpusIndex } from '../../shared/corpus/corpus-index.ts';
import { daysBetween } from '../../shared/format/format-date.ts';
import type { Release } from '../../shared/release/release-schema.ts';

/**
 * Releases sharing a person or a country with this one, nearest in time first; on a tie,
 * the one sharing more. The issuing ministry's own country is in nearly every release, so
 * it only counts when the release names no other.
 */
export function relatedReleases(index: CorpusIndex, release: Release, limit = 8): Release[] {
  const others = release.countries.filter((code) => code !== release.sourceCountry);
  const countries = others.length > 0 ? others : release.countries;
  const shared = new Map<Release, number>();
  const add = (list: Release[] | undefined) => {
    for (const candidate of list ?? []) {
      if (candidate.id !== release.id) shared.set(candidate, (shared.get(candidate) ?? 0) + 1);
    }
  };
  for (const id of new Set(release.people.map((person) => person.id))) add(index.byPerson.get(id));
  for (const code of new Set(countries)) add(index.byCountry.get(code));
  return [...shared]
    .map(([other, count]) => ({
      other,
      count,
      distance: Math.abs(daysBetween(release.date, other.date)),
    }))
    .sort(
      (a, b) =>
        a.distance - b.distance || b.count - a.count || compareNewestFirst(a.other, b.other),
    )
    .slice(0, limit)
    .map(({ other }) => other);
}
