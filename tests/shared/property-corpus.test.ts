import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CorpusError, loadCorpus } from '../../src/shared/corpus/load-corpus.ts';

const RUNS = { numRuns: 1000 };

/** Loads text and reports how it ended: a corpus, or the reader-facing CorpusError. */
function outcome(text: string): 'loaded' | 'corpus-error' {
  try {
    loadCorpus(text);
    return 'loaded';
  } catch (error) {
    // Anything else would escape the route's error view as "Something went wrong".
    if (error instanceof CorpusError) return 'corpus-error';
    throw error;
  }
}

/** Any code point, lone surrogates included: what a broken file or a bad decoder can hand over. */
const anyText = fc.string({
  unit: fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code)),
});

/** Mostly the valid value, sometimes anything: enough records survive to exercise the rest. */
const mostly = <T>(valid: fc.Arbitrary<T>, other: fc.Arbitrary<unknown>) =>
  fc.oneof({ arbitrary: valid, weight: 6 }, { arbitrary: other, weight: 1 });

const release = fc.record({
  id: mostly(fc.constantFrom('a', 'b-2', 'constructor', 'to-string'), anyText),
  title: mostly(fc.constantFrom('A title', '<img src=x onerror=alert(1)>'), fc.jsonValue()),
  date: mostly(fc.constantFrom('2024-03-01', '2024-02-29'), fc.constantFrom('2023-02-30', '')),
  source: mostly(fc.constantFrom('A ministry', '__proto__'), anyText),
  type: mostly(fc.constantFrom('statement', 'meeting'), fc.constantFrom('__proto__', 'toString')),
  people: mostly(
    fc.constant([{ id: 'constructor', name: 'Ada Vell' }]),
    fc.array(fc.jsonValue(), { maxLength: 2 }),
  ),
  countries: mostly(fc.constant(['JP']), fc.array(anyText, { maxLength: 2 })),
  organizations: mostly(fc.constant(['__proto__']), fc.array(fc.jsonValue(), { maxLength: 2 })),
  body: mostly(fc.array(anyText, { maxLength: 2 }), fc.jsonValue()),
});

/** Files close enough to a corpus to reach the per-record validation, with odd keys thrown in. */
const nearCorpus = fc
  .record({
    format: mostly(fc.constant(1), fc.jsonValue()),
    countries: mostly(
      fc.constant({ JP: { name: 'Japan', aliases: [] } }),
      fc.dictionary(
        fc.oneof(fc.constantFrom('__proto__', 'constructor', 'KR'), fc.string()),
        fc.jsonValue(),
      ),
    ),
    releases: fc.array(fc.oneof(release, fc.jsonValue()), { maxLength: 5 }),
  })
  .chain((file) =>
    // JSON.parse makes "__proto__" an own key; a loader copying keys with = would pollute.
    fc.constantFrom('', '"__proto__":{"polluted":true},').map((proto) =>
      JSON.stringify(file)
        .replace(/^\{/, `{${proto}`)
        .replace(/"countries":\{/, `"countries":{${proto}`),
    ),
  );

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

describe('loading the corpus never throws anything but a CorpusError', () => {
  it('on arbitrary JSON text', () => {
    fc.assert(
      fc.property(fc.json(), (text) => void outcome(text)),
      RUNS,
    );
  });

  it('on arbitrary JSON values, and the same values after a UTF-8 BOM', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value) ?? 'null';
        expect(outcome(`\uFEFF${text}`)).toBe(outcome(text));
      }),
      RUNS,
    );
  });

  it('on arbitrary strings, including cut-off JSON', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyText,
          fc.json().chain((text) => fc.nat(text.length).map((cut) => text.slice(0, cut))),
        ),
        (text) => void outcome(text),
      ),
      RUNS,
    );
  });

  it('on corpus-shaped files with arbitrary records, counting every record it drops', () => {
    fc.assert(
      fc.property(nearCorpus, (text) => {
        let corpus;
        try {
          corpus = loadCorpus(text);
        } catch (error) {
          expect(error).toBeInstanceOf(CorpusError);
          return;
        }
        const total = (JSON.parse(text) as { releases: unknown[] }).releases.length;
        expect(corpus.releases.length + corpus.skipped.count).toBe(total);
        expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      RUNS,
    );
  });
});
