import { compareNewestFirst, type CorpusIndex } from '../../shared/corpus/corpus-index.ts';
import { daysBetween } from '../../shared/format/format-date.ts';
import type { Release } from '../../shared/release/release-schema.ts';

/** A place in one newest-first list, walking away from the release's date both ways. */
type Cursor = { list: Release[]; newer: number; older: number };

/** The first position in a newest-first list whose date is not after `date`. */
function firstNotAfter(list: Release[], date: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.date > date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Releases sharing a person or a country with this one, nearest in time first; on a tie,
 * the one sharing more. The issuing ministry's own country is in nearly every release, so
 * it only counts when the release names no other.
 *
 * The lists are newest first, so each is walked outwards from the release's date, nearest
 * first across all of them, until `limit` releases are found and the next one is farther
 * than the last found: everything nearer has then been seen, in every list it is in, and so
 * with its full count. A country can name tens of thousands of releases; this reads a few.
 */
export function relatedReleases(index: CorpusIndex, release: Release, limit = 8): Release[] {
  const others = release.countries.filter((code) => code !== release.sourceCountry);
  const countries = others.length > 0 ? others : release.countries;
  const lists = [
    ...[...new Set(release.people.map((person) => person.id))].map((id) => index.byPerson.get(id)),
    ...[...new Set(countries)].map((code) => index.byCountry.get(code)),
  ].filter((list): list is Release[] => list !== undefined);
  const cursors: Cursor[] = lists.map((list) => {
    const at = firstNotAfter(list, release.date);
    return { list, newer: at - 1, older: at };
  });
  const distance = (other: Release) => Math.abs(daysBetween(release.date, other.date));
  const shared = new Map<Release, number>();
  let cutoff = Infinity;
  for (;;) {
    let best: { cursor: Cursor; side: 'newer' | 'older'; distance: number } | undefined;
    for (const cursor of cursors) {
      for (const side of ['newer', 'older'] as const) {
        const candidate = cursor.list[cursor[side]];
        if (!candidate) continue;
        const d = distance(candidate);
        if (!best || d < best.distance) best = { cursor, side, distance: d };
      }
    }
    if (!best || best.distance > cutoff) break;
    const candidate = best.cursor.list[best.cursor[best.side]]!;
    best.cursor[best.side] += best.side === 'newer' ? -1 : 1;
    if (candidate.id === release.id) continue;
    shared.set(candidate, (shared.get(candidate) ?? 0) + 1);
    // Ties at the limit's distance are still read, for their counts and order.
    if (shared.size >= limit && cutoff === Infinity) cutoff = best.distance;
  }
  return [...shared]
    .map(([other, count]) => ({ other, count, distance: distance(other) }))
    .sort(
      (a, b) =>
        a.distance - b.distance || b.count - a.count || compareNewestFirst(a.other, b.other),
    )
    .slice(0, limit)
    .map(({ other }) => other);
}
