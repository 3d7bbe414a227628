import { useDeferredValue, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { Corpus } from '../../shared/corpus/load-corpus.ts';
import { cleanSearchState } from '../../shared/search/clean-state.ts';
import type { HighlightTerm } from '../../shared/search/highlight-ranges.ts';
import { cachedSearch } from '../../shared/search/cached-search.ts';
import { searchIndexFor } from '../../shared/search/search-index.ts';
import { useFullIndex } from '../../shared/search/use-full-index.ts';
import { parseSearchState, serializeSearchState } from '../../shared/search/search-state.ts';
import type { SearchState } from '../../shared/search/search-state.ts';

export type SearchContext = {
  state: SearchState;
  terms: HighlightTerm[];
  /** Zero-based place of this release in the results; -1 when it is not among them. */
  position: number;
  total: number;
  previousId: string | undefined;
  nextId: string | undefined;
};

/**
 * The search a release was opened from, carried in its query string: the results around
 * it and the words to mark. Undefined when the release was not opened from a search.
 */
export function useSearchContext(id: string, corpus: Corpus | null): SearchContext | undefined {
  const [params] = useSearchParams();
  // Keyed by the canonical query string, so that an equal search is not run again. Deferred:
  // the release shows first, and the search around it (a search over the whole archive)
  // follows in a render of its own.
  const key = useDeferredValue(serializeSearchState(parseSearchState(params)).toString(), '');
  const fullIndex = useFullIndex(corpus, key !== '');
  const full = fullIndex.data;
  // Without its bodies, a query would find fewer releases than the search view will: until
  // the full text is indexed (or has failed to load), say nothing rather than something wrong.
  const waiting = corpus === null || (corpus.bodies !== null && !full && !fullIndex.isError);
  return useMemo(() => {
    if (!key || !corpus) return undefined;
    const state = parseSearchState(new URLSearchParams(key));
    if (waiting && state.q.trim() !== '') return undefined;
    // Built here rather than up front, so a release opened directly never pays for the index.
    const index = full ?? searchIndexFor(corpus);
    // The search view's own result when the release was opened from it, sorted there already.
    const result = cachedSearch(index, cleanSearchState(index, state));
    const position = result.ids.indexOf(id);
    return {
      state,
      terms: result.terms,
      position,
      total: result.total,
      previousId: position > 0 ? result.ids[position - 1] : undefined,
      nextId: position >= 0 ? result.ids[position + 1] : undefined,
    };
  }, [corpus, full, waiting, key, id]);
}
