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

/**
 * Bytes of a release file to text with LF line ends. Only UTF-8 is accepted: anything else is
 * rejected rather than guessed at, because a wrong guess silently corrupts every name in it.
 */
export function decodeBytes(bytes: Uint8Array): LineResult<string> {
  if (bytes.length === 0) return fail(1, 'empty file');
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail(1, 'UTF-16 text (byte order mark); save the file as UTF-8');
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1)
    return fail(lineAtByte(bytes, nul), 'binary file (NUL byte); expected UTF-8 text');
  let text: string;
  try {
    // ignoreBOM: false makes the decoder drop a leading UTF-8 byte order mark.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return fail(lineAtByte(bytes, firstInvalidUtf8(bytes)), 'not valid UTF-8 text');
  }
  if (text.trim() === '') return fail(1, 'empty file');
  return { ok: true, value: normaliseNewlines(text) };
}
