import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RELEASE_TYPES } from '../../src/shared/release/release-schema.ts';
import {
  MAX_QUERY_LENGTH,
  SORTS,
  parseSearchState,
  serializeSearchState,
  type SearchState,
} from '../../src/shared/search/search-state.ts';

const RUNS = { numRuns: 1000 };

const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c));
const anyText = (maxLength = 20) => fc.string({ unit: anyCodePoint, maxLength });
const isWellFormed = (s: string) =>
  !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);

const set = <T>(arb: fc.Arbitrary<T>, maxLength = 4) =>
  fc.uniqueArray(arb, { maxLength, comparator: 'IsStrictlyEqual' });
const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
const letters = (alphabet: string, min: number, max: number) =>
  fc.array(fc.constantFrom(...alphabet), { minLength: min, maxLength: max }).map((c) => c.join(''));
const slug = fc
  .array(letters('abcdefghijklmnopqrstuvwxyz0123456789', 1, 8), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join('-'));
const date = fc
  .date({
    min: new Date('1900-01-01T00:00Z'),
    max: new Date('2099-12-31T00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const bound = fc.option(fc.oneof(digits(4), date), { nil: undefined });

/** Any state the app can be in: every value is one that parsing accepts. */
const validState: fc.Arbitrary<SearchState> = fc.record({
  q: fc.oneof(
    fc.constant(''),
    fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 60 })
      .filter((q) => q.trim() !== '' && q.length <= MAX_QUERY_LENGTH),
  ),
  country: set(letters('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 2, 2)),
  person: set(slug),
  type: set(fc.constantFrom(...RELEASE_TYPES)),
  source: set(
    fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
      // eslint-disable-next-line no-control-regex -- the parser refuses these in a facet value
      .filter((s) => s.trim() !== '' && !/[\u0000-\u001f\u007f<>]/.test(s)),
  ),
  year: set(digits(4)),
  from: bound,
  to: bound,
  sort: fc.option(fc.constantFrom(...SORTS), { nil: undefined }),
  page: fc.integer({ min: 1, max: 100_000 }),
});

/** Query strings as a shared link, a hand edit or an attacker may write them. */
const KEYS = ['q', 'country', 'person', 'type', 'source', 'year', 'from', 'to', 'sort', 'page'];
const anyParams = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...KEYS), anyText(6)),
      fc.oneof(anyText(), anyText(MAX_QUERY_LENGTH + 20), fc.constantFrom('__proto__', '<b>x</b>')),
    ),
    { maxLength: 8 },
  )
  .map((pairs) => new URLSearchParams(pairs));

describe('search state in the URL', () => {
  it('round-trips every valid state: parse(serialize(state)) equals state', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const text = serializeSearchState(state).toString();
        expect(parseSearchState(new URLSearchParams(text))).toEqual(state);
      }),
      RUNS,
    );
  });

  it('parses any query string to a canonical state that maps to itself', () => {
    fc.assert(
      fc.property(anyParams, (params) => {
        const state = parseSearchState(params);
        // A state that did not survive its own URL would send the search view round a redirect loop.
        const canonical = serializeSearchState(state).toString();
        expect(parseSearchState(new URLSearchParams(canonical))).toEqual(state);
        expect(isWellFormed(state.q)).toBe(true);
        expect(state.q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
      }),
      RUNS,
    );
  });

  it('reads a query of white space alone as no query, as its URL has none', () => {
    for (const q of ['%09', '%20%20', '%0A']) {
      const state = parseSearchState(new URLSearchParams(`q=${q}`));
      expect(state.q).toBe('');
      expect(serializeSearchState(state).toString()).toBe('');
    }
  });

  it('keeps a query cut at the length limit well formed, even mid-emoji', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 }), anyText(4), (pad, tail) => {
        const q = `${'a'.repeat(MAX_QUERY_LENGTH - 1 - pad)}${'😀'.repeat(pad + 1)}${tail}`;
        const state = parseSearchState(new URLSearchParams({ q }));
        expect(isWellFormed(state.q)).toBe(true);
        expect(q.startsWith(state.q)).toBe(true);
      }),
      RUNS,
    );
  });
});
