import type { Release } from '../shared/release/release-schema.ts';
import { compareReleases } from './serialize-corpus.ts';

/** The existing corpus plus this run: same id → the new record replaces the old; the rest stays. */
export function mergeReleases(existing: Release[], incoming: Release[]): Release[] {
  const byId = new Map(existing.map((r) => [r.id, r]));
  for (const release of incoming) byId.set(release.id, release);
  return [...byId.values()].sort(compareReleases);
}

/** Every country code a release mentions, sorted: the keys of the corpus country table. */
export function countryCodes(releases: Release[]): string[] {
  const codes = new Set<string>();
  for (const r of releases) {
    if (r.sourceCountry) codes.add(r.sourceCountry);
    for (const code of r.countries) codes.add(code);
    for (const p of r.people) if (p.country) codes.add(p.country);
  }
  return [...codes].sort();
}
