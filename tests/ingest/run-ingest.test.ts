import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/shared/corpus/load-corpus.ts';
import { fixturePath, fixtureText, ingest, tempDir, OUTPUT_ENTRIES } from './ingest-helpers.ts';

const SUMMARY = /read (\d+), written (\d+), rejected (\d+), in \d+\.\d\d s\n$/;
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function workspace() {
  const dir = tempDir();
  dirs.push(dir);
  return {
    dir,
    input: path.join(dir, 'in'),
    out: path.join(dir, 'out'),
    corpus: path.join(dir, 'out', 'corpus.json'),
  };
}

function inputFolder(ws: ReturnType<typeof workspace>, names: string[]) {
  mkdirSync(ws.input, { recursive: true });
  for (const name of names) cpSync(fixturePath(name), path.join(ws.input, path.basename(name)));
  return ws.input;
}

const GOOD = [
  'txt/korea-norway-call.txt',
  'txt/korea-kenya-aid.txt',
  'md/2023-06-08-statement-on-harbor-talks.md',
  'json/releases.ndjson',
];

describe('ingest command', () => {
  it('reads a folder of mixed formats into one corpus the app loads', async () => {
    const ws = workspace();
    const input = inputFolder(ws, GOOD);
    writeFileSync(path.join(input, 'LICENSE'), 'Invented licence text.');
    const run = await ingest([input, '--out', ws.out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(SUMMARY);
    expect(SUMMARY.exec(run.stderr)?.slice(1)).toEqual(['5', '5', '0']);
    expect(run.stderr).toContain(
      `note: ${path.join(input, 'LICENSE')}: skipped, not a release file`,
    );
    const corpus = loadCorpus(readFileSync(ws.corpus, 'utf8'));
    expect(corpus.releases).toHaveLength(5);
    expect(corpus.skipped.count).toBe(0);
    expect(corpus.releases.map((r) => r.date)).toEqual(
      [...corpus.releases.map((r) => r.date)].sort().reverse(),
    );
    expect([...corpus.countries.keys()]).toEqual(expect.arrayContaining(['KR', 'US']));
    expect(readdirSync(ws.out).sort()).toEqual(OUTPUT_ENTRIES);
  });

  it('writes byte-identical output on a re-run, whatever the order of the inputs', async () => {
    const ws = workspace();
    const files = GOOD.map(fixturePath);
    await ingest([...files, '--out', ws.out]);
    const first = readFileSync(ws.corpus);
    await ingest([...files, '--out', ws.out]);
    expect(readFileSync(ws.corpus).equals(first)).toBe(true);
    const other = path.join(ws.dir, 'other');
    await ingest([...files].reverse().concat('--out', other));
    expect(readFileSync(path.join(other, 'corpus.json')).equals(first)).toBe(true);
  });

  it('merges: adds new releases, replaces one with the same id, keeps the rest', async () => {
    const ws = workspace();
    await ingest([
      fixturePath('json/corpus.json'),
      fixturePath('txt/korea-kenya-aid.txt'),
      '--out',
      ws.out,
    ]);
    const before = loadCorpus(readFileSync(ws.corpus, 'utf8'));
    const kenya = before.releases.find((r) => r.title.includes('Kenya'));
    const edited = path.join(ws.dir, 'kenya.txt');
    writeFileSync(edited, fixtureText('txt/korea-kenya-aid.txt').replace('2 million', '3 million'));
    const run = await ingest([edited, fixturePath('txt/korea-norway-call.txt'), '--out', ws.out]);
    expect(run.code).toBe(0);
    const after = loadCorpus(readFileSync(ws.corpus, 'utf8'));
    expect(after.releases).toHaveLength(3);
    expect(after.byId.get(kenya?.id ?? '')?.body[0]).toContain('3 million');
    expect(after.releases.some((r) => r.title === 'Year-End Briefing')).toBe(true);
    expect(after.releases.some((r) => r.title.includes('Norway'))).toBe(true);
  });

  it('rejects bad input with path:line, exits 1 and leaves the output untouched', async () => {
    const ws = workspace();
    await ingest([fixturePath('txt/korea-kenya-aid.txt'), '--out', ws.out]);
    const before = readFileSync(ws.corpus);
    const bad = fixturePath('bad/impossible-date.txt');
    const run = await ingest([fixturePath('txt/korea-norway-call.txt'), bad, '--out', ws.out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${bad}:3: "02/30/2024" is not a real date\n`);
    expect(SUMMARY.exec(run.stderr)?.slice(1)).toEqual(['2', '0', '1']);
    expect(readFileSync(ws.corpus).equals(before)).toBe(true);
    expect(readdirSync(ws.out).sort()).toEqual(OUTPUT_ENTRIES);
  });

  it('creates nothing when a first run fails', async () => {
    const ws = workspace();
    const run = await ingest([fixturePath('bad/second-header.txt'), '--out', ws.out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('second-header.txt:9: a second date line');
    expect(existsSync(ws.out)).toBe(false);
  });

  it('writes the accepted records with --keep-going and lists the rejected', async () => {
    const ws = workspace();
    const input = inputFolder(ws, [
      'txt/korea-norway-call.txt',
      'bad/missing-date.txt',
      'bad/bad-record.ndjson',
    ]);
    const run = await ingest(['--keep-going', input, '--out', ws.out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      `${path.join(input, 'missing-date.txt')}:3: missing publication date`,
    );
    expect(run.stderr).toContain(`${path.join(input, 'bad-record.ndjson')}:2: type: `);
    expect(SUMMARY.exec(run.stderr)?.slice(1)).toEqual(['4', '2', '2']);
    expect(loadCorpus(readFileSync(ws.corpus, 'utf8')).releases).toHaveLength(2);
  });

  it('prints only the records as one JSON array with --dry-run --json, and writes nothing', async () => {
    const ws = workspace();
    const run = await ingest([
      '--dry-run',
      '--json',
      fixturePath('txt/korea-norway-call.txt'),
      '--out',
      ws.out,
    ]);
    expect(run.code).toBe(0);
    const records = JSON.parse(run.stdout) as { title: string; body: string[] }[];
    expect(records).toHaveLength(1);
    expect(records[0]?.title).toBe('Outcome of the Korea–Norway Foreign Ministers’ Telephone Call');
    expect(existsSync(ws.out)).toBe(false);
    expect(SUMMARY.exec(run.stderr)?.slice(1)).toEqual(['1', '0', '0']);
  });

  it('marks every record and the corpus as sample data with --sample', async () => {
    const ws = workspace();
    await ingest([
      '--sample',
      fixturePath('txt/korea-norway-call.txt'),
      fixturePath('json/releases.json'),
      '--out',
      ws.out,
    ]);
    const file = JSON.parse(readFileSync(ws.corpus, 'utf8')) as {
      sample: boolean;
      releases: { sample?: true }[];
    };
    expect(file.sample).toBe(true);
    expect(file.releases.map((r) => r.sample)).toEqual([true, true, true]);
  });

  it.each([
    [[], /no input files/],
    [['--frobnicate', 'x.txt'], /unknown option: --frobnicate/],
    [['--out'], /--out needs a folder/],
    [['/nonexistent/communique/input'], /no such file or folder: \/nonexistent/],
  ])('exits 2 with the usage for %j', async (argv, message) => {
    const run = await ingest(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/usage: npm run ingest/);
  });

  it('refuses to merge into an output that is not a corpus', async () => {
    const ws = workspace();
    mkdirSync(ws.out);
    writeFileSync(ws.corpus, '<html>not a corpus</html>');
    const run = await ingest([
      fixturePath('txt/korea-norway-call.txt'),
      '--out',
      ws.out,
      '--keep-going',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${ws.corpus}:1: not a corpus file`);
    expect(readFileSync(ws.corpus, 'utf8')).toBe('<html>not a corpus</html>');
  });

  it('keeps one record when two files give the same id', async () => {
    const ws = workspace();
    const input = inputFolder(ws, ['txt/korea-norway-call.txt']);
    cpSync(fixturePath('txt/korea-norway-call.txt'), path.join(input, 'copy.txt'));
    const run = await ingest([input, '--out', ws.out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/note: .*korea-norway-call\.txt:1: same id as .*copy\.txt:1/);
    expect(loadCorpus(readFileSync(ws.corpus, 'utf8')).releases).toHaveLength(1);
  });

  it('shows progress on stderr only when it is a terminal', async () => {
    const file = fixturePath('txt/korea-kenya-aid.txt');
    const terminal = await ingest(['--dry-run', file], { tty: true });
    expect(terminal.stderr).toContain('\rreading 1/1 files');
    const piped = await ingest(['--dry-run', file]);
    expect(piped.stderr).not.toContain('reading');
    expect(piped.stdout).toBe('');
  });
});
