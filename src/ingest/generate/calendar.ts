import { MONTH_NAMES as MONTHS } from '../../shared/format/format-date.ts';

/** Dates as whole days since 1970-01-01 (UTC), so arithmetic never meets a time zone or DST. */
export type Day = number;

const MS_PER_DAY = 86_400_000;

export type DateParts = { year: number; month: number; day: number };

export function dayOf(year: number, month: number, day: number): Day {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function partsOf(day: Day): DateParts {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** 2023-03-07 */
export function isoDate(day: Day): string {
  const p = partsOf(day);
  return `${p.year}-${pad2(p.month)}-${pad2(p.day)}`;
}

/** 03/07/2023, as the distribution header writes dates. */
export function usDate(day: Day): string {
  const p = partsOf(day);
  return `${pad2(p.month)}/${pad2(p.day)}/${p.year}`;
}

/** Minutes after midnight as HH:MM. */
export function clock(minutes: number): string {
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

export function monthName(month: number): string {
  return MONTHS[month - 1] ?? 'January';
}

/** "March 7, 2023", or "March 7" when the year goes without saying. */
export function proseDate(day: Day, withYear = true): string {
  const p = partsOf(day);
  return withYear ? `${monthName(p.month)} ${p.day}, ${p.year}` : `${monthName(p.month)} ${p.day}`;
}

/** "March 7 to 9, 2023", "March 30 to April 2, 2023", "December 30, 2023 to January 2, 2024". */
export function proseRange(from: Day, to: Day): string {
  const a = partsOf(from);
  const b = partsOf(to);
  if (a.year !== b.year) return `${proseDate(from)} to ${proseDate(to)}`;
  if (a.month !== b.month) return `${proseDate(from, false)} to ${proseDate(to)}`;
  return `${monthName(a.month)} ${a.day} to ${b.day}, ${a.year}`;
}
