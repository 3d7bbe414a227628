import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ingest } from './ingest-helpers.ts';
import {
  corpusReleases,
  corpusText,
  markdownRelease,
  textRelease,
  tempDirsPerTest,
  writeIn,
} from './hostile-helpers.ts';

const folder = tempDirsPerTest();

/** NUL, C0 and C1 controls, DEL, a BOM mid-text, line and paragraph separators, zero width. */
const DIRTY_TITLE =
  'Vice Mini\u0000sters\u2028Discuss\u00A0Ocean\uFEFF Re\u0085search\u001B in\u2029Lisbon\u200B\u007F\u009B';
const CLEAN_TITLE = 'Vice Ministers Discuss Ocean Research in Lisbon';
const DIRTY_BODY = 'The sides\u000B agreed\u2028to meet\u0007 again\u000C in\u0000 autumn.\uFEFF';
const CLEAN_BODY = 'The sides agreed to meet again in autumn.';

// Anything a JSON or JS reader could trip on, or that would hide in the text: raw controls
// (the structure's own newlines aside), separators, BOM, zero-width and lone surrogates.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029\uFEFF\u200B]|\\u00[01]/;

function expectSafeCorpus(text: string | undefined) {
  expect(text).toBeDefined();
  const corpus = text ?? '';
  expect(corpus).not.toMatch(FORBIDDEN);
  expect(corpus).not.toMatch(/\\u(d[89ab][0-9a-f]{2})(?!\\u(d[c-f]))/i);
  const parsed: unknown = JSON.parse(corpus);
  // A consumer that evaluates the file as JavaScript reads exactly what JSON.parse reads.
  expect(runInNewContext(`(${corpus})`)).toEqual(parsed);
  return corpusReleases(corpus);
}

const jsonRelease = (title: string, body: string, url?: string) => ({
  id: 'made-up-release-1',
  title,
  date: '2024-05-02',
  source: 'Ministry of Foreign Affairs of the Republic of Korea',
  ...(url ? { url } : {}),
  type: 'meeting',
  people: [],
  countries: ['KR', 'PT'],
  organizations: [],
  body: [body],
});

const INPUTS: [string, string, () => string][] = [
  ['raw control bytes', 'txt', () => textRelease({ title: DIRTY_TITLE, body: [DIRTY_BODY] })],
  [
    'YAML escapes and raw controls',
    'md',
    () => markdownRelease({ title: JSON.stringify(DIRTY_TITLE), body: [DIRTY_BODY] }),
  ],
  ['\\u escapes', 'json', () => JSON.stringify([jsonRelease(DIRTY_TITLE, DIRTY_BODY)])],
  ['\\u escapes', 'ndjson', () => JSON.stringify(jsonRelease(DIRTY_TITLE, DIRTY_BODY))],
];

describe('hostile input: control and invisible characters (item 16)', () => {
  it.each(INPUTS)(
    'removes %s from a .%s file; the corpus is valid JSON and JS',
    async (_, extension, make) => {
      const dir = folder();
      const file = writeIn(dir, `in.${extension}`, make());
      const run = await ingest([file, '--out', dir]);
      expect(run.stderr).not.toMatch(/rejected [1-9]/);
      expect(run.code).toBe(0);
      const [release] = expectSafeCorpus(corpusText(dir));
      expect(release?.title).toBe(CLEAN_TITLE);
      expect(release?.body).toEqual([CLEAN_BODY]);
    },
  );

  it('replaces a lone surrogate with U+FFFD', async () => {
    const dir = folder();
    const raw = JSON.stringify(jsonRelease('Talks \uD800in Lisbon', 'Closing \uDC00remarks.'));
    writeIn(dir, 'in.ndjson', raw);
    const run = await ingest([path.join(dir, 'in.ndjson'), '--out', dir]);
    expect(run.code).toBe(0);
    const [release] = expectSafeCorpus(corpusText(dir));
    expect(release?.title).toBe('Talks \uFFFDin Lisbon');
    expect(release?.body).toEqual(['Closing \uFFFDremarks.']);
  });

  it('cleans a Markdown source_url, which the URL parser alone would let through', async () => {
    const dir = folder();
    const md = markdownRelease().replace(
      '---\n\n',
      '"source_url": "https://example.org/news\\u2028release\\0\\e[2J"\n---\n\n',
    );
    writeIn(dir, 'in.md', md);
    const run = await ingest([path.join(dir, 'in.md'), '--out', dir]);
    expect(run.code).toBe(0);
    const [release] = expectSafeCorpus(corpusText(dir));
    expect(release?.url).toBe('https://example.org/news release[2J');
  });

  it('cleans what it merges from an existing corpus, too', async () => {
    const dir = folder();
    const existing = {
      format: 1,
      sample: false,
      countries: {},
      releases: [jsonRelease(DIRTY_TITLE, DIRTY_BODY)],
    };
    writeFileSync(path.join(dir, 'corpus.json'), JSON.stringify(existing));
    const file = writeIn(dir, 'new.txt', textRelease());
    const run = await ingest([file, '--out', dir]);
    expect(run.code).toBe(0);
    const releases = expectSafeCorpus(corpusText(dir));
    expect(releases.map((r) => r.title)).toContain(CLEAN_TITLE);
    expect(releases).toHaveLength(2);
  });

  it('drops stray NUL bytes in UTF-8 text but still refuses binary files', async () => {
    const dir = folder();
    const stray = writeIn(dir, 'stray.txt', textRelease({ title: 'Talks\0 in\0 Lisbon' }));
    const binary = writeIn(dir, 'binary.txt', Buffer.from([0x4d, 0x0a, 0x00, 0xff, 0xd8, 0x00]));
    const run = await ingest([stray, binary, '--dry-run', '--json', '--keep-going']);
    expect(run.stderr).toContain(`${binary}:2: binary file (NUL byte)`);
    const titles = (JSON.parse(run.stdout) as { title: string }[]).map((r) => r.title);
    expect(titles).toEqual(['Talks in Lisbon']);
  });
});
