import { memo, useId, useState } from 'react';
import type { FacetValueCount } from '../../shared/search/run-search.ts';
import type { MultiKey } from '../../shared/search/search-state.ts';
import { foldText } from '../../shared/search/tokenize.ts';
import { formatNumber } from '../../shared/format/format-count.ts';
import { FacetOption, type Toggle } from './facet-option.tsx';

/** Facets longer than this show their top values first, behind "Show all". */
const TOP = 8;
/** Facets longer than this get a filter box. */
const FILTER_AT = 12;

type Props = {
  facet: MultiKey;
  legend: string;
  /** Plural noun for "Show all 120 people" and "Filter people". */
  plural: string;
  values: readonly FacetValueCount[];
  /** The same function throughout (see FacetOption). */
  onToggle: Toggle;
};

export function FacetFieldset({ facet, legend, plural, values, onToggle }: Props) {
  const id = useId();
  const [showAll, setShowAll] = useState(false);
  const [filter, setFilter] = useState('');
  const needle = foldText(filter.trim());
  const matching = needle ? values.filter((v) => foldText(v.label).includes(needle)) : values;
  const long = matching.length > TOP + 2;
  // Ticked values stay visible even when they are not among the top ones.
  const shown =
    long && !showAll && !needle ? matching.filter((v, i) => i < TOP || v.selected) : matching;

  return (
    <fieldset className="facet">
      <legend>{legend}</legend>
      {values.length > FILTER_AT ? (
        <FacetFilter id={`${id}-filter`} plural={plural} filter={filter} setFilter={setFilter} />
      ) : null}
      {shown.length === 0 ? (
        <p className="muted">{needle ? `No ${plural} match.` : `No ${plural} in these results.`}</p>
      ) : (
        <ul className="facet-values">
          {shown.map((v) => (
            <FacetOption
              key={v.value}
              id={`${id}-value-${v.id}`}
              facet={facet}
              value={v.value}
              label={v.label}
              count={v.count}
              selected={v.selected}
              onToggle={onToggle}
            />
          ))}
        </ul>
      )}
      {long && !needle ? (
        <button
          type="button"
          className="link-button"
          aria-expanded={showAll}
          onClick={() => setShowAll(!showAll)}
        >
          {showAll ? `Show top ${plural}` : `Show all ${formatNumber(matching.length)} ${plural}`}
        </button>
      ) : null}
    </fieldset>
  );
}

type FilterProps = {
  id: string;
  plural: string;
  filter: string;
  setFilter: (filter: string) => void;
};

/** Memoised, as its input would otherwise be written again with every keystroke's counts. */
const FacetFilter = memo(function FacetFilter({ id, plural, filter, setFilter }: FilterProps) {
  return (
    <div className="facet-filter">
      <label htmlFor={id}>Filter {plural}</label>
      <input
        id={id}
        type="search"
        value={filter}
        autoComplete="off"
        onChange={(e) => setFilter(e.target.value)}
      />
    </div>
  );
});
