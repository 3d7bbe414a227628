import { readFileSync } from 'node:fs';
import path from 'node:path';
import type * as z from 'zod/mini';
import type { StaticRelease } from '../app/static/release-page.tsx';
import { recordFileSchema, recordPath } from '../shared/corpus/corpus-schema.ts';
import { releaseFromCatalogue } from '../shared/corpus/fast-release-check.ts';
import { releaseSchema } from '../shared/release/release-schema.ts';

export type Pending = Omit<StaticRelease, 'body'>;

type Issues = { issues: readonly { path: readonly PropertyKey[]; message: string }[] };

/** "releases.3.date: must be YYYY-MM-DD": where in the file, and what is wrong there. */
const firstIssue = (prefix: string, error: Issues) => {
  const issue = error.issues[0];
  const field = [prefix, ...(issue?.path ?? []).map(String)].filter(Boolean).join('.');
  return `${field || 'file'}: ${issue?.message ?? 'invalid'}`;
};

/** A data file, read and checked against its schema; the error names the file and the field. */
export function readData<T>(
  dataDir: string,
  file: string,
  schema: z.ZodMiniType<T>,
  quick?: (v: unknown) => v is T,
): T {
  const where = `data/${file}`;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path.join(dataDir, file), 'utf8'));
  } catch (error) {
    throw new Error(`${where}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  if (quick?.(json)) return json;
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new Error(`${where}: ${firstIssue('', parsed.error)}`);
  return parsed.data;
}

/**
 * Every release of the record files, grouped by the body shard that holds its text. A record
 * that is not a release, or an id met twice, stops the run with the file and the field named.
 */
export function releasesByShard(dataDir: string, files: number) {
  const byShard = new Map<number, Pending[]>();
  const seen = new Map<string, string>();
  for (let k = 0; k < files; k += 1) {
    const where = `data/${recordPath(k)}`;
    const file = readData(dataDir, recordPath(k), recordFileSchema);
    const countries = new Map(Object.entries(file.countries));
    file.releases.forEach((raw, i) => {
      const release = releaseFromCatalogue(raw);
      const shard = file.shards[i];
      if (!release) {
        const checked = releaseSchema.safeParse({ ...(raw as object), body: [] });
        const why = checked.success ? `releases.${i}: not a release` : '';
        throw new Error(
          `${where}: ${why || firstIssue(`releases.${i}`, checked.error ?? { issues: [] })}`,
        );
      }
      if (shard === undefined) throw new Error(`${where}: shards.${i}: missing`);
      const before = seen.get(release.id);
      if (before) throw new Error(`${where}: releases.${i}: id ${release.id} is also in ${before}`);
      seen.set(release.id, where);
      const group = byShard.get(shard) ?? [];
      if (group.length === 0) byShard.set(shard, group);
      group.push({ release, countries });
    });
  }
  return byShard;
}
