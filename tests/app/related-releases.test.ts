import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { relatedReleases } from '../../src/features/releases/related-releases.ts';
import { compareNewestFirst, type CorpusIndex } from '../../src/shared/corpus/corpus-index.ts';
import { daysBetween } from '../../src/shared/format/format-date.ts';
import type { Release } from '../../src/shared/release/release-schema.ts';
import { release } from './render-app.tsx';

/** The rule read the long way: every release sharing anything, ranked, the first few kept. */
function rankEveryCandidate(index: CorpusIndex, r: Release, limit: number): Release[] {
  const others = r.countries.filter((code) => code !== r.sourceCountry);
  const countries = others.length > 0 ? others : r.countries;
  const shared = new Map<Release, number>();
  const add = (list: Release[] | undefined) => {
    for (const c of list ?? []) if (c.id !== r.id) shared.set(c, (shared.get(c) ?? 0) + 1);
  };
  for (const id of new Set(r.people.map((p) => p.id))) add(index.byPerson.get(id));
  for (const code of new Set(countries)) add(index.byCountry.get(code));
  return [...shared]
    .map(([other, count]) => ({
      other,
      count,
      distance: Math.abs(daysBetween(r.date, other.date)),
    }))
    .sort(
      (a, b) =>
        a.distance - b.distance || b.count - a.count || compareNewestFirst(a.other, b.other),
    )
    .slice(0, limit)
    .map(({ other }) => other);
}

function indexOf(releases: Release[]): CorpusIndex {
  const newestFirst = [...releases].sort(compareNewestFirst);
  const byPerson = new Map<string, Release[]>();
  const byCountry = new Map<string, Release[]>();
  const push = (map: Map<string, Release[]>, key: string, r: Release) => {
    const list = map.get(key) ?? [];
    if (list.at(-1) !== r) list.push(r);
    map.set(key, list);
  };
  for (const r of newestFirst) {
    for (const p of r.people) push(byPerson, p.id, r);
    for (const code of r.countries) push(byCountry, code, r);
  }
  return { newestFirst, byPerson, byCountry };
}

const PEOPLE = ['ana', 'ben', 'chu', 'dov'];
const CODES = ['JP', 'KR', 'US', 'FR'];
const arbitraryRelease = (i: number) =>
  fc
    .record({
      day: fc.integer({ min: 1, max: 28 }),
      month: fc.integer({ min: 1, max: 3 }),
      people: fc.subarray(PEOPLE),
      countries: fc.subarray(CODES),
      source: fc.constantFrom(...CODES),
    })
    .map((v) =>
      release({
        id: `r${i}`,
        title: `Release ${i}`,
        date: `2024-0${v.month}-${String(v.day).padStart(2, '0')}`,
        sourceCountry: v.source,
        people: v.people.map((id) => ({ id, name: id })),
        countries: v.countries,
      }),
    );

describe('relatedReleases', () => {
  it('ranks as reading every candidate would, nearest first, ties by what is shared', () => {
    const corpora = fc
      .integer({ min: 1, max: 40 })
      .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbitraryRelease(i))));
    fc.assert(
      fc.property(corpora, fc.nat(), fc.integer({ min: 1, max: 10 }), (releases, pick, limit) => {
        const index = indexOf(releases);
        const r = releases[pick % releases.length]!;
        expect(relatedReleases(index, r, limit).map((x) => x.id)).toEqual(
          rankEveryCandidate(index, r, limit).map((x) => x.id),
        );
      }),
      { numRuns: 1000 },
    );
  });
});
