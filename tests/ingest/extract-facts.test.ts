import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/ingest/extract/extract-facts.ts';
import { releaseSchema } from '../../src/shared/release/release-schema.ts';
import { MINISTRY_RELEASE, READOUT_RELEASE } from './extract-fixture.ts';

describe('extractFacts on a ministry release', () => {
  const facts = extractFacts(MINISTRY_RELEASE);

  it('reads a telephone conversation, its date and its time span', () => {
    expect(facts.type).toBe('phone-call');
    expect(facts.eventDate).toBe('2023-03-03');
    expect(facts.eventTime).toEqual({ start: '09:10', end: '09:40' });
  });

  it('finds exactly the two ministers, with their roles as written and their countries', () => {
    expect(facts.people).toEqual([
      {
        id: 'han-seo-jun',
        name: 'Han Seo-jun',
        role: 'Minister of Foreign Affairs',
        country: 'KR',
      },
      {
        id: 'mori-haruto',
        name: 'Mori Haruto',
        role: 'Minister for Foreign Affairs',
        country: 'JP',
      },
    ]);
  });

  it('lists the countries involved, sorted, and the organizations named', () => {
    expect(facts.countries).toEqual(['JP', 'KP', 'KR']);
    expect(facts.organizations).toEqual(['G20', 'United Nations']);
  });
});

describe('extractFacts on a White House readout', () => {
  const facts = extractFacts(READOUT_RELEASE);

  it('is a phone call with Japan, whatever the title wording', () => {
    expect(facts.type).toBe('phone-call');
    expect(facts.countries).toEqual(['JP', 'KR', 'US']);
    expect(facts.organizations).toEqual(['Quad']);
  });

  it('keeps the name as written in full, suffix included, and joins wrapped lines', () => {
    expect(facts.people).toEqual([
      { id: 'martin-l-avery-jr', name: 'Martin L. Avery, Jr.', role: 'President', country: 'US' },
      { id: 'sato-ren', name: 'Sato Ren', role: 'Prime Minister', country: 'JP' },
    ]);
  });

  it('gives no event date when the text names none', () => {
    expect(facts.eventDate).toBeUndefined();
    expect(facts.eventTime).toBeUndefined();
  });
});

describe('extractFacts output', () => {
  it('fits the release schema', () => {
    for (const input of [MINISTRY_RELEASE, READOUT_RELEASE]) {
      const record = {
        id: 'x',
        title: input.title,
        date: input.date,
        source: 'Test',
        body: input.body,
        ...extractFacts(input),
      };
      expect(releaseSchema.safeParse(record).success).toBe(true);
    }
  });

  it('always includes the source country, even in an empty release', () => {
    const facts = extractFacts({
      title: 'Notice',
      body: [],
      sourceCountry: 'KR',
      date: '2024-01-01',
    });
    expect(facts).toEqual({
      type: 'other',
      people: [],
      countries: ['KR'],
      organizations: [],
    });
  });

  it('is the same for the same person across releases', () => {
    const first = extractFacts(MINISTRY_RELEASE);
    const second = extractFacts({
      ...MINISTRY_RELEASE,
      title: 'Minister Han meets the press',
      body: ['Minister of Foreign Affairs Han Seo-jun held talks in Seoul on May 2.'],
    });
    expect(second.people[0]?.id).toBe(first.people[0]?.id);
  });
});
