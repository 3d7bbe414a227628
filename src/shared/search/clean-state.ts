import type { SearchIndex } from './search-index.ts';
import type { MultiKey, SearchState } from './search-state.ts';

const KEYS: readonly MultiKey[] = ['country', 'person', 'type', 'source', 'year'];

/**
 * The state with facet values that the corpus does not have dropped: a link made against
 * another corpus, or edited by hand, still opens, on the values that exist.
 */
export function cleanSearchState(index: SearchIndex, state: SearchState): SearchState {
  const next = { ...state };
  for (const key of KEYS) {
    const known = index.facets[key].idOf;
    const kept = state[key].filter((value) => known.has(value));
    if (kept.length !== state[key].length) (next[key] as string[]) = kept;
  }
  return next;
}

/** True when two states would serialize to the same URL. */
export function sameSearchState(a: SearchState, b: SearchState): boolean {
  return (
    a.q === b.q &&
    a.from === b.from &&
    a.to === b.to &&
    a.sort === b.sort &&
    a.page === b.page &&
    KEYS.every((key) => a[key].length === b[key].length && a[key].every((v, i) => v === b[key][i]))
  );
}
