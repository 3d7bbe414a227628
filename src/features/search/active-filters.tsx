import type { SearchIndex } from '../../shared/search/search-index.ts';
import { EMPTY_SEARCH, type MultiKey, type SearchState } from '../../shared/search/search-state.ts';
import { formatDateBound } from '../../shared/format/format-count.ts';
import type { Go } from './use-search-url.ts';

type Chip = { key: string; label: string; next: SearchState };

const KEYS: readonly MultiKey[] = ['country', 'person', 'type', 'source', 'year'];

/** Every active filter, with the state that removing it leads to. */
export function activeFilters(index: SearchIndex, state: SearchState): Chip[] {
  const chips: Chip[] = [];
  for (const key of KEYS) {
    const column = index.facets[key];
    for (const value of state[key]) {
      const id = column.idOf.get(value);
      chips.push({
        key: `${key}:${value}`,
        label: (id === undefined ? undefined : column.labels[id]) ?? value,
        next: { ...state, [key]: state[key].filter((v) => v !== value), page: 1 },
      });
    }
  }
  if (state.from) {
    chips.push({
      key: 'from',
      label: `From ${formatDateBound(state.from)}`,
      next: { ...state, from: undefined, page: 1 },
    });
  }
  if (state.to) {
    chips.push({
      key: 'to',
      label: `To ${formatDateBound(state.to)}`,
      next: { ...state, to: undefined, page: 1 },
    });
  }
  return chips;
}

/** The query kept, every filter gone. */
export function withoutFilters(state: SearchState): SearchState {
  return { ...EMPTY_SEARCH, q: state.q, sort: state.sort };
}

type Props = { index: SearchIndex; state: SearchState; go: Go; onRemoved: () => void };

export function ActiveFilters({ index, state, go, onRemoved }: Props) {
  const chips = activeFilters(index, state);
  if (chips.length === 0) return null;
  const apply = (next: SearchState) => {
    go(next);
    // The button just pressed disappears; leave focus somewhere meaningful.
    onRemoved();
  };
  return (
    <div className="active-filters">
      <h3 className="visually-hidden">Active filters</h3>
      <ul>
        {chips.map((chip) => (
          <li key={chip.key}>
            <button type="button" className="chip" onClick={() => apply(chip.next)}>
              <span className="visually-hidden">Remove </span>
              {chip.label}
              <span aria-hidden="true"> ×</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={() => apply(withoutFilters(state))}>
        Clear all
      </button>
    </div>
  );
}
