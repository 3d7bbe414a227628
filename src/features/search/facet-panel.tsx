import { memo } from 'react';
import type { SearchResult } from '../../shared/search/run-search.ts';
import type { MultiKey, SearchState } from '../../shared/search/search-state.ts';
import { DateRange } from './date-range.tsx';
import { FacetFieldset } from './facet-fieldset.tsx';
import type { Go } from './use-search-url.ts';

const FACETS: readonly { key: MultiKey; legend: string; plural: string }[] = [
  { key: 'country', legend: 'Country', plural: 'countries' },
  { key: 'person', legend: 'Person', plural: 'people' },
  { key: 'type', legend: 'Type', plural: 'types' },
  { key: 'source', legend: 'Source', plural: 'sources' },
  { key: 'year', legend: 'Year', plural: 'years' },
];

type Props = { state: SearchState; result: SearchResult; go: Go };

/** Memoised: a keystroke renders the view at once for the box, and the facets only later. */
export const FacetPanel = memo(function FacetPanel({ state, result, go }: Props) {
  const toggle = (key: MultiKey, value: string) => {
    const values: string[] = state[key];
    const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
    go({ ...state, [key]: next, page: 1 });
  };
  return (
    <section className="search-filters" aria-labelledby="filters-heading">
      <h2 id="filters-heading">Filters</h2>
      {FACETS.map(({ key, legend, plural }) => (
        <FacetFieldset
          key={key}
          legend={legend}
          plural={plural}
          values={result.facets[key]}
          onToggle={(value) => toggle(key, value)}
        />
      ))}
      <DateRange state={state} go={go} />
    </section>
  );
});
