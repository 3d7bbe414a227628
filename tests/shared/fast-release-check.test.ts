import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCanonicalRelease } from '../../src/shared/corpus/fast-release-check.ts';
import { releaseSchema } from '../../src/shared/release/release-schema.ts';

const base = {
  id: '2024-05-02-talks-on-harbours-a1b2c3',
  title: 'Talks on harbours',
  date: '2024-05-02',
  publishedAt: '2024-05-02T09:30',
  source: 'Ministry of Foreign Affairs of Freedonia',
  sourceCountry: 'KR',
  category: 'Press releases',
  url: 'https://example.org/a',
  type: 'meeting',
  eventDate: '2024-05-01',
  eventTime: { start: '10:00', end: '11:30' },
  people: [{ id: 'mira-sol', name: 'Mira Sol', role: 'Envoy', country: 'KR' }],
  countries: ['KR', 'JP'],
  organizations: ['United Nations'],
  body: ['The envoys met.'],
  lead: 'The envoys met.',
  sample: true,
};

// Values that are valid somewhere and invalid elsewhere, near the edges of each rule.
const tricky = fc.constantFrom<unknown>(
  undefined,
  null,
  '',
  ' ',
  ' padded ',
  'x'.repeat(250),
  'x'.repeat(251),
  'x'.repeat(2001),
  'Kr',
  'KR',
  'ABC',
  '2024-02-30',
  '2024-02-29',
  '2023-02-29',
  '2024-05-02T24:00',
  '2024-05-02T23:59',
  '25:00',
  '09:05',
  'meeting',
  'Meeting',
  'a--b',
  'a-b',
  true,
  false,
  0,
  [],
  [''],
  ['ok'],
  ['KR', 'kr'],
  {},
  { start: '10:00' },
  { start: '10:00', extra: 1 },
  [{ id: 'a', name: 'A' }],
  [{ id: 'a', name: ' A' }],
  [{ id: 'a', name: 'A', extra: 1 }],
  [{ id: 'a', name: 'A', writtenAs: [{ id: 'a-b', name: 'A. B', role: 'Envoy' }] }],
  [{ id: 'a', name: 'A', writtenAs: [] }],
  [{ id: 'a', name: 'A', writtenAs: [{ id: 'b', name: 'B', writtenAs: [] }] }],
  [{ id: 'a', name: 'A', writtenAs: [{ id: 'b', name: '' }] }],
);
const keys = fc.constantFrom(...Object.keys(base), 'extra', '__proto__');

describe('isCanonicalRelease', () => {
  it('accepts a complete valid record, as the schema does, unchanged', () => {
    expect(isCanonicalRelease(base)).toBe(true);
    expect(releaseSchema.safeParse(base)).toEqual({ success: true, data: base });
  });

  it('checks how a release wrote a person as the schema does: not empty, not nested', () => {
    const person = { id: 'mira-sol', name: 'Mira Sol' };
    const cases: [unknown, boolean][] = [
      [[{ id: 'mira-t-sol', name: 'Mira T. Sol', country: 'KR' }], true],
      [[], false],
      [[{ ...person, writtenAs: [person] }], false],
      [[{ id: 'Mira', name: 'Mira' }], false],
    ];
    for (const [writtenAs, valid] of cases) {
      const record = { ...base, people: [{ ...person, writtenAs }] };
      expect(isCanonicalRelease(record)).toBe(valid);
      // The schema drops a nested list rather than refusing it: it would not keep it unchanged.
      const parsed = releaseSchema.safeParse(record);
      expect(parsed.success && JSON.stringify(parsed.data) === JSON.stringify(record)).toBe(valid);
    }
  });

  it('accepts only what the schema accepts and returns unchanged', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(keys, tricky), { maxLength: 4 }), (changes) => {
        const record: Record<string, unknown> = JSON.parse(JSON.stringify(base));
        for (const [key, value] of changes) {
          if (value === undefined) delete record[key];
          else
            Object.defineProperty(record, key, {
              value,
              enumerable: true,
              writable: true,
              configurable: true,
            });
        }
        if (isCanonicalRelease(record)) {
          expect(releaseSchema.safeParse(record)).toEqual({ success: true, data: record });
        }
      }),
      { numRuns: 2000 },
    );
  });
});
