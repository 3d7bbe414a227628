import { formatMonth } from '../../shared/format/format-date.ts';
import type { Release } from '../../shared/release/release-schema.ts';
import type { SearchState } from '../../shared/search/search-state.ts';
import type { CountBar } from '../../shared/ui/count-bars.tsx';

export type Granularity = 'year' | 'month';

/** Months when the dates chosen span one or two calendar years; years otherwise. */
export function granularityOf(state: Pick<SearchState, 'from' | 'to'>): Granularity {
  if (!state.from || !state.to) return 'year';
  const span = Number(state.to.slice(0, 4)) - Number(state.from.slice(0, 4));
  return span >= 0 && span <= 1 ? 'month' : 'year';
}

/** "2024-02" → 29: read from UTC so the local zone plays no part. */
function daysInMonth(month: string): number {
  return new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
}

function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/** Releases per month, every month from `from` to `to` (a year or a day each). */
export function monthBars(releases: readonly Release[], from: string, to: string): CountBar[] {
  const first = from.length === 4 ? `${from}-01` : from.slice(0, 7);
  const last = to.length === 4 ? `${to}-12` : to.slice(0, 7);
  const counts = new Map<string, number>();
  for (const release of releases) {
    const month = release.date.slice(0, 7);
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  const bars: CountBar[] = [];
  for (let month = first; month <= last; month = nextMonth(month)) {
    bars.push({ key: month, label: formatMonth(month), count: counts.get(month) ?? 0 });
  }
  return bars;
}

/** The from and to that cover the bars from first to last (keys are years or YYYY-MM). */
export function boundsOf(granularity: Granularity, first: string, last: string) {
  if (granularity === 'year') return { from: first, to: last };
  return { from: `${first}-01`, to: `${last}-${String(daysInMonth(last)).padStart(2, '0')}` };
}
