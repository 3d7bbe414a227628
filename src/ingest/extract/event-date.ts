import { MONTH_NAMES, daysBetween } from '../../shared/format/format-date.ts';
import { isRealDate } from '../../shared/release/release-schema.ts';

const MONTH_NUMBERS = new Map<string, number>(
  MONTH_NAMES.map((month) => month.toLowerCase()).flatMap((name, index) => [
    [name, index + 1],
    [name.slice(0, 3), index + 1],
  ]),
);
MONTH_NUMBERS.set('sept', 9);

const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.)';
const WEEKDAY = '(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? )?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const OTHER_MONTH = MONTH.replace('(', '(?:');
const TO = ' ?(?:-|–|and|to|through|until) ?';
/*
 * "October 4 and 5, 2024", "March 30 to April 2, 2023", "4 to 6 May", "30 March
 * to 2 April 2023": the event starts on the first day of the range, and the year
 * written at its end is its year.
 */
const US_RANGE = `(${TO}(?:${OTHER_MONTH} )?\\d{1,2}(?:st|nd|rd|th)?)?`;
const INTL_DAY_RANGE = `(${TO}\\d{1,2}(?:st|nd|rd|th)?)?`;
const INTL_MONTH_RANGE = `(${TO}\\d{1,2}(?:st|nd|rd|th)? ${OTHER_MONTH})?`;
const YEAR = '(\\d{4})';

/*
 * "on" is required before a single day: a bare date is as often a deadline, an
 * anniversary or a citation as the day something happened. "from" counts only
 * before a range ("visited Peru from August 10 to 12"): alone, "from June 4" is
 * as often when a rule takes effect. And a range counts only near publication:
 * a visit is announced or reported within weeks, while "from January 5 to
 * March 30, 2022" in a fact sheet two years on is the period some figure covers.
 */
const EVENT_DATE = new RegExp(
  `\\b(?:[Oo]n|([Ff]rom)) ${WEEKDAY}(?:${MONTH} ${DAY}${US_RANGE}(?:,? ${YEAR})?|${DAY}${INTL_DAY_RANGE} ${MONTH}${INTL_MONTH_RANGE}(?:,? ${YEAR})?)(?![\\d:])`,
  'g',
);

/** "from December 30, 2024 to January 2, 2025": the range resumes after the year. */
const RANGE_GOES_ON = new RegExp(`^${TO}(?:${OTHER_MONTH} )?\\d`);

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function toIsoDate(year: number, monthWord: string, day: number): string | undefined {
  const month = MONTH_NUMBERS.get(monthWord.toLowerCase().replace('.', ''));
  if (month === undefined) return undefined;
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return isRealDate(iso) ? iso : undefined;
}

/** How far ahead an announcement may look ("will welcome the President on August 30"). */
const LOOKAHEAD_DAYS = 90;

function daysApart(a: string, b: string): number {
  return Math.abs(daysBetween(a, b));
}

/**
 * A date written without a year happened in the year of publication, or, when
 * that would put it after publication (a January release about "December 30"),
 * the year before. Dates up to 90 days ahead stay in the year: releases announce
 * coming visits, and a release of August 4 about "August 30" means this August,
 * not one eleven months ago (which a release would write with its year).
 */
function inferYear(monthWord: string, day: number, published: string): string | undefined {
  const year = Number(published.slice(0, 4));
  const same = toIsoDate(year, monthWord, day);
  const ahead = same ? daysBetween(published, same) : 0;
  if (same && ahead <= LOOKAHEAD_DAYS) return same;
  return toIsoDate(year - 1, monthWord, day);
}

/** The first real event date written in the text ("on October 4, 2024", "on 4 October"). */
export function findEventDate(text: string, published: string): string | undefined {
  for (const match of text.matchAll(EVENT_DATE)) {
    const [, from, usMonth, usDay, usRange, usYear] = match;
    const [intlDay, dayRange, intlMonth, monthRange, intlYear] = match.slice(6);
    const rest = text.slice(match.index + match[0].length);
    if (from && !(usRange ?? dayRange ?? monthRange) && !RANGE_GOES_ON.test(rest)) continue;
    const monthWord = usMonth ?? intlMonth;
    const day = Number(usDay ?? intlDay);
    const year = usYear ?? intlYear;
    if (monthWord === undefined) continue;
    const iso = year
      ? toIsoDate(Number(year), monthWord, day)
      : inferYear(monthWord, day, published);
    if (iso && (!from || daysApart(iso, published) <= LOOKAHEAD_DAYS)) return iso;
  }
  return undefined;
}

const CLOCK = '(\\d{1,2})(?::(\\d{2}))?(?: ?([ap])\\.?m\\.?)?';
const EVENT_TIME = new RegExp(
  `\\b(?:between ${CLOCK} and ${CLOCK}|from ${CLOCK} (?:to|until|till) ${CLOCK}|at ${CLOCK})(?![\\d:])`,
  'gi',
);

/** "HH:MM" for a clock reading, or undefined when it is not one (no colon and no a.m./p.m.). */
function clock(
  hours: string | undefined,
  minutes: string | undefined,
  half: string | undefined,
): string | undefined {
  if (hours === undefined || (minutes === undefined && half === undefined)) return undefined;
  let h = Number(hours);
  const m = minutes === undefined ? 0 : Number(minutes);
  if (half !== undefined) {
    if (h < 1 || h > 12) return undefined;
    h = (h % 12) + (half.toLowerCase() === 'p' ? 12 : 0);
  }
  if (h > 23 || m > 59) return undefined;
  return `${pad(h)}:${pad(m)}`;
}

export type EventTime = { start: string; end?: string };

/** The first clock time or time range in the text. */
export function findEventTime(text: string): EventTime | undefined {
  for (const match of text.matchAll(EVENT_TIME)) {
    const g = match.slice(1);
    const ranges: [number, number][] = [
      [0, 3],
      [6, 9],
    ];
    for (const [from, to] of ranges) {
      // "between 2 and 3 p.m.": the first reading borrows the second's half of the day.
      const borrowed = g[from + 1] === undefined ? g[to + 2] : undefined;
      const start = clock(g[from], g[from + 1], g[from + 2] ?? borrowed);
      const end = clock(g[to], g[to + 1], g[to + 2]);
      if (start && end) return { start, end };
    }
    const single = clock(g[12], g[13], g[14]);
    if (single) return { start: single };
  }
  return undefined;
}
