import { CORPUS_FORMAT, SHARD_SIZE, shardPath } from '../shared/corpus/corpus-schema.ts';
import type { Release } from '../shared/release/release-schema.ts';
import { compareReleases, orderRelease, type CorpusContent } from './serialize-corpus.ts';

export type DerivedFiles = {
  catalogue: string;
  /** [path inside the output folder, text], in shard order. */
  shards: [string, string][];
};

// JSON.stringify leaves out undefined keys, and the others keep corpus.json's order.
const withoutBody = (release: Release) => ({ ...orderRelease(release), body: undefined });

/**
 * The catalogue (every field but the body) and the body shards, cut by position in the same
 * newest-first order as corpus.json, so that release p's body is in shard ⌊p / SHARD_SIZE⌋.
 * Same input, same bytes.
 */
export function serializeDerived({ sample, countries, releases }: CorpusContent): DerivedFiles {
  const sorted = [...releases].sort(compareReleases);
  const shardCount = Math.ceil(sorted.length / SHARD_SIZE);
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
    `  "bodies": ${JSON.stringify({ shardSize: SHARD_SIZE, shards: shardCount })},`,
    `  "countries": ${block(countryLines, '{', '}')},`,
    `  "releases": ${block(
      sorted.map((r) => `    ${JSON.stringify(withoutBody(r))}`),
      '[',
      ']',
    )}`,
    '}',
    '',
  ].join('\n');
  const shards: [string, string][] = [];
  for (let k = 0; k < shardCount; k += 1) {
    const lines = sorted
      .slice(k * SHARD_SIZE, (k + 1) * SHARD_SIZE)
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
  return { catalogue, shards };
}
