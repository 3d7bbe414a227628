import { CORPUS_FORMAT, type CountryInfo } from '../shared/corpus/corpus-schema.ts';
import type { Person, Release } from '../shared/release/release-schema.ts';

function person(p: Person): Person {
  const writtenAs = p.writtenAs?.map((w) => ({
    id: w.id,
    name: w.name,
    role: w.role,
    country: w.country,
  }));
  return { id: p.id, name: p.name, role: p.role, country: p.country, writtenAs };
}

/** A release with its keys in schema order, so that the same record always prints the same. */
export function orderRelease(r: Release): Release {
  return {
    id: r.id,
    title: r.title,
    date: r.date,
    publishedAt: r.publishedAt,
    source: r.source,
    sourceCountry: r.sourceCountry,
    category: r.category,
    url: r.url,
    type: r.type,
    eventDate: r.eventDate,
    eventTime: r.eventTime && { start: r.eventTime.start, end: r.eventTime.end },
    people: r.people.map(person),
    countries: r.countries,
    organizations: r.organizations,
    body: r.body,
    sample: r.sample,
  };
}

/** Newest first, then by id: a total order, so the output never depends on input order. */
export function compareReleases(a: Release, b: Release): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export type CorpusContent = {
  sample: boolean;
  countries: Record<string, CountryInfo>;
  releases: Release[];
};

/**
 * corpus.json, byte for byte: fixed key order, countries by code, one release per line (diffs
 * of a re-ingest stay readable and the file stays compact). JSON.stringify drops undefined keys.
 */
export function serializeCorpus({ sample, countries, releases }: CorpusContent): string {
  const codes = Object.keys(countries).sort();
  const countryLines = codes.map((code) => {
    const info = countries[code];
    return `    ${JSON.stringify(code)}: ${JSON.stringify({ name: info?.name, aliases: info?.aliases })}`;
  });
  const releaseLines = [...releases]
    .sort(compareReleases)
    .map((r) => `    ${JSON.stringify(orderRelease(r))}`);
  const block = (lines: string[], open: string, close: string) =>
    lines.length === 0 ? `${open}${close}` : `${open}\n${lines.join(',\n')}\n  ${close}`;
  return [
    '{',
    `  "format": ${CORPUS_FORMAT},`,
    `  "sample": ${sample},`,
    `  "countries": ${block(countryLines, '{', '}')},`,
    `  "releases": ${block(releaseLines, '[', ']')}`,
    '}',
    '',
  ].join('\n');
}
