import { normaliseNewlines } from './clean-text.ts';
import type { LineResult } from './ingest-types.ts';

const fail = (line: number, reason: string): LineResult<string> => ({ ok: false, line, reason });

/** 1-based line of a byte offset, counting LF, CRLF and lone CR as line ends. */
export function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i += 1) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line += 1;
  }
  return line;
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    const size = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : 4;
    if (lead < 0xc2 || lead > 0xf4 || i + size > bytes.length) return i;
    const second = bytes[i + 1] ?? 0;
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF.
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    if (second < low || second > high) return i;
    for (let k = 2; k < size; k += 1) {
      if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    }
    i += size;
  }
  return bytes.length;
}

/** The byte order marks of encodings other than UTF-8; UTF-32 first, as its LE mark starts with UTF-16's. */
const FOREIGN_MARKS: [number[], string][] = [
  [[0xff, 0xfe, 0, 0], 'UTF-32 LE'],
  [[0, 0, 0xfe, 0xff], 'UTF-32 BE'],
  [[0xff, 0xfe], 'UTF-16 LE'],
  [[0xfe, 0xff], 'UTF-16 BE'],
];

/**
 * UTF-16 without a byte order mark, told by its NUL bytes: every ASCII character (spaces, digits,
 * line ends) has a NUL as its high byte, so they pile up on one side, odd offsets for LE.
 */
function utf16Order(bytes: Uint8Array): string | undefined {
  const sample = bytes.subarray(0, 65_536);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i += 1) {
    if (sample[i] === 0) {
      if (i % 2 === 0) even += 1;
      else odd += 1;
    }
  }
  // A tenth of one side: far more than stray NULs, far less than the ASCII share of any release.
  const enough = Math.max(4, sample.length / 20);
  if (odd >= enough && odd >= even * 4) return 'UTF-16 LE';
  if (even >= enough && even >= odd * 4) return 'UTF-16 BE';
  return undefined;
}

/**
 * Bytes of a release file to text with LF line ends. Only UTF-8 is accepted: anything else is
 * rejected rather than guessed at, because a wrong guess silently corrupts every name in it.
 * Stray NUL bytes in otherwise valid UTF-8 are dropped like any other control character; a file
 * with NULs that is not valid UTF-8 is binary.
 */
export function decodeBytes(bytes: Uint8Array): LineResult<string> {
  if (bytes.length === 0) return fail(1, 'empty file');
  for (const [mark, name] of FOREIGN_MARKS) {
    if (mark.every((byte, i) => bytes[i] === byte)) {
      return fail(1, `${name} text (byte order mark); save the file as UTF-8`);
    }
  }
  const nul = bytes.indexOf(0);
  const order = nul === -1 ? undefined : utf16Order(bytes);
  if (order) return fail(1, `${order} text (no byte order mark); save the file as UTF-8`);
  let text: string;
  try {
    // ignoreBOM: false makes the decoder drop a leading UTF-8 byte order mark.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    if (nul !== -1)
      return fail(lineAtByte(bytes, nul), 'binary file (NUL byte); expected UTF-8 text');
    return fail(
      lineAtByte(bytes, firstInvalidUtf8(bytes)),
      'not valid UTF-8 text (a legacy encoding such as Windows-1252, EUC-KR or Shift_JIS?); save the file as UTF-8',
    );
  }
  if (nul !== -1) text = text.replaceAll('\0', '');
  if (text.trim() === '') return fail(1, 'empty file');
  return { ok: true, value: normaliseNewlines(text) };
}
