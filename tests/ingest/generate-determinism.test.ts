import { describe, expect, it } from 'vitest';
import { generateReleases } from '../../src/ingest/generate/generate-releases.ts';

const files = (count: number, seed: number) =>
  [...generateReleases({ count, seed })].map(({ path, text }) => ({ path, text }));

describe('generation is deterministic', () => {
  it('gives identical files for the same count and seed', () => {
    expect(files(300, 42)).toEqual(files(300, 42));
  });

  it('gives different files for a different seed', () => {
    const a = files(200, 42);
    const b = files(200, 43);
    const same = a.filter((file, i) => file.text === b[i]?.text).length;
    expect(same).toBe(0);
  });

  it('makes a smaller run the start of a larger one with the same seed', () => {
    expect(files(500, 7).slice(0, 50)).toEqual(files(50, 7));
  });

  it('does not repeat a text within a run', () => {
    const texts = files(1000, 11).map((f) => f.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('separates seeds beyond 32 bits and negative seeds', () => {
    const first = (seed: number) => files(1, seed)[0]?.text;
    expect(first(2 ** 40)).not.toBe(first(0));
    expect(first(-5)).not.toBe(first(5));
  });
});
