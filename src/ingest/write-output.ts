import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  BODIES_DIR,
  CATALOGUE_FILE_NAME,
  CORPUS_FILE_NAME,
  HEAD_FILE_NAME,
  RECORDS_DIR,
  SEARCH_INDEX_FILE_NAME,
} from '../shared/corpus/corpus-schema.ts';
import type { DerivedFiles } from './serialize-derived.ts';

/**
 * Writes corpus.json, catalogue.json, head.json, search-index.bin, bodies/ and records/ into
 * `out`. Everything is written first into a
 * hidden folder inside `out` (same file system, so renames are atomic); a failure there leaves
 * the old output untouched. Then each piece replaces its old version, corpus.json last: it is
 * the merge source, so until that rename a re-run still starts from the old corpus. The old
 * versions are kept aside until all are in place, and put back if any step fails.
 */
export async function writeOutput(out: string, corpus: string, derived: DerivedFiles) {
  await mkdir(out, { recursive: true });
  const tag = `${process.pid}.${randomBytes(4).toString('hex')}`;
  const temp = path.join(out, `.ingest.${tag}.tmp`);
  const swapped: { target: string; backup: string | undefined }[] = [];
  const swapIn = async (name: string) => {
    const target = path.join(out, name);
    const backup = existsSync(target) ? path.join(out, `.${name}.${tag}.old`) : undefined;
    if (backup) await rename(target, backup);
    swapped.push({ target, backup });
    await rename(path.join(temp, name), target);
  };
  let done = false;
  try {
    await mkdir(path.join(temp, BODIES_DIR), { recursive: true });
    await mkdir(path.join(temp, RECORDS_DIR), { recursive: true });
    for (const [file, text] of [...derived.shards, ...derived.records]) {
      await writeFile(path.join(temp, file), text, { flag: 'wx' });
    }
    await writeFile(path.join(temp, SEARCH_INDEX_FILE_NAME), derived.searchIndex, { flag: 'wx' });
    await writeFile(path.join(temp, HEAD_FILE_NAME), derived.head, { flag: 'wx' });
    await writeFile(path.join(temp, CATALOGUE_FILE_NAME), derived.catalogue, { flag: 'wx' });
    await writeFile(path.join(temp, CORPUS_FILE_NAME), corpus, { flag: 'wx' });
    await swapIn(BODIES_DIR);
    await swapIn(RECORDS_DIR);
    await swapIn(SEARCH_INDEX_FILE_NAME);
    await swapIn(HEAD_FILE_NAME);
    await swapIn(CATALOGUE_FILE_NAME);
    await swapIn(CORPUS_FILE_NAME);
    done = true;
  } catch (error) {
    for (const { target, backup } of swapped.reverse()) {
      await rm(target, { recursive: true, force: true });
      if (backup) await rename(backup, target);
    }
    throw error;
  } finally {
    await rm(temp, { recursive: true, force: true });
    if (done) {
      for (const { backup } of swapped)
        if (backup) await rm(backup, { recursive: true, force: true });
    }
  }
}
