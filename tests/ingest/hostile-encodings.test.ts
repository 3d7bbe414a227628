import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from './ingest-helpers.ts';
import { concat, corpusText, textRelease, tempDirsPerTest, writeIn } from './hostile-helpers.ts';

const folder = tempDirsPerTest();

// Written by hand, as a legacy editor saves them; each holds bytes that are not valid UTF-8.
const CAFE_1252 = [0x63, 0x61, 0x66, 0xe9]; // "café"
const QUOTES_1252 = [0x93, 0x4f, 0x63, 0x65, 0x61, 0x6e, 0x94]; // "“Ocean”"
const FOREIGN_MINISTRY_EUC_KR = [0xbf, 0xdc, 0xb1, 0xb3, 0xba, 0xce]; // "외교부"
const FOREIGN_MINISTRY_SHIFT_JIS = [0x8a, 0x4f, 0x96, 0xb1, 0x8f, 0xc8]; // "外務省"

const RELEASE = textRelease({ title: 'Vice Ministers Meet in a Café by the Harbour (외교부)' });
const [head = '', tail = ''] = RELEASE.split('Café');

const utf16le = (text: string) => Buffer.from(text, 'utf16le');
const utf16be = (text: string) => utf16le(text).swap16();

const LEGACY: [string, string, Buffer, number][] = [
  ['Windows-1252 "café"', 'cafe.txt', concat(head, CAFE_1252, tail), 5],
  ['Windows-1252 curly quotes', 'quotes.txt', concat(head, QUOTES_1252, tail), 5],
  [
    'EUC-KR "외교부"',
    'euc-kr.txt',
    concat(FOREIGN_MINISTRY_EUC_KR, RELEASE.slice(RELEASE.indexOf('\n'))),
    1,
  ],
  [
    'Shift_JIS "外務省"',
    'sjis.md',
    concat('---\ntitle: ', FOREIGN_MINISTRY_SHIFT_JIS, "\ndate: '2024-05-02'\n---\n\nText.\n"),
    2,
  ],
];

const UTF16: [string, Buffer, RegExp][] = [
  [
    'UTF-16 LE with BOM',
    concat([0xff, 0xfe], utf16le(RELEASE)),
    /UTF-16 LE text \(byte order mark\)/,
  ],
  [
    'UTF-16 BE with BOM',
    concat([0xfe, 0xff], utf16be(RELEASE)),
    /UTF-16 BE text \(byte order mark\)/,
  ],
  ['UTF-16 LE without BOM', utf16le(RELEASE), /UTF-16 LE text \(no byte order mark\)/],
  ['UTF-16 BE without BOM', utf16be(RELEASE), /UTF-16 BE text \(no byte order mark\)/],
];

describe('hostile input: files not in UTF-8 (item 15)', () => {
  it('builds the legacy bytes that the encodings really use', () => {
    const decode = (label: string, bytes: number[]) =>
      new TextDecoder(label).decode(new Uint8Array(bytes));
    expect(decode('windows-1252', CAFE_1252)).toBe('café');
    expect(decode('euc-kr', FOREIGN_MINISTRY_EUC_KR)).toBe('외교부');
    expect(decode('shift_jis', FOREIGN_MINISTRY_SHIFT_JIS)).toBe('外務省');
    expect(utf16be('외').equals(Buffer.from([0xc6, 0x78]))).toBe(true);
  });

  it.each(LEGACY)(
    'rejects %s with path:line, exits 1 and writes nothing',
    async (_, name, bytes, line) => {
      const dir = folder();
      const file = writeIn(dir, name, bytes);
      const out = path.join(dir, 'out');
      const run = await ingest([file, '--out', out, '--json']);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`${file}:${line}: not valid UTF-8 text`);
      expect(run.stderr).toMatch(/save the file as UTF-8/);
      expect(run.stdout).toBe('');
      expect(corpusText(out)).toBeUndefined();
    },
  );

  it.each(UTF16)('rejects %s with the path on line 1', async (_, bytes, reason) => {
    const dir = folder();
    const file = writeIn(dir, 'release.txt', bytes);
    const out = path.join(dir, 'out');
    const run = await ingest([file, '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${file}:1: `);
    expect(run.stderr).toMatch(reason);
    expect(corpusText(out)).toBeUndefined();
  });

  it('skips the rejected file with --keep-going, and keeps the UTF-8 one intact', async () => {
    const dir = folder();
    const good = writeIn(dir, 'a-good.txt', RELEASE);
    const bad = writeIn(dir, 'b-legacy.txt', concat(head, CAFE_1252, tail));
    const run = await ingest([dir, '--keep-going', '--out', dir]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`${bad}:5: not valid UTF-8`);
    expect(run.stderr).not.toContain(good);
    const titles = (JSON.parse(corpusText(dir) ?? '') as { releases: { title: string }[] })
      .releases;
    expect(titles.map((r) => r.title)).toEqual([
      'Vice Ministers Meet in a Café by the Harbour (외교부)',
    ]);
  });

  it('reads a UTF-8 file with a byte order mark as the same release as without', async () => {
    const dir = folder();
    const plain = await ingest(['--dry-run', '--json', writeIn(dir, 'a.txt', RELEASE)]);
    const marked = await ingest(['--dry-run', '--json', writeIn(dir, 'b.txt', `\uFEFF${RELEASE}`)]);
    expect(plain.code).toBe(0);
    expect(marked.stdout).toBe(plain.stdout);
  });
});
