import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureBytes, fixturePath, fixtureText, ingest, tempDir } from './ingest-helpers.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function folder() {
  const dir = tempDir();
  dirs.push(dir);
  return dir;
}

const NORWAY = fixtureText('txt/korea-norway-call.txt');
const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(
    parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))),
  );

describe('ingest command on bad input', () => {
  it.each([
    ['empty.txt', bytes(''), 1, 'empty file'],
    ['binary.txt', bytes('Ministry\n\n', [0, 159, 146, 150]), 3, 'binary file'],
    [
      'utf16.txt',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(NORWAY, 'utf16le')]),
      1,
      'UTF-16',
    ],
    [
      'latin1.txt',
      bytes(NORWAY.split('Oslo')[0] ?? '', [0x54, 0x72, 0x6f, 0x6d, 0x73, 0xf8]),
      10,
      'not valid UTF-8',
    ],
    ['broken.md', fixtureBytes('bad/broken-front-matter.md'), 4, 'broken front matter'],
    ['record.json', fixtureBytes('bad/bad-record.json'), 8, 'releases[3].date: is not a real date'],
    ['notes.pdf', bytes('%PDF-1.4'), 1, 'unknown file type ".pdf"'],
  ])('rejects %s with path:line and exits 1', async (name, content, line, reason) => {
    const dir = folder();
    const file = path.join(dir, name);
    writeFileSync(file, content);
    const run = await ingest([file, '--out', path.join(dir, 'out')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${file}:${line}: ${reason}`);
  });

  it('reads CRLF, CR-only and BOM copies of a release as the same release', async () => {
    const dir = folder();
    const lf = path.join(dir, 'lf.txt');
    writeFileSync(lf, NORWAY);
    const single = await ingest(['--dry-run', '--json', lf]);
    for (const [name, text] of [
      ['crlf.txt', NORWAY.replace(/\n/g, '\r\n')],
      ['cr.txt', NORWAY.replace(/\n/g, '\r')],
      ['bom.txt', `\uFEFF${NORWAY}`],
    ] as const) {
      writeFileSync(path.join(dir, name), text);
      const run = await ingest(['--dry-run', '--json', path.join(dir, name)]);
      expect(run.stdout, name).toBe(single.stdout);
    }
  });

  it('refuses a file over the size limit, naming the limit', async () => {
    const dir = folder();
    const big = path.join(dir, 'big.txt');
    writeFileSync(big, NORWAY);
    const run = await ingest([big, '--dry-run'], { limits: { maxFileBytes: 100 } });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /big\.txt:1: file is [\d,]+ bytes, over the 100 bytes limit for one file/,
    );
  });

  it('stops on an input tree over the entry limit', async () => {
    const dir = folder();
    for (let i = 0; i < 6; i += 1) writeFileSync(path.join(dir, `r${i}.txt`), NORWAY);
    const run = await ingest([dir, '--keep-going', '--out', path.join(dir, 'out')], {
      limits: { maxEntries: 5 },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/error: more than 5 entries under the inputs/);
  });

  it('follows symlinks inside the input folder but not those that leave it', async () => {
    const dir = folder();
    const input = path.join(dir, 'in');
    const outside = path.join(dir, 'outside');
    mkdirSync(path.join(input, 'sub'), { recursive: true });
    mkdirSync(outside);
    cpSync(fixturePath('txt/korea-norway-call.txt'), path.join(input, 'sub', 'norway.txt'));
    cpSync(fixturePath('txt/korea-kenya-aid.txt'), path.join(outside, 'kenya.txt'));
    symlinkSync(path.join(outside, 'kenya.txt'), path.join(input, 'escape.txt'));
    symlinkSync(outside, path.join(input, 'escape-dir'));
    symlinkSync(path.join(input, 'sub'), path.join(input, 'loop'));
    const run = await ingest(['--dry-run', '--json', input]);
    expect(run.code).toBe(0);
    const titles = (JSON.parse(run.stdout) as { title: string }[]).map((r) => r.title);
    expect(titles).toEqual(['Outcome of the Korea–Norway Foreign Ministers’ Telephone Call']);
    expect(run.stderr).toContain(
      `${path.join(input, 'escape.txt')}: skipped, symlink leads outside`,
    );
    expect(run.stderr).toContain(
      `${path.join(input, 'escape-dir')}: skipped, symlink leads outside`,
    );
  });

  it('writes a corpus whose release text has no control characters', async () => {
    const dir = folder();
    const file = path.join(dir, 'dirty.txt');
    writeFileSync(
      file,
      NORWAY.replace('Oslo', 'Os\u0001lo')
        .replace('polar', 'polar\u2029')
        .replace('Norwegian', 'Nor\u0085wegian'),
    );
    await ingest([file, '--out', dir]);
    const text = readFileSync(path.join(dir, 'corpus.json'), 'utf8');
    expect(text).toContain('conference in Oslo.');
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0008\u0085\u2028\u2029]|\\u00(0|1)/);
  });
});
