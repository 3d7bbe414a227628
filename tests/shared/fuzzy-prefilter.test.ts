import fc from 'fast-check';
import Fuse from 'fuse.js/basic';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/shared/corpus/load-corpus.ts';
import { charMask, missingChars } from '../../src/shared/search/char-mask.ts';
import { allowedEdits, editDistance, fuzzyTerms } from '../../src/shared/search/fuzzy-terms.ts';
import { parseQuery } from '../../src/shared/search/query-parse.ts';
import { buildSearchIndex } from '../../src/shared/search/search-index.ts';
import { closestNames } from '../../src/shared/search/suggest.ts';
import { fixtureCopies, searchCountries } from './search-fixture.ts';

// Letters Fuse.js folds into others (ł, ß, İ, the Kelvin sign), marks, a letter outside the
// Basic Multilingual Plane, and the ASCII letters names are mostly made of.
const letters = [...'aeiklmnorstuvwy -AKMS', 'ł', 'ß', 'İ', 'é', 'ø', '\u212a', '𝒜', 'ı'];
const letter = fc.constantFrom(...letters);
const text = (min: number, max: number) =>
  fc.string({ unit: letter, minLength: min, maxLength: max });

/** A string a few random edits away from `source`. */
const edited = (source: string) =>
  fc
    .array(fc.tuple(fc.nat(), fc.constantFrom('swap', 'sub', 'del', 'ins'), letter), {
      maxLength: 3,
    })
    .map((edits) => {
      const chars = Array.from(source);
      for (const [at, kind, with_] of edits) {
        const i = chars.length === 0 ? 0 : at % chars.length;
        if (kind === 'swap' && i + 1 < chars.length)
          [chars[i], chars[i + 1]] = [chars[i + 1]!, chars[i]!];
        else if (kind === 'sub' && chars.length > 0) chars[i] = with_;
        else if (kind === 'del') chars.splice(i, 1);
        else chars.splice(i, 0, with_);
      }
      return chars.join('');
    });

describe('the character test in front of Fuse.js', () => {
  it('never rules out a string within the edits allowed', () => {
    const pair = text(0, 12).chain((a) => edited(a).map((b) => [a, b] as const));
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const distance = editDistance(a, b, 12);
        expect(missingChars(charMask(a), charMask(b))).toBeLessThanOrEqual(distance);
        expect(missingChars(charMask(b), charMask(a))).toBeLessThanOrEqual(distance);
      }),
      { numRuns: 2000 },
    );
  });

  it('counts the characters missing, not their repeats', () => {
    expect(missingChars(charMask('sutcliffe'), charMask('sutlciffe'))).toBe(0);
    expect(missingChars(charMask('korea'), charMask('kora'))).toBe(1);
    expect(missingChars(charMask('japan'), charMask('xyz'))).toBe(4);
  });
});

