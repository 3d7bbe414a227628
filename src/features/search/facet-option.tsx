import { memo } from 'react';
import type { MultiKey } from '../../shared/search/search-state.ts';
import { formatNumber } from '../../shared/format/format-count.ts';

export type Toggle = (facet: MultiKey, value: string) => void;

type Props = {
  /** Unique in the page and the same for the value, so that a value moving up keeps it. */
  id: string;
  facet: MultiKey;
  value: string;
  label: string;
  count: number;
  selected: boolean;
  onToggle: Toggle;
};

/**
 * One value of a facet. Memoised with primitive props: a keystroke changes most counts, and
 * the values whose count and place stay the same are then left as they are.
 */
export const FacetOption = memo(function FacetOption({ id, label, count, ...box }: Props) {
  return (
    <li>
      <FacetCheckbox id={id} {...box} />
      <label htmlFor={id}>{label}</label>
      <span id={`${id}-count`} className="facet-count">
        {formatNumber(count)}
        <span className="visually-hidden"> {count === 1 ? 'release' : 'releases'}</span>
      </span>
    </li>
  );
});

type BoxProps = Omit<Props, 'label' | 'count'>;

/**
 * The checkbox on its own: React writes an input's type and name again whenever it renders
 * one, and a count that changes would otherwise rewrite every checkbox of the panel per key.
 */
const FacetCheckbox = memo(function FacetCheckbox({
  id,
  facet,
  value,
  selected,
  onToggle,
}: BoxProps) {
  return (
    <input
      id={id}
      type="checkbox"
      checked={selected}
      onChange={() => onToggle(facet, value)}
      aria-describedby={`${id}-count`}
    />
  );
});
