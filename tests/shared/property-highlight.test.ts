import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitHighlights, type HighlightTerm } from '../../src/shared/search/highlight-ranges.ts';
import { parseQuery } from '../../src/shared/search/query-parse.ts';

const RUNS = { numRuns: 1000 };

const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c));
/** Text as the corpus may hold it: whole graphemes, single code points, or a mix of both. */
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: anyCodePoint, maxLength: 60 }),
  fc.string({
    unit: fc.constantFrom(
      'İ',
      'ß',
      'e\u0301',
      'ガ'.normalize('NFD'),
      '👩‍💼',
      '장관'.normalize('NFD'),
      ' ',
      'a',
      '日本',
      // Characters that a joiner or a modifier holds together, though neither is a letter.
      'क्\u200dष',
      'a🏻',
      'b\u200dc',
      'B\u0323',
    ),
    maxLength: 30,
  }),
);
const anyTerm: fc.Arbitrary<HighlightTerm> = fc.record({
  text: fc.string({ unit: anyCodePoint, minLength: 1, maxLength: 4 }),
  prefix: fc.boolean(),
  cjk: fc.boolean(),
});

/** The terms a search for a piece of the text itself would mark: real matches, not just misses. */
const termsFor = (source: string) =>
  fc
    .tuple(fc.nat(source.length), fc.nat(source.length), fc.array(anyTerm, { maxLength: 2 }))
    .map(([a, b, extra]) => [
      ...parseQuery(source.slice(Math.min(a, b), Math.max(a, b))).words,
      ...extra,
    ]);

const textAndTerms = text.chain((t) => termsFor(t).map((terms) => [t, terms] as const));

const graphemeBoundaries = (s: string) => {
  const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
  return new Set([...[...segmenter.segment(s)].map((g) => g.index), s.length]);
};
const isWellFormed = (s: string) =>
  !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);

describe('highlighting, for any text and any query', () => {
  it('cuts the text into parts that join to exactly the original', () => {
    fc.assert(
      fc.property(textAndTerms, ([original, terms]) => {
        const parts = splitHighlights(original, terms);
        expect(parts.map((p) => p.text).join('')).toBe(original);
        expect(parts.filter((p) => p.text === '').length).toBe(original === '' ? 1 : 0);
      }),
      RUNS,
    );
  });

  it('never cuts inside a character: every cut is a grapheme boundary of the original', () => {
    fc.assert(
      fc.property(textAndTerms, ([original, terms]) => {
        if (!isWellFormed(original)) return;
        const boundaries = graphemeBoundaries(original);
        let at = 0;
        for (const part of splitHighlights(original, terms)) {
          expect(boundaries.has(at)).toBe(true);
          at += part.text.length;
        }
      }),
      RUNS,
    );
  });

  it('marks a word searched for in text where it occurs', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'é', 'İ', 'ß', ' ', '장', '👩‍💼'), maxLength: 20 }),
        fc.constantFrom('Vogt', 'Mañana', 'İstanbul', 'Straße', '장관'.normalize('NFD')),
        (around, word) => {
          const original = `${around} ${word} ${around}`;
          const terms = parseQuery(word).words;
          const marked = splitHighlights(original, terms).filter((p) => p.match);
          expect(marked.map((p) => p.text)).toContain(word);
        },
      ),
      RUNS,
    );
  });
});
