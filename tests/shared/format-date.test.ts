import { afterEach, describe, expect, it } from 'vitest';
import {
  daysBetween,
  formatDate,
  formatDateTime,
  formatMonth,
} from '../../src/shared/format/format-date.ts';

const originalZone = process.env.TZ;

describe('date formatting', () => {
  afterEach(() => {
    process.env.TZ = originalZone;
  });

  // A local-time Date would read 2024-03-01 as 29 February west of UTC.
  it.each(['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC'])(
    'reads the day from the string itself in %s',
    (zone) => {
      process.env.TZ = zone;
      expect(formatDate('2024-03-01')).toBe('1 March 2024');
      expect(formatDate('2023-12-31')).toBe('31 December 2023');
      expect(formatMonth('2024-01')).toBe('January 2024');
      expect(formatDateTime('2024-03-01T00:05')).toBe('1 March 2024, 00:05');
      expect(daysBetween('2024-03-30', '2024-04-01')).toBe(2);
    },
  );

  it('returns text that is not a date unchanged', () => {
    expect(formatDate('2024-13-01')).toBe('2024-13-01');
    expect(formatDate('soon')).toBe('soon');
  });
});
