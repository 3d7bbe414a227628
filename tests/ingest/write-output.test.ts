import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

// Lets a test make one rename fail, as a full disk or a permissions change would part-way.
const failRenameInto = vi.hoisted(() => ({ name: undefined as string | undefined }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...actual,
    rename: async (from: string, to: string) => {
      const fresh = from.includes(`${path.sep}.ingest.`);
      if (fresh && failRenameInto.name && to.endsWith(`${path.sep}${failRenameInto.name}`)) {
        throw new Error('simulated failure');
      }
      return actual.rename(from, to);
    },
  };
});

const { writeOutput } = await import('../../src/ingest/write-output.ts');
const { OUTPUT_ENTRIES } = await import('./ingest-helpers.ts');

function oldOutput() {
  const out = mkdtempSync(path.join(tmpdir(), 'communique-write-'));
  mkdirSync(path.join(out, 'bodies'));
  writeFileSync(path.join(out, 'bodies', '000.json'), 'old bodies');
  mkdirSync(path.join(out, 'records'));
  writeFileSync(path.join(out, 'records', '000.json'), 'old records');
  writeFileSync(path.join(out, 'catalogue.json'), 'old catalogue');
  writeFileSync(path.join(out, 'search-index.bin'), 'old index');
  writeFileSync(path.join(out, 'head.json'), 'old head');
  writeFileSync(path.join(out, 'corpus.json'), 'old corpus');
  return out;
}

const derived = {
  catalogue: 'new catalogue',
  head: 'new head',
  shards: [['bodies/000.json', 'new bodies']] as [string, string][],
  records: [['records/000.json', 'new records']] as [string, string][],
  searchIndex: new TextEncoder().encode('new index'),
};
const FILES = OUTPUT_ENTRIES;
const read = (out: string, file: string) => readFileSync(path.join(out, file), 'utf8');
/** Every file written, in one order, and what each says when all are `age` ("old", "new"). */
const WRITTEN = [
  ['corpus.json', 'corpus'],
  ['catalogue.json', 'catalogue'],
  ['head.json', 'head'],
  ['search-index.bin', 'index'],
  ['bodies/000.json', 'bodies'],
  ['records/000.json', 'records'],
];
const contents = (out: string) => WRITTEN.map(([file]) => read(out, file!));
const all = (age: string) => WRITTEN.map(([, what]) => `${age} ${what}`);

afterEach(() => {
  failRenameInto.name = undefined;
});

describe('writeOutput', () => {
  it('replaces the corpus, the catalogue, the index and the bodies and leaves nothing else behind', async () => {
    const out = oldOutput();
    await writeOutput(out, 'new corpus', derived);
    expect(contents(out)).toEqual(all('new'));
    expect(readdirSync(out).sort()).toEqual(FILES);
  });

  it.each(['records', 'search-index.bin', 'head.json', 'catalogue.json', 'corpus.json'])(
    'puts every old file back when moving %s into place fails',
    async (name) => {
      const out = oldOutput();
      failRenameInto.name = name;
      await expect(writeOutput(out, 'new corpus', derived)).rejects.toThrow('simulated failure');
      expect(contents(out)).toEqual(all('old'));
      expect(readdirSync(out).sort()).toEqual(FILES);
    },
  );
});
