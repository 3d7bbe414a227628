import { en } from 'zod/locales';
import * as z from 'zod/mini';

// zod/mini: the same parser and messages as zod, a fraction of its size in the app's bundle
// (29 → ~10 kB gzip); it loads no messages of its own, so English is loaded here.
// zod probes for `new Function` to speed up parsing; the app's Content-Security-Policy forbids
// eval, and even the caught probe is reported as a violation. The interpreted path is fast enough.
z.config({ jitless: true, ...en() });

/** Release types, in the order facets list them. */
export const RELEASE_TYPES = [
  'phone-call',
  'meeting',
  'summit',
  'visit',
  'multilateral',
  'joint-statement',
  'statement',
  'press-briefing',
  'humanitarian-aid',
  'appointment',
  'other',
] as const;

export type ReleaseType = (typeof RELEASE_TYPES)[number];

export const RELEASE_TYPE_LABELS: Record<ReleaseType, string> = {
  'phone-call': 'Phone call',
  meeting: 'Meeting',
  summit: 'Summit',
  visit: 'Visit',
  multilateral: 'Multilateral',
  'joint-statement': 'Joint statement',
  statement: 'Statement',
  'press-briefing': 'Press briefing',
  'humanitarian-aid': 'Humanitarian aid',
  appointment: 'Appointment',
  other: 'Other',
};

/** True when y-m-d names a day that exists in the proleptic Gregorian calendar. */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (m < 1 || m > 12 || d < 1) return false;
  // Date.UTC avoids the local time zone entirely.
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

export const slugSchema = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(200),
    z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug of a-z, 0-9 and single hyphens'),
  );

export const isoDateSchema = z
  .string()
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD'),
    z.refine(isRealDate, 'is not a real date'),
  );

export const countryCodeSchema = z
  .string()
  .check(z.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code'));

const timeSchema = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM'));

const nonEmptyText = z.string().check(z.trim(), z.minLength(1), z.maxLength(2000));

const writtenPersonSchema = z.object({
  id: slugSchema,
  name: nonEmptyText,
  role: z.optional(nonEmptyText),
  country: z.optional(countryCodeSchema),
});

export const personSchema = z.object({
  id: slugSchema,
  name: nonEmptyText,
  role: z.optional(nonEmptyText),
  country: z.optional(countryCodeSchema),
  /**
   * Only when the ingest gave the person the id and name the corpus knows them by: how this
   * release wrote them, each mention it joined (docs/decisions/0014-one-person-across-releases.md).
   */
  writtenAs: z.optional(z.array(writtenPersonSchema).check(z.minLength(1), z.maxLength(500))),
});

/** The longest lead a record may carry: a snippet's length and its ellipsis. */
export const LEAD_MAX_LENGTH = 250;

export const releaseSchema = z.object({
  id: slugSchema,
  title: nonEmptyText,
  date: isoDateSchema,
  publishedAt: z.optional(
    z.string().check(
      z.regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, 'must be YYYY-MM-DDTHH:MM'),
      z.refine((v) => isRealDate(v.slice(0, 10)), 'is not a real date'),
    ),
  ),
  source: nonEmptyText,
  sourceCountry: z.optional(countryCodeSchema),
  category: z.optional(nonEmptyText),
  url: z.optional(z.string().check(z.maxLength(2000))),
  type: z.enum(RELEASE_TYPES),
  eventDate: z.optional(isoDateSchema),
  eventTime: z.optional(z.object({ start: timeSchema, end: z.optional(timeSchema) })),
  people: z.array(personSchema).check(z.maxLength(500)),
  countries: z.array(countryCodeSchema).check(z.maxLength(300)),
  organizations: z.array(nonEmptyText).check(z.maxLength(300)),
  body: z.array(z.string().check(z.maxLength(200_000))).check(z.maxLength(5000)),
  /**
   * Catalogue records only (never corpus.json): the opening of the body, which a result row
   * shows while the body itself is not loaded (docs/decisions/0007-leads-for-result-rows.md).
   */
  lead: z.optional(z.string().check(z.maxLength(LEAD_MAX_LENGTH))),
  sample: z.optional(z.literal(true)),
});

export type Person = z.infer<typeof personSchema>;
export type Release = z.infer<typeof releaseSchema>;
