import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weightCode, WEIGHT_OF_CODE } from '../../src/shared/search/posting-weight.ts';
import {
  encodePostings,
  PackedPostings,
  PostingsFileError,
} from '../../src/shared/search/postings-file.ts';

const terms = ['mori', 'japan', 'ōno', '韓国', 'korea'];
const docs = [[0, 3, 7], [1], [0, 1, 2, 3, 4, 5, 6, 7], [300], [2, 200]];
const codes = [[90, 9, 0], [216], [1, 2, 3, 4, 5, 6, 7, 8], [255], [37, 54]];
const bytes = encodePostings(301, terms, docs, codes);

describe('postings file', () => {
  it('gives back every term sorted, with its ordinals and weights', () => {
    const packed = new PackedPostings(bytes, 301);
    expect(packed.vocabulary).toEqual([...terms].sort());
    terms.forEach((term, id) => {
      expect(packed.df(term)).toBe(docs[id]!.length);
      expect(Array.from(packed.get(term)!.docs)).toEqual(docs[id]);
      expect(Array.from(packed.get(term)!.weights)).toEqual(
        codes[id]!.map((c) => WEIGHT_OF_CODE[c]),
      );
    });
    expect(packed.has('kor')).toBe(false);
    expect(packed.get('kor')).toBeUndefined();
    expect(packed.df('zzz')).toBe(0);
  });

  it('turns field weights and body counts into the same weights as before the file', () => {
    expect(WEIGHT_OF_CODE[weightCode(10, 0)]).toBe(10);
    expect(WEIGHT_OF_CODE[weightCode(0, 1)]).toBe(1);
    expect(WEIGHT_OF_CODE[weightCode(6, 2)]).toBe(Math.fround(6 + 1 + Math.log(2)));
    // Past e² the damped count is capped at 3, so counts beyond 8 need no code of their own.
    expect(WEIGHT_OF_CODE[weightCode(24, 40)]).toBe(27);
    expect(weightCode(24, 40)).toBeLessThan(256);
  });

  it.each([
    ['is too short', bytes.slice(0, 10)],
    ['is cut short', bytes.slice(0, bytes.length - 1)],
    ['is not a Communiqué search index', new Uint8Array(bytes.length)],
  ])('refuses a file that %s', (why, damaged) => {
    expect(() => new PackedPostings(damaged, 301)).toThrow(
      new PostingsFileError(`The search index file ${why}.`),
    );
  });

  it('refuses a file written for another number of releases', () => {
    expect(() => new PackedPostings(bytes, 300)).toThrow(/is for 301 releases, not 300/);
  });

  it('round-trips any postings (property, 1,000 runs)', () => {
    const postingsOf = fc
      .uniqueArray(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 40 })
      .map((ords) => ords.sort((a, b) => a - b));
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            term: fc.string({ minLength: 1, maxLength: 8 }).filter((t) => !t.includes('\n')),
            ords: postingsOf,
          }),
          { selector: (entry) => entry.term, maxLength: 20 },
        ),
        (entries) => {
          const all = entries.map((e) => e.ords.map((ord) => (ord * 7) % 256));
          const packed = new PackedPostings(
            encodePostings(
              5001,
              entries.map((e) => e.term),
              entries.map((e) => e.ords),
              all,
            ),
            5001,
          );
          entries.forEach((entry, id) => {
            const got = packed.get(entry.term)!;
            expect(Array.from(got.docs)).toEqual(entry.ords);
            expect(Array.from(got.weights)).toEqual(all[id]!.map((c) => WEIGHT_OF_CODE[c]));
          });
        },
      ),
      { numRuns: 1000 },
    );
  });
});
