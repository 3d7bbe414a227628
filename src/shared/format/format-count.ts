import { formatDate } from './format-date.ts';

/** A date bound as the URL carries it ("2024" or "2024-03-01"), for chips. */
export function formatDateBound(bound: string): string {
  return bound.length === 4 ? bound : formatDate(bound);
}

// toLocaleString('en-GB') builds a new formatter on every call: dozens per keystroke, each
// far slower than formatting with one made once.
const numbers = new Intl.NumberFormat('en-GB');

/** 12345 → "12,345", as toLocaleString('en-GB') writes it. */
export const formatNumber = (n: number) => numbers.format(n);

export function formatCount(n: number, one: string, many: string): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

/** 1 → "1 release", 1234 → "1,234 releases". */
export const formatReleases = (n: number) => formatCount(n, 'release', 'releases');
