import { describe, expect, it } from 'vitest';
import { countryCodes, mergeReleases } from '../../src/ingest/merge-releases.ts';
import { serializeCorpus } from '../../src/ingest/serialize-corpus.ts';
import { serializeDerived } from '../../src/ingest/serialize-derived.ts';
import { loadCorpus } from '../../src/shared/corpus/load-corpus.ts';
import { LEAD_MAX_LENGTH, type Release } from '../../src/shared/release/release-schema.ts';

const release = (id: string, date: string, over: Partial<Release> = {}): Release => ({
  id,
  title: `Title ${id}`,
  date,
  source: 'Ministry',
  type: 'other',
  people: [],
  countries: [],
  organizations: [],
  body: ['Text.'],
  ...over,
});

const countries = { KR: { name: 'South Korea', aliases: ['Korea'] } };

describe('serializeCorpus', () => {
  it('writes a file the app loads, newest first and then by id', () => {
    const text = serializeCorpus({
      sample: false,
      countries,
      releases: [
        release('b', '2024-01-01'),
        release('c', '2024-03-01'),
        release('a', '2024-01-01'),
      ],
    });
    const corpus = loadCorpus(text);
    expect(corpus.releases.map((r) => r.id)).toEqual(['c', 'a', 'b']);
    expect(corpus.skipped.count).toBe(0);
    expect(corpus.countries.get('KR')?.name).toBe('South Korea');
  });

  it('prints the same bytes whatever the key order or release order of its input', () => {
    const one = release('a', '2024-01-01', {
      people: [{ id: 'mira-sol', name: 'Mira Sol', country: 'KR', role: 'Envoy' }],
      eventTime: { start: '10:00', end: '11:00' },
    });
    const shuffled = Object.fromEntries(Object.entries(one).reverse()) as Release;
    const two = release('b', '2023-01-01');
    const x = serializeCorpus({ sample: false, countries, releases: [one, two] });
    const y = serializeCorpus({ sample: false, countries, releases: [two, shuffled] });
    expect(y).toBe(x);
    expect(x.indexOf('"id":"a"')).toBeLessThan(x.indexOf('"title"'));
  });

  it('writes an empty corpus and the sample flag', () => {
    const corpus = loadCorpus(serializeCorpus({ sample: true, countries: {}, releases: [] }));
    expect(corpus.releases).toEqual([]);
    expect(corpus.sample).toBe(true);
  });
});

describe('serializeDerived', () => {
  const many = Array.from({ length: 600 }, (_, i) =>
    release(`r${String(i).padStart(3, '0')}`, `20${String(10 + (i % 14))}-01-01`, {
      body: [`Opening of release ${i}.`, `Paragraph of release ${i}.`],
    }),
  );

  it('writes a catalogue the app loads without bodies, and shards that hold every body', () => {
    const derived = serializeDerived({ sample: false, countries, releases: many });
    const full = loadCorpus(serializeCorpus({ sample: false, countries, releases: many }));
    const catalogue = loadCorpus(derived.catalogue);
    expect(catalogue.releases.map((r) => r.id)).toEqual(full.releases.map((r) => r.id));
    expect(catalogue.releases.every((r) => r.body.length === 0)).toBe(true);
    // Each record carries its opening paragraph for result rows, and nothing further.
    expect(catalogue.releases.map((r) => r.lead)).toEqual(full.releases.map((r) => r.body[0]));
    expect(derived.catalogue).not.toContain('Paragraph of release');
    expect(derived.shards.map(([name]) => name)).toEqual([
      'bodies/000.json',
      'bodies/001.json',
      'bodies/002.json',
    ]);
    const bodies = new Map<string, string[]>();
    derived.shards.forEach(([, text], k) => {
      for (const r of JSON.parse(text).releases as { id: string; body: string[] }[]) {
        expect(catalogue.bodies?.shardOf.get(r.id)).toBe(k);
        bodies.set(r.id, r.body);
      }
    });
    expect(full.releases.map((r) => bodies.get(r.id))).toEqual(full.releases.map((r) => r.body));
  });

  it('cuts a long opening at a word, marked with an ellipsis, and leaves out an empty body', () => {
    const words = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ');
    const derived = serializeDerived({
      sample: false,
      countries,
      releases: [
        release('long', '2024-01-02', { body: ['', words, 'Second paragraph.'] }),
        release('empty', '2024-01-01', { body: [] }),
      ],
    });
    const [long, empty] = loadCorpus(derived.catalogue).releases;
    expect(long?.lead).toMatch(/^word0 word1 .* word\d+ …$/);
    expect(long?.lead?.length).toBeLessThanOrEqual(LEAD_MAX_LENGTH);
    expect(words.startsWith(long?.lead?.slice(0, -2) ?? 'x')).toBe(true);
    expect(empty?.lead).toBeUndefined();
    expect(derived.catalogue).not.toContain('Second paragraph');
  });

  it('prints the same bytes whatever the order of its input', () => {
    const x = serializeDerived({ sample: false, countries, releases: many });
    const y = serializeDerived({ sample: false, countries, releases: [...many].reverse() });
    expect(y).toEqual(x);
  });

  it('still skips a record without a body in corpus.json, where a body is required', () => {
    const noBody = { ...release('x', '2024-01-01'), body: undefined };
    const text = JSON.stringify({ format: 1, countries: {}, releases: [noBody] });
    expect(loadCorpus(text).skipped.count).toBe(1);
  });
});

describe('mergeReleases', () => {
  it('adds new releases, replaces those with the same id and keeps the rest', () => {
    const existing = [release('keep', '2020-01-01'), release('replace', '2021-01-01')];
    const incoming = [
      release('replace', '2021-01-01', { title: 'New title' }),
      release('add', '2022-01-01'),
    ];
    const merged = mergeReleases(existing, incoming);
    expect(merged.map((r) => [r.id, r.title])).toEqual([
      ['add', 'Title add'],
      ['replace', 'New title'],
      ['keep', 'Title keep'],
    ]);
  });
});

describe('countryCodes', () => {
  it('collects the codes of sources, mentions and people, once each, sorted', () => {
    const releases = [
      release('a', '2024-01-01', { sourceCountry: 'KR', countries: ['JP', 'KR'] }),
      release('b', '2024-01-01', { people: [{ id: 'p', name: 'P', country: 'CL' }] }),
    ];
    expect(countryCodes(releases)).toEqual(['CL', 'JP', 'KR']);
  });
});
