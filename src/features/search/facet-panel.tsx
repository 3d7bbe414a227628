import { memo, useCallback, useLayoutEffect, useRef } from 'react';
import type { SearchResult } from '../../shared/search/run-search.ts';
import type { MultiKey, SearchState } from '../../shared/search/search-state.ts';
import { DateRange, type ApplyDates } from './date-range.tsx';
import { FacetFieldset } from './facet-fieldset.tsx';
import type { Toggle } from './facet-option.tsx';
import type { Go } from './use-search-url.ts';

const FACETS: readonly { key: MultiKey; legend: string; plural: string }[] = [
  { key: 'country', legend: 'Country', plural: 'countries' },
  { key: 'person', legend: 'Person', plural: 'people' },
  { key: 'type', legend: 'Type', plural: 'types' },
  { key: 'source', legend: 'Source', plural: 'sources' },
  { key: 'year', legend: 'Year', plural: 'years' },
];

type Props = { state: SearchState; result: SearchResult; go: Go };

/** Memoised: the URL written once typing pauses renders the view again with the same state. */
export const FacetPanel = memo(function FacetPanel({ state, result, go }: Props) {
  // The handlers read the state through a ref, so that they stay the same functions from key
  // to key and the memoised checkboxes and date fields below are not rendered again.
  const latest = useRef(state);
  useLayoutEffect(() => {
    latest.current = state;
  });
  const toggle = useCallback<Toggle>(
    (key, value) => {
      const values: string[] = latest.current[key];
      const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
      go({ ...latest.current, [key]: next, page: 1 });
    },
    [go],
  );
  const applyDates = useCallback<ApplyDates>(
    (from, to) => go({ ...latest.current, from, to, page: 1 }),
    [go],
  );
  return (
    <section className="search-filters" aria-labelledby="filters-heading">
      <h2 id="filters-heading">Filters</h2>
      {FACETS.map(({ key, legend, plural }) => (
        <FacetFieldset
          key={key}
          facet={key}
          legend={legend}
          plural={plural}
          values={result.facets[key]}
          onToggle={toggle}
        />
      ))}
      <DateRange from={state.from} to={state.to} onApply={applyDates} />
    </section>
  );
});
