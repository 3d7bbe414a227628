import { existsSync } from 'node:fs';
import type { Release } from '../shared/release/release-schema.ts';
import { decodeBytes } from './decode-bytes.ts';
import { readBounded } from './file-io.ts';
import type { Rejection } from './ingest-types.ts';
import { checkReleases, parseJsonText } from './parse-json-releases.ts';
import { corpusFileSchema } from '../shared/corpus/corpus-schema.ts';

/** Larger than any input file may be: the corpus is the sum of many. */
const MAX_CORPUS_BYTES = 256_000_000;

export type Existing =
  { ok: true; releases: Release[]; rejected: Rejection[] } | { ok: false; problem: Rejection };

/**
 * The corpus already in the output folder, validated, so that a merge keeps what is there.
 * A file that is not a corpus at all stops the run: overwriting it would lose its contents.
 */
export async function loadExistingCorpus(file: string): Promise<Existing> {
  if (!existsSync(file)) return { ok: true, releases: [], rejected: [] };
  const read = await readBounded(file, MAX_CORPUS_BYTES);
  if (!read.ok) return { ok: false, problem: { path: file, line: 1, reason: read.reason } };
  const decoded = decodeBytes(read.bytes);
  if (!decoded.ok)
    return { ok: false, problem: { path: file, line: decoded.line, reason: decoded.reason } };
  const json = parseJsonText(decoded.value);
  const corpus = json.ok ? corpusFileSchema.safeParse(json.data) : undefined;
  if (!json.ok || !corpus?.success) {
    const issue = corpus?.error?.issues[0];
    const problem = json.ok
      ? {
          line: 1,
          reason: `${issue?.path.join('.') || 'top level'}: ${issue?.message ?? 'invalid'}`,
        }
      : json.problem;
    return {
      ok: false,
      problem: { path: file, line: problem.line, reason: `not a corpus file: ${problem.reason}` },
    };
  }
  const parsed = checkReleases(corpus.data.releases, 'releases', decoded.value);
  return {
    ok: true,
    releases: parsed.records.map((r) => r.release),
    rejected: parsed.problems.map(({ line, reason }) => ({ path: file, line, reason })),
  };
}
