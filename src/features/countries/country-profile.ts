import { corpusIndex, countBy } from '../../shared/corpus/corpus-index.ts';
import type { Corpus } from '../../shared/corpus/load-corpus.ts';
import type { Release, ReleaseType } from '../../shared/release/release-schema.ts';

export type CountryProfile = {
  name: string;
  /** Newest first. */
  releases: Release[];
  types: [ReleaseType, number][];
  /** People recorded as of this country, most releases first. */
  people: { id: string; name: string; count: number }[];
  /** Other countries in its releases, the issuing ministry's country first. */
  partners: [string, number][];
  /** The most common issuing country of its releases, when that is not this country. */
  sourceCountry: string | undefined;
};

const TOP = 10;

export function countryProfile(corpus: Corpus, code: string): CountryProfile | undefined {
  const releases = corpusIndex(corpus).byCountry.get(code) ?? [];
  const info = corpus.countries.get(code);
  if (!info && releases.length === 0) return undefined;
  const [topSource] = countBy(releases, (r) => (r.sourceCountry ? [r.sourceCountry] : []))[0] ?? [];
  const sourceCountry = topSource !== code ? topSource : undefined;
  // A release the ministry issues about this country is part of their relationship even
  // when it does not name the ministry's own country, so the issuer counts as a partner.
  const partners = countBy(releases, (r) =>
    [...r.countries, ...(r.sourceCountry ? [r.sourceCountry] : [])].filter((c) => c !== code),
  );
  const sourceAt = partners.findIndex(([partner]) => partner === sourceCountry);
  const ordered =
    sourceAt > 0
      ? [partners[sourceAt]!, ...partners.slice(0, sourceAt), ...partners.slice(sourceAt + 1)]
      : partners;
  return {
    name: info?.name ?? code,
    releases,
    types: countBy(releases, (r) => [r.type]) as [ReleaseType, number][],
    people: countBy(releases, (r) => r.people.filter((p) => p.country === code).map((p) => p.id))
      .slice(0, TOP)
      .map(([id, count]) => ({ id, name: corpus.people.get(id)?.name ?? id, count })),
    partners: ordered.slice(0, TOP),
    sourceCountry,
  };
}
