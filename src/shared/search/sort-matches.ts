import type { SearchIndex } from './search-index.ts';
import type { Sort } from './search-state.ts';

/** No score reaches this: a word adds at most 27 × ln(1 + n), under 400 at a million releases. */
const SCORE_CEILING = 2 ** 13;

type OrderFields = Pick<SearchIndex, 'size' | 'newestRank' | 'newestOrder'>;

/**
 * Puts matching ordinals in display order: by score (higher first), ties newest first, or by
 * date. Each ordinal becomes one number, score and date rank together, so that the sort is a
 * typed array's numeric sort: several times faster than a comparator over 100,000 matches.
 * Scores are compared to within 2⁻¹⁹ at a million releases (2⁻²⁵ at ten thousand).
 */
export function sortMatches(
  matches: ArrayLike<number>,
  sort: Sort,
  /** The score of each match, in the same order as matches. */
  scores: Float64Array | null,
  index: OrderFields,
  /** Only the first `limit` are wanted: they come sorted, the rest are left out. */
  limit = Infinity,
): Int32Array {
  const { newestRank: rank, newestOrder } = index;
  const span = 2 ** Math.ceil(Math.log2(index.size + 1));
  let keys: Float64Array = new Float64Array(matches.length);
  if (sort === 'relevance' && scores) {
    const scale = 2 ** 52 / span / SCORE_CEILING;
    for (let i = 0; i < matches.length; i += 1) {
      const ord = matches[i]!;
      const below = SCORE_CEILING - Math.min(scores[i]!, SCORE_CEILING);
      keys[i] = Math.floor(below * scale) * span + rank[ord]!;
    }
  } else {
    const flip = sort === 'oldest' ? span - 1 : 0;
    for (let i = 0; i < matches.length; i += 1) keys[i] = Math.abs(flip - rank[matches[i]!]!);
  }
  keys = limit < keys.length / 4 ? smallest(keys, limit) : keys.sort().subarray(0, limit);
  const ords = new Int32Array(keys.length);
  if (sort === 'oldest') {
    for (let i = 0; i < keys.length; i += 1) ords[i] = newestOrder[span - 1 - keys[i]!]!;
  } else {
    for (let i = 0; i < keys.length; i += 1) ords[i] = newestOrder[keys[i]! % span]!;
  }
  return ords;
}

/**
 * The k smallest keys, sorted, through a max-heap of k: a page of results out of 100,000
 * matches without sorting them all. Keys are distinct (each carries its release's rank).
 */
function smallest(keys: Float64Array, k: number): Float64Array {
  const heap = new Float64Array(k);
  let size = 0;
  const down = (from: number) => {
    let i = from;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let top = i;
      if (l < size && heap[l]! > heap[top]!) top = l;
      if (r < size && heap[r]! > heap[top]!) top = r;
      if (top === i) return;
      [heap[i], heap[top]] = [heap[top]!, heap[i]!];
      i = top;
    }
  };
  for (let j = 0; j < keys.length; j += 1) {
    const key = keys[j]!;
    if (size < k) {
      let i = size++;
      heap[i] = key;
      while (i > 0 && heap[(i - 1) >> 1]! < heap[i]!) {
        const parent = (i - 1) >> 1;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
    } else if (key < heap[0]!) {
      heap[0] = key;
      down(0);
    }
  }
  return heap.subarray(0, size).sort();
}
