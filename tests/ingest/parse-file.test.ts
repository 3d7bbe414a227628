import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/ingest/parse-file.ts';
import { fixtureBytes } from './ingest-helpers.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

const variants = (text: string) => ({
  crlf: text.replace(/\n/g, '\r\n'),
  cr: text.replace(/\n/g, '\r'),
  // CR-only ends come last: a CR before an LF-ended blank line would read as one CRLF.
  mixed: text
    .split('\n')
    .map((line, i, all) => line + (i > (all.length * 2) / 3 ? '\r' : i % 2 ? '\r\n' : '\n'))
    .join('')
    .slice(0, -1),
  bom: `\uFEFF${text}`,
});

describe('parseFile', () => {
  it.each(['txt/korea-norway-call.txt', 'md/2023-06-08-statement-on-harbor-talks.md'])(
    'gives %s the same record whatever its line ends or BOM',
    (name) => {
      const lf = parseFile(name, fixtureBytes(name), { sample: false });
      expect(lf.rejected).toEqual([]);
      expect(lf.accepted).toHaveLength(1);
      for (const [kind, text] of Object.entries(variants(decode(fixtureBytes(name))))) {
        const other = parseFile(name, encode(text), { sample: false });
        expect(other, kind).toEqual(lf);
      }
    },
  );

  it('marks records as sample data when asked', () => {
    const outcome = parseFile('a.ndjson', fixtureBytes('json/releases.ndjson'), { sample: true });
    expect(outcome.accepted.map((a) => a.release.sample)).toEqual([true, true]);
  });

  it('rejects a file type it does not read', () => {
    const outcome = parseFile('notes.pdf', encode('%PDF'), { sample: false });
    expect(outcome.rejected).toEqual([
      { path: 'notes.pdf', line: 1, reason: expect.stringMatching(/unknown file type ".pdf"/) },
    ]);
  });

  it('reports undecodable bytes with the path', () => {
    const outcome = parseFile('dir/r.md', new Uint8Array([0xff, 0xfe, 0x41, 0]), { sample: false });
    expect(outcome.rejected[0]).toMatchObject({ path: 'dir/r.md', line: 1 });
  });
});
