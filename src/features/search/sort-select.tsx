import { useId } from 'react';
import { effectiveSort, type SearchState, type Sort } from '../../shared/search/search-state.ts';
import type { Go } from './use-search-url.ts';

const LABELS: Record<Sort, string> = {
  relevance: 'Relevance',
  newest: 'Newest first',
  oldest: 'Oldest first',
};

export function SortSelect({ state, go }: { state: SearchState; go: Go }) {
  const id = useId();
  const hasQuery = state.q.trim() !== '';
  return (
    <div className="sort-select">
      <label htmlFor={id}>Sort by</label>
      <select
        id={id}
        value={effectiveSort(state)}
        onChange={(e) => {
          const sort = e.target.value as Sort;
          // The default for the current query is left out of the URL.
          const byDefault = effectiveSort({ q: state.q, sort: undefined });
          go({ ...state, sort: sort === byDefault ? undefined : sort, page: 1 });
        }}
      >
        {(Object.keys(LABELS) as Sort[]).map((sort) => (
          <option key={sort} value={sort} disabled={sort === 'relevance' && !hasQuery}>
            {LABELS[sort]}
          </option>
        ))}
      </select>
    </div>
  );
}
