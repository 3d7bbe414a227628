import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from './ingest-helpers.ts';
import { markdownRelease, textRelease, tempDirsPerTest, writeIn } from './hostile-helpers.ts';

const folder = tempDirsPerTest();

const ENDINGS: [string, (text: string) => string][] = [
  ['CRLF', (text) => text.replace(/\n/g, '\r\n')],
  ['CR-only', (text) => text.replace(/\n/g, '\r')],
  // CR-only ends only after the last LF-ended line: "\r" then "\n" would read as one CRLF.
  [
    'mixed',
    (text) =>
      text
        .split('\n')
        .map((line, i, all) => `${line}${i >= all.length - 3 ? '\r' : i % 2 ? '\r\n' : '\n'}`)
        .join(''),
  ],
];

const TEXT = textRelease({
  body: [
    'Vice Minister Yoon Da-eun met Portuguese Secretary of State Beatriz Caldeira\nin Seoul on May 1, 2024, for talks on ocean research.',
    'The two sides agreed to hold a joint seminar\non deep-sea research in Lisbon next year.',
  ],
});
const MARKDOWN = markdownRelease({
  body: [
    'Secretary Dana Whitfield spoke today with\nForeign Minister Tomas Arvelo of Chile.',
    '- maritime safety\n- fisheries',
    'They agreed to meet in Santiago.',
  ],
});
const NDJSON = [
  JSON.stringify({
    id: 'made-up-1',
    title: 'Talks in Lisbon',
    date: '2024-05-02',
    source: 'Ministry of Foreign Affairs of the Republic of Korea',
    type: 'meeting',
    people: [],
    countries: ['KR', 'PT'],
    organizations: [],
    body: ['A paragraph.'],
  }),
  '',
  JSON.stringify({
    id: 'made-up-2',
    title: 'Talks in Seoul',
    date: '2024-05-03',
    source: 'Ministry of Foreign Affairs of the Republic of Korea',
    type: 'meeting',
    people: [],
    countries: ['KR', 'PT'],
    organizations: [],
    body: ['Another paragraph.'],
  }),
  '',
].join('\n');

const FORMATS: [string, string][] = [
  ['txt', TEXT],
  ['md', MARKDOWN],
  ['ndjson', NDJSON],
  ['json', JSON.stringify(JSON.parse(`[${NDJSON.trim().split('\n\n').join(',')}]`), null, 2)],
];

async function recordsOf(dir: string, name: string, text: string) {
  const run = await ingest(['--dry-run', '--json', writeIn(dir, name, text)]);
  expect(run.stderr, name).toMatch(/rejected 0/);
  return run.stdout;
}

describe('hostile input: line endings (item 17)', () => {
  it.each(FORMATS)('gives a .%s file the same records with any line ends', async (ext, lf) => {
    const dir = folder();
    const expected = await recordsOf(dir, `lf.${ext}`, lf);
    expect(JSON.parse(expected)).not.toEqual([]);
    for (const [kind, convert] of ENDINGS) {
      const converted = convert(lf);
      expect(converted).not.toBe(lf);
      expect(await recordsOf(dir, `${kind}.${ext}`, converted), kind).toBe(expected);
    }
  });

  it('joins the wrapped lines of a paragraph with a space, whatever ends them', async () => {
    const dir = folder();
    const stdout = await recordsOf(dir, 'cr.txt', TEXT.replace(/\n/g, '\r'));
    const [release] = JSON.parse(stdout) as { body: string[] }[];
    expect(release?.body).toEqual([
      'Vice Minister Yoon Da-eun met Portuguese Secretary of State Beatriz Caldeira in Seoul on May 1, 2024, for talks on ocean research.',
      'The two sides agreed to hold a joint seminar on deep-sea research in Lisbon next year.',
    ]);
  });

  it('names the same line in a message, whatever the line ends', async () => {
    const dir = folder();
    const bad = TEXT.replace('05/02/2024 10:00', '05/02/2024 25:00');
    for (const [kind, convert] of [['LF', (t: string) => t] as const, ...ENDINGS]) {
      const file = writeIn(dir, `${kind}.txt`, convert(bad));
      const run = await ingest(['--dry-run', file]);
      expect(run.stderr, kind).toContain(`${path.basename(file)}:3: `);
    }
  });
});
