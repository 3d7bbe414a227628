import type { SearchIndex } from './search-index.ts';
import type { Sort } from './search-state.ts';

/** No score reaches this: a word adds at most 27 × ln(1 + n), under 400 at a million releases. */
const SCORE_CEILING = 2 ** 13;

/**
 * Puts matching ordinals in display order: by score (higher first), ties newest first, or by
 * date. Each ordinal becomes one number, score and date rank together, so that the sort is a
 * typed array's numeric sort: several times faster than a comparator over 100,000 matches.
 * Scores are compared to within 2⁻¹⁹ at a million releases (2⁻²⁵ at ten thousand).
 */
export function sortMatches(
  matches: ArrayLike<number>,
  sort: Sort,
  scores: Float64Array | null,
  index: Pick<SearchIndex, 'size' | 'newestRank' | 'newestOrder'>,
): Int32Array {
  const { newestRank: rank, newestOrder } = index;
  const span = 2 ** Math.ceil(Math.log2(index.size + 1));
  const keys = new Float64Array(matches.length);
  if (sort === 'relevance' && scores) {
    const scale = 2 ** 52 / span / SCORE_CEILING;
    for (let i = 0; i < matches.length; i += 1) {
      const ord = matches[i]!;
      const below = SCORE_CEILING - Math.min(scores[ord]!, SCORE_CEILING);
      keys[i] = Math.floor(below * scale) * span + rank[ord]!;
    }
  } else {
    const flip = sort === 'oldest' ? span - 1 : 0;
    for (let i = 0; i < matches.length; i += 1) keys[i] = Math.abs(flip - rank[matches[i]!]!);
  }
  keys.sort();
  const ords = new Int32Array(matches.length);
  if (sort === 'oldest') {
    for (let i = 0; i < keys.length; i += 1) ords[i] = newestOrder[span - 1 - keys[i]!]!;
  } else {
    for (let i = 0; i < keys.length; i += 1) ords[i] = newestOrder[keys[i]! % span]!;
  }
  return ords;
}
