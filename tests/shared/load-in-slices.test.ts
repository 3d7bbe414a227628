import { describe, expect, it } from 'vitest';
import { loadCorpus, loadCorpusInSlices } from '../../src/shared/corpus/load-corpus.ts';
import { readText } from '../../src/shared/corpus/read-text.ts';
import { fixtureCopies, searchCountries } from './search-fixture.ts';

/** A response whose body arrives in these chunks of bytes. */
function chunked(chunks: Uint8Array[]) {
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  return new Response(stream);
}

describe('reading a large file a piece at a time', () => {
  it('decodes characters split between chunks, and drops a byte order mark, as text() does', async () => {
    // Korean, accented and emoji text, long enough to be decoded in several pieces.
    const text = `\uFEFF${'Cho Tae-yul · 조태열 · Communiqué 🇰🇷\n'.repeat(6000)}`;
    const bytes = new TextEncoder().encode(text);
    // Cut inside a three-byte Hangul letter and a four-byte flag letter, in chunks larger
    // and smaller than the pieces decoded at a time.
    const line = new TextEncoder().encode('Cho Tae-yul · 조태열 · Communiqué 🇰🇷\n');
    const hangul = line.indexOf(0xec);
    const flag = line.indexOf(0xf0);
    const at = (row: number, offset: number) => 3 + row * line.length + offset;
    const cuts = [0, at(0, hangul + 1), at(1800, flag + 2), at(2000, hangul + 2), bytes.length];
    const chunks = cuts.slice(1).map((end, i) => bytes.subarray(cuts[i], end));
    const expected = await new Response(bytes).text();
    expect(await readText(chunked(chunks))).toBe(expected);
    expect(expected.startsWith('Cho Tae-yul')).toBe(true);
  });

  it('replaces bytes that are not UTF-8, as text() does', async () => {
    const bytes = new Uint8Array([0x4b, 0xff, 0x6f, 0xc3]);
    expect(await readText(chunked([bytes]))).toBe(await new Response(bytes).text());
  });

  it('loads the same corpus in slices as at once, pausing between them', async () => {
    const releases = fixtureCopies(120);
    const text = JSON.stringify({ format: 1, countries: searchCountries, releases });
    let pauses = 0;
    const sliced = await loadCorpusInSlices(text, async () => {
      pauses += 1;
    });
    expect(sliced).toEqual(loadCorpus(text));
    expect(sliced.releases.length).toBe(releases.length);
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(releases.length / 200));
  });
});
