import { runSearch, type SearchResult } from './run-search.ts';
import type { SearchIndex } from './search-index.ts';
import { serializeSearchState, type SearchState } from './search-state.ts';

const LIMIT = 16;
const caches = new WeakMap<SearchIndex, Map<string, SearchResult>>();

/**
 * runSearch, remembered per index for the last few states. A keystroke renders the state it
 * navigates to and then the same state read back from the URL, as another object: the second
 * render, and Back to a recent search, then cost nothing.
 */
export function cachedSearch(index: SearchIndex, state: SearchState): SearchResult {
  let cache = caches.get(index);
  if (!cache) caches.set(index, (cache = new Map()));
  const key = `${state.q}\n${serializeSearchState({ ...state, q: '', page: 1 }).toString()}`;
  const hit = cache.get(key);
  if (hit) {
    // Most recently used last, so the oldest is the first to go.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const result = runSearch(index, state);
  cache.set(key, result);
  if (cache.size > LIMIT) cache.delete(cache.keys().next().value!);
  return result;
}
