import { existsSync, mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readBounded } from '../../src/ingest/file-io.ts';
import { resetRecord } from './hostile-fs-spy.ts';
import { corpusText, textRelease, tempDirsPerTest, writeIn } from './hostile-helpers.ts';
import { ingest } from './ingest-helpers.ts';

const fs = vi.hoisted(() => ({
  record: { opened: [] as string[], bytesRead: 0, entriesListed: 0 },
}));
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const { recordingFs } = await import('./hostile-fs-spy.ts');
  return { ...real, ...recordingFs(real, fs.record) };
});

const folder = tempDirsPerTest();
beforeEach(() => resetRecord(fs.record));

const GIB = 1024 ** 3;
const release = (n: number) => textRelease({ title: `Consultations on Fisheries, Round ${n}` });

describe('hostile input: a huge file (item 19)', () => {
  it('refuses a 1 GB file at the default limit without reading a byte of it', async () => {
    const dir = folder();
    const huge = writeIn(dir, 'huge.txt', '');
    truncateSync(huge, GIB); // sparse: no disk used, but stat reports 1 GB
    const out = path.join(dir, 'out');
    const run = await ingest([huge, '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${huge}:1: file is 1,073.7 MB, over the 5 MB limit for one file`);
    expect(fs.record.opened).toEqual([huge]);
    expect(fs.record.bytesRead).toBe(0);
    expect(corpusText(out)).toBeUndefined();
  });

  it.runIf(existsSync('/proc/self/status'))(
    'reads no more than the limit from a file whose size was wrong',
    async () => {
      // procfs reports a size of 0 for files that hold text, as a file still being written might.
      const result = await readBounded('/proc/self/status', 100);
      expect(result).toEqual({
        ok: false,
        reason: 'file grew over the 100 bytes limit for one file',
      });
      expect(fs.record.bytesRead).toBe(101);
      expect((await readBounded('/proc/self/status', 100_000)).ok).toBe(true);
    },
  );

  it('stops the run when the inputs together pass the total limit, reading no further', async () => {
    const dir = folder();
    for (let i = 0; i < 40; i += 1) writeIn(dir, `r${String(i).padStart(2, '0')}.txt`, release(i));
    const size = Buffer.byteLength(release(10));
    const out = path.join(dir, 'out');
    const run = await ingest([dir, '--out', out, '--keep-going'], {
      limits: { maxTotalBytes: size * 5 },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /error: the inputs hold more than [\d,]+ bytes in all; ingest a smaller folder/,
    );
    // At most one file per reader in flight beyond the limit; never the whole folder.
    expect(fs.record.opened.length).toBeLessThan(5 + 1 + 16);
    expect(fs.record.opened.length).toBeLessThan(40);
    expect(corpusText(out)).toBeUndefined();
  });
});

describe('hostile input: a huge tree (item 19)', () => {
  it('stops listing at the entry limit, before reading any file', async () => {
    const dir = folder();
    const input = path.join(dir, 'in');
    for (const sub of ['a', 'b', 'c']) {
      mkdirSync(path.join(input, sub), { recursive: true });
      for (let i = 0; i < 100; i += 1) writeFileSync(path.join(input, sub, `${i}.txt`), release(i));
    }
    const out = path.join(dir, 'out');
    const run = await ingest([input, '--out', out, '--keep-going'], {
      limits: { maxEntries: 50 },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'error: more than 50 entries under the inputs; ingest a smaller folder at a time',
    );
    expect(fs.record.entriesListed).toBe(51);
    expect(fs.record.opened).toEqual([]);
    expect(corpusText(out)).toBeUndefined();
  });

  it('counts entries across folders, nested ones included', async () => {
    const dir = folder();
    let deep = path.join(dir, 'in');
    for (let level = 0; level < 30; level += 1) {
      deep = path.join(deep, `level-${level}`);
      mkdirSync(deep, { recursive: true });
      writeFileSync(path.join(deep, 'r.txt'), release(level));
    }
    const run = await ingest([path.join(dir, 'in'), '--dry-run'], { limits: { maxEntries: 20 } });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/more than 20 entries/);
    expect(fs.record.entriesListed).toBe(21);
  });
});
