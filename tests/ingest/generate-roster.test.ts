import { describe, expect, it } from 'vitest';
import { dayOf, isoDate } from '../../src/ingest/generate/calendar.ts';
import { COUNTRIES } from '../../src/ingest/generate/countries.ts';
import { ISSUERS } from '../../src/ingest/generate/issuers.ts';
import { buildRoster, type Role } from '../../src/ingest/generate/roster.ts';

const roster = buildRoster(3);
const days: number[] = [];
for (let day = dayOf(2015, 1, 1); day <= dayOf(2025, 12, 31); day += 17) days.push(day);

const rolesOf = (code: string): Role[] =>
  ISSUERS.some((i) => i.code === code)
    ? ['leader', 'foreign-minister', 'vice-minister', 'spokesperson']
    : ['leader', 'foreign-minister'];

describe('countries and issuers', () => {
  it('has several issuing ministries and about forty counterpart countries', () => {
    expect(ISSUERS.length).toBeGreaterThanOrEqual(6);
    expect(COUNTRIES.length).toBeGreaterThanOrEqual(35);
    for (const issuer of ISSUERS) expect(COUNTRIES.map((c) => c.code)).toContain(issuer.code);
  });

  it('gives each country family names of its own, so a short reference names one country’s official', () => {
    const owner = new Map<string, string>();
    for (const country of COUNTRIES) {
      for (const family of country.names.family) {
        expect(owner.get(family), `${family} in ${country.code}`).toBeUndefined();
        owner.set(family, country.code);
      }
    }
  });
});

describe('roster of officials', () => {
  it('has someone in every role of every country on every day from 2015 to 2025', () => {
    for (const country of COUNTRIES) {
      for (const role of rolesOf(country.code)) {
        for (const day of days) expect(() => roster.holder(country.code, role, day)).not.toThrow();
      }
    }
  });

  it('changes each issuing country’s foreign minister over the decade, so people have histories', () => {
    for (const issuer of ISSUERS) {
      const names = new Set(
        days.map((day) => roster.holder(issuer.code, 'foreign-minister', day).name),
      );
      expect(names.size, issuer.code).toBeGreaterThanOrEqual(2);
    }
  });

  it('keeps the same holder from one day to the next within a term', () => {
    const day = dayOf(2020, 6, 1);
    const since = roster.since('KR', 'foreign-minister', day);
    expect(roster.holder('KR', 'foreign-minister', since)).toEqual(
      roster.holder('KR', 'foreign-minister', day),
    );
    expect(since).toBeLessThanOrEqual(day);
  });

  it('never has two officials of one country with the same family name in office at once', () => {
    for (const country of COUNTRIES) {
      for (const day of days) {
        const people = rolesOf(country.code).map((role) => roster.holder(country.code, role, day));
        const families = new Set(people.map((p) => p.family));
        const names = new Set(people.map((p) => p.name));
        expect(families.size, `${country.code} ${isoDate(day)}`).toBe(names.size);
      }
    }
  });

  it('builds the same roster from the same seed', () => {
    const again = buildRoster(3);
    for (const day of days) {
      expect(again.holder('JP', 'leader', day)).toEqual(roster.holder('JP', 'leader', day));
    }
  });
});
