import {
  CORPUS_FORMAT,
  HEAD_SIZE,
  RECORDS_PER_FILE,
  recordBucket,
  recordPath,
  SEARCH_INDEX_FILE_NAME,
  shardSizeFor,
  shardPath,
} from '../shared/corpus/corpus-schema.ts';
import type { Release } from '../shared/release/release-schema.ts';
import { postingsFileOf } from '../shared/search/postings-builder.ts';
import { leadOf } from '../shared/search/snippet.ts';
import { compareReleases, orderRelease, type CorpusContent } from './serialize-corpus.ts';

export type DerivedFiles = {
  catalogue: string;
  /** The first page of the catalogue, for the first results before the catalogue. */
  head: string;
  /** [path inside the output folder, text], in shard order. */
  shards: [string, string][];
  /** [path inside the output folder, text]: the record files (recordBucket). */
  records: [string, string][];
  /** The search index's postings, by position in the catalogue. */
  searchIndex: Uint8Array;
};

/**
 * A release as the catalogue, head and record files hold it: every field but the body, in
 * corpus.json's order (JSON.stringify leaves out undefined keys), and the body's lead.
 */
const catalogueRecord = (release: Release) => ({
  ...orderRelease(release),
  body: undefined,
  lead: leadOf(release.body),
});

/**
 * The catalogue (every field but the body, and the body's lead), the body shards, cut by
 * position in the same newest-first order as corpus.json, so that release p's body is in
 * shard ⌊p / shard size⌋, and the search index's postings. Same input, same bytes.
 */
export function serializeDerived({ sample, countries, releases }: CorpusContent): DerivedFiles {
  const sorted = [...releases].sort(compareReleases);
  const shardSize = shardSizeFor(sorted.length);
  const shardCount = Math.ceil(sorted.length / shardSize);
  const codes = Object.keys(countries).sort();
  const countryLines = codes.map((code) => {
    const info = countries[code];
    return `    ${JSON.stringify(code)}: ${JSON.stringify({ name: info?.name, aliases: info?.aliases })}`;
  });
  const block = (lines: string[], open: string, close: string) =>
    lines.length === 0 ? `${open}${close}` : `${open}\n${lines.join(',\n')}\n  ${close}`;
  const catalogue = [
    '{',
    `  "format": ${CORPUS_FORMAT},`,
    `  "sample": ${sample},`,
    `  "searchIndex": ${JSON.stringify(SEARCH_INDEX_FILE_NAME)},`,
    `  "bodies": ${JSON.stringify({ shardSize: shardSize, shards: shardCount })},`,
    `  "countries": ${block(countryLines, '{', '}')},`,
    `  "releases": ${block(
      sorted.map((r) => `    ${JSON.stringify(catalogueRecord(r))}`),
      '[',
      ']',
    )}`,
    '}',
    '',
  ].join('\n');
  const shards: [string, string][] = [];
  for (let k = 0; k < shardCount; k += 1) {
    const lines = sorted
      .slice(k * shardSize, (k + 1) * shardSize)
      .map((r) => `    ${JSON.stringify({ id: r.id, body: r.body })}`);
    const text = [
      '{',
      `  "format": ${CORPUS_FORMAT},`,
      `  "releases": ${block(lines, '[', ']')}`,
      '}',
      '',
    ];
    shards.push([shardPath(k), text.join('\n')]);
  }
  const countriesOf = (some: readonly Release[]) => {
    const used = new Set(some.flatMap((r) => r.countries));
    return Object.fromEntries(codes.filter((c) => used.has(c)).map((c) => [c, countries[c]]));
  };
  const recordFiles = Math.max(1, Math.ceil(sorted.length / RECORDS_PER_FILE));
  const first = sorted.slice(0, HEAD_SIZE);
  const head = JSON.stringify({
    format: CORPUS_FORMAT,
    sample,
    total: sorted.length,
    shardSize: shardSize,
    records: recordFiles,
    countries: countriesOf(first),
    releases: first.map(catalogueRecord),
  });
  const buckets = Array.from({ length: recordFiles }, () => [] as number[]);
  sorted.forEach((r, position) => buckets[recordBucket(r.id, recordFiles)]!.push(position));
  const records = buckets.map((positions, k): [string, string] => {
    const members = positions.map((p) => sorted[p]!);
    const lines = members.map((r) => `    ${JSON.stringify(catalogueRecord(r))}`);
    const text = [
      '{',
      `  "format": ${CORPUS_FORMAT},`,
      `  "countries": ${JSON.stringify(countriesOf(members))},`,
      `  "shards": ${JSON.stringify(positions.map((p) => Math.floor(p / shardSize)))},`,
      `  "releases": ${block(lines, '[', ']')}`,
      '}',
      '',
    ];
    return [recordPath(k), text.join('\n')];
  });
  const table = new Map(Object.entries(countries));
  return {
    catalogue,
    head: `${head}\n`,
    shards,
    records,
    searchIndex: postingsFileOf(sorted, table),
  };
}
