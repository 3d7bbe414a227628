import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortMatches } from '../../src/shared/search/sort-matches.ts';

/** An index's order fields for `size` releases whose newest-first order is a permutation. */
function orderOf(permutation: number[]) {
  const newestRank = new Int32Array(permutation.length);
  permutation.forEach((ord, rank) => (newestRank[ord] = rank));
  return { size: permutation.length, newestRank, newestOrder: Int32Array.from(permutation) };
}

const shuffled = (n: number, seed: number) =>
  Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => ((a * seed) % 97) - ((b * seed) % 97) || a - b,
  );

describe('sortMatches', () => {
  it('orders by score, higher first, and ties newest first, as a comparator would', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 1, max: 96 }),
        fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 300, maxLength: 300 }),
        (n, seed, draws) => {
          const index = orderOf(shuffled(n, seed));
          // Scores with many ties; distinct ones at least 1/8 apart.
          const scores = Float64Array.from(draws.slice(0, n), (d) => (d % 7) * 1.25 + (d % 3) / 8);
          const matches = Array.from({ length: n }, (_, ord) => ord).filter(
            (ord) => draws[ord]! % 5 !== 0,
          );
          const expected = [...matches].sort(
            (a, b) => scores[b]! - scores[a]! || index.newestRank[a]! - index.newestRank[b]!,
          );
          const aligned = Float64Array.from(matches, (ord) => scores[ord]!);
          expect(Array.from(sortMatches(matches, 'relevance', aligned, index))).toEqual(expected);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('gives the first k of the same order when only k are wanted (property, 1,000 runs)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 400 }),
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom('relevance', 'newest', 'oldest'),
        (draws, k, sort) => {
          const index = orderOf(shuffled(draws.length, 31));
          const scores = Float64Array.from(draws, (d) => (d % 9) * 0.75);
          const matches = draws.map((_, ord) => ord);
          const all = Array.from(sortMatches(matches, sort, scores, index));
          expect(Array.from(sortMatches(matches, sort, scores, index, k))).toEqual(all.slice(0, k));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('counts scores a rounding error apart as equal, so the newer release comes first', () => {
    const index = orderOf([1, 0]);
    const scores = Float64Array.from([4.394449154672438, 4.394449154672439]);
    expect(Array.from(sortMatches([0, 1], 'relevance', scores, index))).toEqual([1, 0]);
  });

  it('orders by date, newest or oldest first, whatever the order of the ordinals', () => {
    const index = orderOf(shuffled(50, 13));
    const matches = [7, 3, 42, 0, 19, 25];
    const newest = [...matches].sort((a, b) => index.newestRank[a]! - index.newestRank[b]!);
    expect(Array.from(sortMatches(matches, 'newest', null, index))).toEqual(newest);
    expect(Array.from(sortMatches(matches, 'oldest', null, index))).toEqual([...newest].reverse());
    // Without scores (no words), relevance falls back to the newest first.
    expect(Array.from(sortMatches(matches, 'relevance', null, index))).toEqual(newest);
  });
});
