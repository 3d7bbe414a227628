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

function oldOutput() {
  const out = mkdtempSync(path.join(tmpdir(), 'communique-write-'));
  mkdirSync(path.join(out, 'bodies'));
  writeFileSync(path.join(out, 'bodies', '000.json'), 'old bodies');
  writeFileSync(path.join(out, 'catalogue.json'), 'old catalogue');
  writeFileSync(path.join(out, 'corpus.json'), 'old corpus');
  return out;
}

const derived = {
  catalogue: 'new catalogue',
  shards: [['bodies/000.json', 'new bodies']] as [string, string][],
};
const read = (out: string, file: string) => readFileSync(path.join(out, file), 'utf8');

afterEach(() => {
  failRenameInto.name = undefined;
});

describe('writeOutput', () => {
  it('replaces the corpus, the catalogue and the bodies and leaves nothing else behind', async () => {
    const out = oldOutput();
    await writeOutput(out, 'new corpus', derived);
    expect([
      read(out, 'corpus.json'),
      read(out, 'catalogue.json'),
      read(out, 'bodies/000.json'),
    ]).toEqual(['new corpus', 'new catalogue', 'new bodies']);
    expect(readdirSync(out).sort()).toEqual(['bodies', 'catalogue.json', 'corpus.json']);
  });

  it.each(['catalogue.json', 'corpus.json'])(
    'puts every old file back when moving %s into place fails',
    async (name) => {
      const out = oldOutput();
      failRenameInto.name = name;
      await expect(writeOutput(out, 'new corpus', derived)).rejects.toThrow('simulated failure');
      expect([
        read(out, 'corpus.json'),
        read(out, 'catalogue.json'),
        read(out, 'bodies/000.json'),
      ]).toEqual(['old corpus', 'old catalogue', 'old bodies']);
      expect(readdirSync(out).sort()).toEqual(['bodies', 'catalogue.json', 'corpus.json']);
    },
  );
});
