/** English month names, January first; shared with the sample generator's prose dates. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

// Formatting reads the digits of the string itself: a Date would shift the day
// in time zones west of UTC and show 29 February for a release of 1 March.

/** "2024-03" or "2024-03-01" → "March 2024"; anything else is returned unchanged. */
export function formatMonth(isoMonth: string): string {
  const match = /^(\d{4})-(\d{2})/.exec(isoMonth);
  const month = match ? MONTH_NAMES[Number(match[2]) - 1] : undefined;
  return match && month ? `${month} ${match[1]}` : isoMonth;
}

/** "2024-03-01" → "1 March 2024"; anything else is returned unchanged. */
export function formatDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const month = match ? MONTH_NAMES[Number(match[2]) - 1] : undefined;
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : isoDate;
}

/** "2024-03-01T09:05" → "1 March 2024, 09:05". */
export function formatDateTime(isoDateTime: string): string {
  const [date = '', time] = isoDateTime.split('T');
  return time ? `${formatDate(date)}, ${time}` : formatDate(date);
}

/** Whole days from a to b (both YYYY-MM-DD), computed in UTC so no zone or DST can skew it. */
export function daysBetween(a: string, b: string): number {
  const toDay = (iso: string) =>
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) /
    86_400_000;
  return toDay(b) - toDay(a);
}
