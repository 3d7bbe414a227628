import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetRecord } from './hostile-fs-spy.ts';
import { textRelease, tempDirsPerTest, writeIn } from './hostile-helpers.ts';
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

const INSIDE = textRelease({ title: 'Talks Inside the Input Folder' });
const OUTSIDE = textRelease({ title: 'A Release Outside the Input Folder' });
/** A release whose date line is wrong, so that the run names its file in a message. */
const BAD = textRelease({
  header: '05/02/2024 | Press release | Distributed by Public on 13/45/2024 10:00',
});
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function tree() {
  const dir = folder();
  const input = path.join(dir, 'in');
  const outside = path.join(dir, 'outside');
  mkdirSync(path.join(input, 'sub'), { recursive: true });
  mkdirSync(outside);
  writeIn(path.join(input, 'sub'), 'inside.txt', INSIDE);
  writeIn(outside, 'secret.txt', OUTSIDE);
  return { dir, input, outside };
}

describe('hostile input: symlinks (item 18)', () => {
  it('skips links that leave the input folder and link loops with a note, never opening them', async () => {
    const { input, outside } = tree();
    const links: [string, string][] = [
      [path.join(outside, 'secret.txt'), 'escape-file.txt'],
      [outside, 'escape-dir'],
      ['../outside/secret.txt', 'relative-escape.txt'],
      ['loop-b.txt', 'loop-a.txt'],
      ['loop-a.txt', 'loop-b.txt'],
      ['self.txt', 'self.txt'],
      ['.', 'here'],
      ['..', 'sub/up'],
    ];
    for (const [target, name] of links) symlinkSync(target, path.join(input, name));
    const run = await ingest(['--dry-run', '--json', input]);
    expect(run.code).toBe(0);
    const titles = (JSON.parse(run.stdout) as { title: string }[]).map((r) => r.title);
    expect(titles).toEqual(['Talks Inside the Input Folder']);
    for (const name of ['escape-file.txt', 'escape-dir', 'relative-escape.txt']) {
      expect(run.stderr).toContain(
        `note: ${path.join(input, name)}: skipped, symlink leads outside`,
      );
    }
    for (const name of ['loop-a.txt', 'loop-b.txt', 'self.txt']) {
      expect(run.stderr).toContain(
        `note: ${path.join(input, name)}: skipped, broken symlink or symlink loop`,
      );
    }
    expect(run.stderr).toContain(`note: ${path.join(input, 'here')}: skipped, folder already read`);
    expect(
      fs.record.opened.some((file) => file.includes('secret') || file.includes('escape')),
    ).toBe(false);
    expect(fs.record.opened).toEqual([path.join(input, 'sub', 'inside.txt')]);
  });

  it('refuses a FIFO named on the command line instead of blocking on it', async () => {
    const dir = folder();
    const fifo = path.join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    const run = await ingest(['--dry-run', fifo]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`error: not a file or folder: ${fifo}`);
    expect(fs.record.opened).toEqual([]);
  });
});

describe('hostile input: file names (item 18)', () => {
  it('shows a name holding a newline as one escaped path, so it cannot forge a message line', async () => {
    const dir = folder();
    const name = 'talks.txt\nerror: forged message.txt';
    writeIn(dir, name, BAD);
    writeIn(dir, 'notes\nnote: forged.pdf', 'not a release');
    const run = await ingest(['--dry-run', dir]);
    expect(run.code).toBe(1);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines.filter((l) => /forged/.test(l))).toEqual([
      `note: "${dir}/notes\\nnote: forged.pdf": skipped, not a release file`,
      expect.stringMatching(/^".*\/talks\.txt\\nerror: forged message\.txt":3: .*not a real date/),
    ]);
    expect(lines.every((l) => /^(note|error|read|"|\/)/.test(l))).toBe(true);
  });

  it('escapes direction overrides and terminal escapes in names', async () => {
    const dir = folder();
    writeIn(dir, 'evil\u202Etxt.\u001B[2Jreport.txt', BAD);
    const run = await ingest(['--dry-run', dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toContain('\u202E');
    expect(run.stderr).not.toContain('\u001B');
    expect(run.stderr).toContain('evil\\u202etxt.\\u001b[2Jreport.txt":3: ');
  });

  it('escapes a missing path named on the command line', async () => {
    const run = await ingest(['--dry-run', '/no/such\nerror: forged\u202E']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'error: no such file or folder: "/no/such\\nerror: forged\\u202e"\n',
    );
  });

  it('makes ids from the content, never from the file name', async () => {
    const dir = folder();
    const hostile = writeIn(dir, '<img src=x onerror=alert(1)>\n\u202E..%2F.txt', INSIDE);
    const plain = writeIn(dir, 'plain.txt', INSIDE);
    const [fromHostile, fromPlain] = await Promise.all(
      [hostile, plain].map(async (file) => {
        const run = await ingest(['--dry-run', '--json', file]);
        return (JSON.parse(run.stdout) as { id: string }[])[0]?.id ?? '';
      }),
    );
    expect(fromHostile).toMatch(SLUG);
    expect(fromHostile).toBe(fromPlain);
    expect(fromHostile).not.toMatch(/img|onerror|plain/);
  });
});
