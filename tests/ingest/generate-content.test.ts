import { describe, expect, it } from 'vitest';
import { generateReleases } from '../../src/ingest/generate/generate-releases.ts';
import { MONTH_NAMES as MONTHS } from '../../src/shared/format/format-date.ts';
import { RELEASE_TYPES } from '../../src/shared/release/release-schema.ts';
import { bodyOf, layoutOf, words } from './generate-helpers.ts';

const releases = [...generateReleases({ count: 800, seed: 99 })];

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

describe('generated content', () => {
  it('covers every release type but "other" in a few hundred releases', () => {
    const seen = new Set(releases.slice(0, 400).map((r) => r.type));
    expect([...seen].sort()).toEqual(RELEASE_TYPES.filter((t) => t !== 'other').sort());
  });

  it('dates releases within 2015–2025, the event zero to three days before publication', () => {
    for (const release of releases) {
      expect(release.date >= '2015-01-01' && release.date <= '2025-12-31', release.date).toBe(true);
      expect(release.eventDate >= '2015-01-01', release.eventDate).toBe(true);
      expect(daysBetween(release.eventDate, release.date)).toBeGreaterThanOrEqual(0);
      expect(daysBetween(release.eventDate, release.date)).toBeLessThanOrEqual(3);
    }
    const years = new Set(releases.map((r) => r.date.slice(0, 4)));
    expect(years.size).toBe(11);
  });

  it('writes the event date in prose in the body', () => {
    for (const release of releases) {
      const [, month = 0, day = 0] = release.eventDate.split('-').map(Number);
      expect(bodyOf(release), release.path).toContain(`${MONTHS[month - 1]} ${day}`);
    }
  });

  it('gives every call its time span, and publishes a same-day call only after it ended', () => {
    const calls = releases.filter((r) => r.type === 'phone-call');
    expect(calls.length).toBeGreaterThan(50);
    for (const call of calls) {
      expect(call.text).toMatch(/telephone/i);
      const span = /between (\d{2}):(\d{2}) and (\d{2}):(\d{2})/.exec(bodyOf(call));
      expect(span, call.path).not.toBeNull();
      const [, h1, m1, h2, m2] = (span ?? []).map(Number);
      const end = (h2 ?? 0) * 60 + (m2 ?? 0);
      expect(end).toBeGreaterThan((h1 ?? 0) * 60 + (m1 ?? 0));
      if (call.eventDate === call.date) {
        const [, hh = '0', mm = '0'] =
          /(\d{2}):(\d{2})$/.exec(layoutOf(call.text)?.header ?? '') ?? [];
        expect(Number(hh) * 60 + Number(mm), call.path).toBeGreaterThan(end);
      }
    }
  });

  it('gives each type the words a reader (and extraction) would recognise it by', () => {
    const cues: Record<string, RegExp> = {
      'phone-call': /telephone/i,
      meeting: /met|talks|meeting|courtesy call/i,
      summit: /summit/i,
      visit: /visit/i,
      multilateral: /United Nations|G20|ASEAN|APEC|OECD|African Union|Munich|IAEA|World Health/,
      'joint-statement': /joint (press )?statement/i,
      statement: /statement|condemns|welcomes|condolences/i,
      'press-briefing': /press briefing/i,
      'humanitarian-aid': /humanitarian assistance[\s\S]*USD|USD[\s\S]*humanitarian assistance/i,
      appointment: /Ambassador/,
    };
    for (const release of releases) {
      expect(release.text, release.path).toMatch(cues[release.type] ?? /^$/);
    }
  });

  it('keeps bodies to 3–8 paragraphs of roughly 150–400 words', () => {
    const counts = releases.map((r) => words(bodyOf(r)));
    for (const release of releases) {
      const paragraphs = layoutOf(release.text)?.paragraphs.length ?? 0;
      expect(paragraphs, release.path).toBeGreaterThanOrEqual(3);
      expect(paragraphs, release.path).toBeLessThanOrEqual(8);
    }
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(80);
    expect(Math.max(...counts)).toBeLessThanOrEqual(450);
    const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
    expect(mean).toBeGreaterThan(150);
    expect(mean).toBeLessThan(300);
  });
});

describe('people in generated releases', () => {
  it('names each person in full before any short reference', () => {
    for (const release of releases) {
      for (const person of release.people) {
        const full = release.text.indexOf(person.name);
        expect(full, `${release.path}: ${person.name}`).toBeGreaterThanOrEqual(0);
        // "Prime Minister Ito Kenji" contains "Prime Minister Ito": mask full names before looking.
        const masked = release.text.split(person.name).join('#');
        const short = masked.indexOf(person.short);
        if (short >= 0)
          expect(short, `${release.path}: ${person.short}`).toBeGreaterThan(masked.indexOf('#'));
      }
    }
  });

  it('never gives two people in one release the same short reference', () => {
    for (const release of releases) {
      const shorts = release.people.map((p) => p.short);
      expect(new Set(shorts).size, release.path).toBe(shorts.length);
    }
  });

  it('refers back to people by title and family name', () => {
    const shortRefs = releases.filter((r) =>
      r.people.some((p) => r.text.split(p.name).join('#').includes(p.short)),
    );
    expect(shortRefs.length).toBeGreaterThan(releases.length / 2);
  });

  it('names two sides in bilateral releases', () => {
    for (const release of releases.filter((r) =>
      ['phone-call', 'meeting', 'summit', 'visit', 'joint-statement'].includes(r.type),
    )) {
      const countries = new Set(release.people.map((p) => p.country));
      expect(countries.size, release.path).toBeGreaterThanOrEqual(2);
    }
  });
});
