import { formatDate } from '../../shared/format/format-date.ts';

/** A date bound as the URL carries it ("2024" or "2024-03-01"), for chips. */
export function formatDateBound(bound: string): string {
  return bound.length === 4 ? bound : formatDate(bound);
}

export function formatCount(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}
