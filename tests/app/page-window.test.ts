import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pageWindow } from '../../src/features/search/pagination.tsx';

/** Every page, kept or folded into a gap: the rule written out the long way. */
function walkEveryPage(current: number, count: number): (number | 'gap')[] {
  const pages: (number | 'gap')[] = [];
  for (let p = 1; p <= count; p += 1) {
    if (p === 1 || p === count || Math.abs(p - current) <= 2) pages.push(p);
    else if (pages.at(-1) !== 'gap') pages.push('gap');
  }
  return pages;
}

describe('pageWindow', () => {
  it('shows the first, the last and two either side of the current page', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 4)).toEqual([1, 2, 3, 4]);
    expect(pageWindow(6, 12)).toEqual([1, 'gap', 4, 5, 6, 7, 8, 'gap', 12]);
    expect(pageWindow(4, 5000)).toEqual([1, 2, 3, 4, 5, 6, 'gap', 5000]);
  });

  it('agrees with walking every page', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 60 })
          .chain((count) => fc.tuple(fc.integer({ min: 1, max: count }), fc.constant(count))),
        ([current, count]) => {
          expect(pageWindow(current, count)).toEqual(walkEveryPage(current, count));
        },
      ),
      { numRuns: 500 },
    );
  });
});
