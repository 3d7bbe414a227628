import { useId, useState } from 'react';
import type { FacetValueCount } from '../../shared/search/run-search.ts';
import { foldText } from '../../shared/search/tokenize.ts';
import { formatNumber } from '../../shared/format/format-count.ts';

/** Facets longer than this show their top values first, behind "Show all". */
const TOP = 8;
/** Facets longer than this get a filter box. */
const FILTER_AT = 12;

type Props = {
  legend: string;
  /** Plural noun for "Show all 120 people" and "Filter people". */
  plural: string;
  values: readonly FacetValueCount[];
  onToggle: (value: string) => void;
};

export function FacetFieldset({ legend, plural, values, onToggle }: Props) {
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
        <div className="facet-filter">
          <label htmlFor={`${id}-filter`}>Filter {plural}</label>
          <input
            id={`${id}-filter`}
            type="search"
            value={filter}
            autoComplete="off"
            onChange={(e) => setFilter(e.target.value)}
          />
        </div>
      ) : null}
      {shown.length === 0 ? (
        <p className="muted">{needle ? `No ${plural} match.` : `No ${plural} in these results.`}</p>
      ) : (
        <ul className="facet-values">
          {shown.map((v, i) => {
            const inputId = `${id}-${i}`;
            return (
              <li key={v.value}>
                <input
                  id={inputId}
                  type="checkbox"
                  checked={v.selected}
                  onChange={() => onToggle(v.value)}
                  aria-describedby={`${inputId}-count`}
                />
                <label htmlFor={inputId}>{v.label}</label>
                <span id={`${inputId}-count`} className="facet-count">
                  {formatNumber(v.count)}
                  <span className="visually-hidden"> {v.count === 1 ? 'release' : 'releases'}</span>
                </span>
              </li>
            );
          })}
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
