import { describe, expect, it } from 'vitest';
import { serializeDerived } from '../../src/ingest/serialize-derived.ts';
import {
  bodyShardSchema,
  headFileSchema,
  recordBucket,
  recordFileSchema,
  recordPath,
  shardSizeFor,
} from '../../src/shared/corpus/corpus-schema.ts';
import type { Release } from '../../src/shared/release/release-schema.ts';
import { fixtureCopies, searchCountries } from '../shared/search-fixture.ts';

// Enough copies of the fixture to need several record files and body shards.
const releases = fixtureCopies(60);
const derived = serializeDerived({ sample: true, countries: searchCountries, releases });
const files = new Map([...derived.shards, ...derived.records]);

describe('derived files', () => {
  it('writes a head with the newest page, the total and how to find the rest', () => {
    const head = headFileSchema.parse(JSON.parse(derived.head));
    expect(head.total).toBe(releases.length);
    expect(head.sample).toBe(true);
    expect(head.shardSize).toBe(shardSizeFor(releases.length));
    expect(head.records).toBe(derived.records.length);
    const newest = [...releases].sort((a, b) =>
      a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? -1 : 1,
    );
    expect(head.releases.map((r) => (r as Release).id)).toEqual(
      newest.slice(0, 20).map((r) => r.id),
    );
    expect(head.releases.every((r) => !('body' in (r as object)))).toBe(true);
  });

  it('puts every release in exactly the record file its id hashes to, with its body shard', () => {
    expect(derived.records.length).toBeGreaterThan(1);
    const seen = new Set<string>();
    for (const [name, text] of derived.records) {
      const file = recordFileSchema.parse(JSON.parse(text));
      expect(file.shards).toHaveLength(file.releases.length);
      file.releases.forEach((raw, i) => {
        const { id, countries } = raw as Release;
        expect(recordPath(recordBucket(id, derived.records.length))).toBe(name);
        expect(seen.has(id)).toBe(false);
        seen.add(id);
        // The shard named holds this release's body, and the file names its countries.
        const shard = bodyShardSchema.parse(
          JSON.parse(String(files.get(`bodies/${String(file.shards[i]).padStart(3, '0')}.json`))),
        );
        expect(shard.releases.find((r) => r.id === id)?.body).toEqual(
          releases.find((r) => r.id === id)?.body,
        );
        for (const code of countries) expect(Object.keys(file.countries)).toContain(code);
      });
    }
    expect(seen.size).toBe(releases.length);
  });

  it('spreads ids evenly over the record files', () => {
    const ids = Array.from(
      { length: 20_000 },
      (_, i) => `2024-01-${String((i % 28) + 1).padStart(2, '0')}-release-${i}`,
    );
    const counts = new Array<number>(80).fill(0);
    for (const id of ids) counts[recordBucket(id, 80)]! += 1;
    expect(Math.max(...counts)).toBeLessThan(1.3 * (20_000 / 80));
    expect(Math.min(...counts)).toBeGreaterThan(0.7 * (20_000 / 80));
  });
});
