import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/ingest/decode-bytes.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const join = (...parts: (Uint8Array | number[])[]) => new Uint8Array(parts.flatMap((p) => [...p]));

describe('decodeBytes', () => {
  it('decodes UTF-8 and drops a leading byte order mark', () => {
    const result = decodeBytes(join([0xef, 0xbb, 0xbf], utf8('Ministère\nline two')));
    expect(result).toEqual({ ok: true, value: 'Ministère\nline two' });
  });

  it('turns CRLF, CR-only and mixed line ends into LF', () => {
    const lf = decodeBytes(utf8('a\nb\n\nc\n'));
    expect(decodeBytes(utf8('a\r\nb\r\n\r\nc\r\n'))).toEqual(lf);
    expect(decodeBytes(utf8('a\rb\r\rc\r'))).toEqual(lf);
    expect(decodeBytes(utf8('a\r\nb\r\rc\n'))).toEqual(lf);
  });

  it.each([
    ['an empty file', new Uint8Array(), 1, /empty/],
    ['a file of blank lines', utf8('  \n\n \t\n'), 1, /empty/],
    ['a UTF-16 LE file', join([0xff, 0xfe], [0x4d, 0, 0x69, 0]), 1, /UTF-16/],
    ['a UTF-16 BE file', join([0xfe, 0xff], [0, 0x4d, 0, 0x69]), 1, /UTF-16/],
    ['a binary file', join(utf8('one\ntwo\nthr'), [0, 0xff, 2]), 3, /binary/],
    [
      'Latin-1 bytes',
      join(utf8('one\r\ntwo\n'), [0x4d, 0x69, 0x6e, 0x69, 0x73, 0x74, 0xe8, 0x72, 0x65]),
      3,
      /UTF-8/,
    ],
    ['a truncated sequence', join(utf8('a\rb\r'), [0xe2, 0x80]), 3, /UTF-8/],
    ['an overlong slash', join(utf8('x\n'), [0xc0, 0xaf]), 2, /UTF-8/],
    ['an encoded surrogate', join(utf8('x\n'), [0xed, 0xa0, 0x80]), 2, /UTF-8/],
  ])('rejects %s with the line it is on', (_, bytes, line, reason) => {
    const result = decodeBytes(bytes);
    expect(result.ok).toBe(false);
    expect(result).toMatchObject({ line });
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});
