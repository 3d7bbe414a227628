import { WEIGHT_OF_CODE } from './posting-weight.ts';

/**
 * The postings as bytes: what the ingest ships beside the catalogue (search-index.bin) and
 * what the page reads, term by term, only when a query needs the term. Layout, little-endian:
 *
 *   header   "CQIX", version, releases, terms, then the byte length of each section (u32s)
 *   words    the terms, sorted by code unit, UTF-8, one per line
 *   table    per term: releases with it, bytes of its postings (varints)
 *   postings per term: ordinals as ascending deltas (varints), then one weight code per ordinal
 *
 * See docs/decisions/0006-index-at-ingest.md.
 */

const MAGIC = 0x58495143; // "CQIX"
export const POSTINGS_VERSION = 1;
const HEADER_BYTES = 28;

/** The first position in a sorted array whose value is not below `value`. */
export function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Postings of one term: ordinals (ascending) and the weight of the term in each. */
export type Postings = { docs: Int32Array; weights: Float32Array };

/** A file that is not a postings file of this corpus; the page then builds its own index. */
export class PostingsFileError extends Error {
  override name = 'PostingsFileError';
}

class ByteWriter {
  bytes = new Uint8Array(1 << 16);
  length = 0;
  private room(n: number) {
    if (this.length + n <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + n));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }
  byte(value: number) {
    this.room(1);
    this.bytes[this.length++] = value;
  }
  varint(value: number) {
    this.room(5);
    let v = value;
    while (v >= 0x80) {
      this.bytes[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.bytes[this.length++] = v;
  }
  append(bytes: Uint8Array) {
    this.room(bytes.length);
    this.bytes.set(bytes, this.length);
    this.length += bytes.length;
  }
  done = () => this.bytes.slice(0, this.length);
}

/** Encodes postings (dense term ids, as PostingsBuilder keeps them) for `size` releases. */
export function encodePostings(
  size: number,
  terms: readonly string[],
  docs: readonly (readonly number[])[],
  codes: readonly (readonly number[])[],
): Uint8Array {
  const order = terms.map((_, id) => id).sort((a, b) => (terms[a]! < terms[b]! ? -1 : 1));
  const table = new ByteWriter();
  const data = new ByteWriter();
  for (const id of order) {
    const termDocs = docs[id]!;
    const start = data.length;
    let previous = -1;
    for (const ord of termDocs) {
      data.varint(ord - previous - 1);
      previous = ord;
    }
    for (const code of codes[id]!) {
      if (!(code >= 0 && code <= 255)) throw new RangeError(`weight code ${code} is not a byte`);
      data.byte(code);
    }
    table.varint(termDocs.length);
    table.varint(data.length - start);
  }
  const words = new TextEncoder().encode(order.map((id) => terms[id]).join('\n'));
  const out = new ByteWriter();
  const header = new DataView(new ArrayBuffer(HEADER_BYTES));
  [MAGIC, POSTINGS_VERSION, size, terms.length, words.length, table.length, data.length].forEach(
    (value, i) => header.setUint32(i * 4, value, true),
  );
  out.append(new Uint8Array(header.buffer));
  out.append(words);
  out.append(table.done());
  out.append(data.done());
  return out.done();
}

/**
 * A postings file read lazily: the vocabulary and a table at once, a term's postings decoded
 * on first use and kept. Throws PostingsFileError when the bytes are not a whole file of this
 * version for `size` releases.
 */
export class PackedPostings {
  readonly vocabulary: string[];
  private readonly counts: Int32Array;
  private readonly starts: Float64Array;
  private readonly data: Uint8Array;
  private readonly size: number;
  private readonly decoded = new Map<number, Postings>();

  constructor(bytes: Uint8Array, size: number) {
    const fail = (why: string) => {
      throw new PostingsFileError(`The search index file ${why}.`);
    };
    if (bytes.length < HEADER_BYTES) fail('is too short');
    const view = new DataView(bytes.buffer, bytes.byteOffset, HEADER_BYTES);
    const field = (i: number) => view.getUint32(i * 4, true);
    if (field(0) !== MAGIC) fail('is not a Communiqué search index');
    if (field(1) !== POSTINGS_VERSION) fail(`has version ${field(1)}, not ${POSTINGS_VERSION}`);
    if (field(2) !== size) fail(`is for ${field(2)} releases, not ${size}`);
    const [termCount, wordBytes, tableBytes, dataBytes] = [field(3), field(4), field(5), field(6)];
    if (HEADER_BYTES + wordBytes + tableBytes + dataBytes !== bytes.length) fail('is cut short');
    let at = HEADER_BYTES;
    const words = new TextDecoder().decode(bytes.subarray(at, (at += wordBytes)));
    this.vocabulary = termCount === 0 ? [] : words.split('\n');
    if (this.vocabulary.length !== termCount) fail('lists the wrong number of terms');
    const table = bytes.subarray(at, (at += tableBytes));
    this.data = bytes.subarray(at);
    this.size = size;
    this.counts = new Int32Array(termCount);
    this.starts = new Float64Array(termCount + 1);
    let p = 0;
    const varint = () => {
      let value = 0;
      for (let shift = 0; shift < 35; shift += 7) {
        const byte = table[p++];
        if (byte === undefined) return fail('has a broken table');
        value += (byte & 0x7f) * 2 ** shift;
        if (byte < 0x80) return value;
      }
      return fail('has a broken table');
    };
    for (let id = 0; id < termCount; id += 1) {
      this.counts[id] = varint();
      this.starts[id + 1] = this.starts[id]! + varint();
    }
    if (p !== table.length || this.starts[termCount] !== dataBytes) fail('has a broken table');
  }

  /** The term's position in the vocabulary, or -1. */
  private idOf(term: string): number {
    const at = lowerBound(this.vocabulary, term);
    return this.vocabulary[at] === term ? at : -1;
  }

  has(term: string): boolean {
    return this.idOf(term) !== -1;
  }

  /** How many releases have the term, without decoding its postings. */
  df(term: string): number {
    const id = this.idOf(term);
    return id === -1 ? 0 : this.counts[id]!;
  }

  /** How many releases have the term at this position of the vocabulary. */
  dfAt(position: number): number {
    return this.counts[position] ?? 0;
  }

  get(term: string): Postings | undefined {
    const id = this.idOf(term);
    if (id === -1) return undefined;
    let postings = this.decoded.get(id);
    if (!postings) this.decoded.set(id, (postings = this.decode(id)));
    return postings;
  }

  /** Every term's postings, decoded: for tests comparing two indexes. */
  *entries(): Generator<[string, Postings]> {
    for (const term of this.vocabulary) yield [term, this.get(term)!];
  }

  private decode(id: number): Postings {
    const count = this.counts[id]!;
    const end = this.starts[id + 1]!;
    const docs = new Int32Array(count);
    const weights = new Float32Array(count);
    let p = this.starts[id]!;
    let ord = -1;
    let kept = 0;
    for (let i = 0; i < count; i += 1) {
      let delta = 0;
      for (let shift = 0; p < end; shift += 7) {
        const byte = this.data[p++]!;
        delta += (byte & 0x7f) * 2 ** shift;
        if (byte < 0x80) break;
      }
      ord += delta + 1;
      docs[i] = ord;
    }
    // A damaged file must not point outside the corpus: such postings are dropped.
    for (let i = 0; i < count; i += 1) {
      const code = this.data[p + i] ?? 0;
      if (docs[i]! >= this.size) continue;
      docs[kept] = docs[i]!;
      weights[kept] = WEIGHT_OF_CODE[code]!;
      kept += 1;
    }
    return kept === count
      ? { docs, weights }
      : { docs: docs.slice(0, kept), weights: weights.slice(0, kept) };
  }
}
