import { runSearch, type SearchResult } from './run-search.ts';
import type { SearchIndex } from './search-index.ts';
import { EMPTY_SEARCH, serializeSearchState, type SearchState } from './search-state.ts';

const LIMIT = 16;
const caches = new WeakMap<SearchIndex, Map<string, SearchResult>>();
/** First letters searched while the page was idle, kept for the index's lifetime. */
const letters = new WeakMap<SearchIndex, Map<string, SearchResult>>();

/**
 * runSearch, remembered per index for the last few states. A keystroke renders the state it
 * navigates to and then the same state read back from the URL, as another object: the second
 * render, and Back to a recent search, then cost nothing. A lone first letter is answered by
 * the search prepared while the page was idle (prepareLetter), on any page of its results.
 */
export function cachedSearch(index: SearchIndex, state: SearchState): SearchResult {
  // Everything chosen but the words and the page.
  const rest = serializeSearchState({ ...state, q: '', page: 1 }).toString();
  // A lone letter with nothing else chosen, in either case, as the search folds every word.
  if (state.q.length === 1 && rest === '') {
    const prepared = letters.get(index)?.get(state.q.toLowerCase());
    if (prepared) return prepared;
  }
  let cache = caches.get(index);
  if (!cache) caches.set(index, (cache = new Map()));
  const key = `${state.q}\n${rest}`;
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

/**
 * Searches a lone letter ahead of the reader, with its first page, and keeps it. A first
 * letter matches much of the archive: its search is the costliest of any key's, and every
 * search the reader begins starts with one.
 */
export function prepareLetter(index: SearchIndex, letter: string, pageSize: number) {
  let kept = letters.get(index);
  if (!kept) letters.set(index, (kept = new Map()));
  const q = letter.toLowerCase();
  let result = kept.get(q);
  if (!result) {
    result = runSearch(index, { ...EMPTY_SEARCH, q });
    result.page(0, pageSize);
    kept.set(q, result);
  }
  return result;
}