describe('closest names for a search that found nothing', () => {
  const options = { ignoreLocation: true, ignoreDiacritics: true, threshold: 0.45 };
  /** Fuse.js over every name, the query prepared as closestNames prepares it. */
  const overEveryName = (names: string[], q: string) => {
    const pattern = parseQuery(q)
      .words.map((w) => w.text)
      .join(' ')
      .slice(0, 32)
      .trim();
    if (pattern.length < 2) return [];
    return new Fuse(names, options).search(pattern, { limit: 5 }).map((hit) => hit.item);
  };
  const indexOf = (names: string[]) =>
    buildSearchIndex(
      loadCorpus(
        JSON.stringify({
          format: 1,
          countries: searchCountries,
          releases: names.map((name, i) => ({
            id: `release-${i}`,
            title: `Release ${i}`,
            date: '2024-01-01',
            source: 'Ministry',
            type: 'statement',
            people: [{ id: `person-${i}`, name, role: 'Minister', country: 'JP' }],
            countries: ['JP'],
            organizations: [],
            body: [],
          })),
        }),
      ),
    );

  it('are those Fuse.js finds over every name, where the test rules names out', () => {
    // ASCII names and queries, which the test decides on; one name in four close to the query.
    const ascii = fc.constantFrom(...'aeiklmnorstuvwyAKMS -');
    const asciiText = (min: number, max: number) =>
      fc.string({ unit: ascii, minLength: min, maxLength: max });
    const input = fc
      .uniqueArray(
        asciiText(3, 16).filter((n) => n.trim().length > 2),
        { minLength: 4, maxLength: 40 },
      )
      .chain((list) =>
        fc.tuple(
          fc.constant(list),
          fc.constantFrom(...list).chain((name) => edited(name.slice(0, 12))),
        ),
      )
      .filter(([, q]) => /^[\0-\x7f]*$/.test(q));
    let ruledOut = 0;
    fc.assert(
      fc.property(input, ([list, q]) => {
        const index = indexOf(list);
        const expected = overEveryName(index.names, q);
        expect(closestNames(index, q)).toEqual(expected);
        if (expected.length < Math.min(5, index.names.length)) ruledOut += 1;
      }),
      { numRuns: 400 },
    );
    // Queries that leave names out: the test had names to rule out, not just Fuse's answer.
    expect(ruledOut).toBeGreaterThan(100);
  });

  it('keep a name whose letters Fuse.js folds, and one missing as many letters as it allows', () => {
    const names = ['Øłßen Hart', 'Mira Stone', 'Paul Brenner', 'Kim Shaw'];
    const index = indexOf(names);
    // Fuse.js reads "Øłßen" as "olssen", three letters its own characters do not have: the name
    // is left for Fuse.js to compare.
    expect(closestNames(index, 'olssen')).toContain('Øłßen Hart');
    // Ten characters may have four errors: q, b, w and z are four letters "Mira Stone" lacks.
    expect(closestNames(index, 'mqra sbowz')).toContain('Mira Stone');
    expect(closestNames(index, 'mqra sbowz')).toEqual(overEveryName(index.names, 'mqra sbowz'));
  });

  it('are the names Fuse.js finds over every name, in the same order', () => {
    const names = fc.uniqueArray(
      text(3, 16).filter((n) => n.trim().length > 2),
      { minLength: 1, maxLength: 40 },
    );
    const input = names.chain((list) =>
      fc.tuple(
        fc.constant(list),
        fc.oneof(
          text(0, 14),
          fc.constantFrom(...list).chain((name) => edited(name)),
        ),
      ),
    );
    fc.assert(
      fc.property(input, ([list, q]) => {
        const index = indexOf(list);
        expect(closestNames(index, q)).toEqual(overEveryName(index.names, q));
      }),
      { numRuns: 300 },
    );
  });
});

describe('mistyped words', () => {
  const index = buildSearchIndex(
    loadCorpus(
      JSON.stringify({ format: 1, countries: searchCountries, releases: fixtureCopies(1) }),
    ),
  );
  const terms = index.vocabulary.filter((t) => t.length >= 5 && !/\d/.test(t));

  /** Fuse.js over every term of a similar length, as before the character test. */
  const overTheBand = (typed: string, max: number) => {
    const band = index.vocabulary.filter(
      (t) => Math.abs(t.length - typed.length) <= 2 && !/\d/.test(t),
    );
    const fuse = new Fuse(band, { ignoreLocation: true, isCaseSensitive: true, threshold: 0.6 });
    const distances = fuse
      .search(typed, { limit: 30 })
      .map((hit) => editDistance(typed, hit.item, max))
      .filter((d) => d <= max);
    return distances.length > 0 ? Math.min(...distances) : undefined;
  };

  it('find the term they were typed from, or one as close as Fuse.js over every term finds', () => {
    const typo = fc
      .constantFrom(...terms)
      .chain((term) => edited(term).map((typed) => [term, typed] as const))
      .filter(([, typed]) => typed.length >= 3 && !index.postings.has(typed));
    let compared = 0;
    fc.assert(
      fc.property(typo, ([term, typed]) => {
        const max = allowedEdits(Array.from(typed).length);
        const found = fuzzyTerms(index, typed);
        for (const f of found) expect(editDistance(typed, f.term, max)).toBe(f.distance);
        const before = overTheBand(typed, max);
        if (before !== undefined) {
          compared += 1;
          expect(found[0]?.distance).toBeLessThanOrEqual(before);
        }
        if (editDistance(typed, term, max) <= 1) {
          // One edit: Fuse.js always proposes the term, and only the word itself is closer.
          expect(found[0]?.distance).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 1000 },
    );
    expect(compared).toBeGreaterThan(300);
  });
});
