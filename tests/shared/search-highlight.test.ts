import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitHighlights, type HighlightTerm } from '../../src/shared/search/highlight-ranges.ts';
import { makeSnippet } from '../../src/shared/search/snippet.ts';

/** No lone surrogate: a cut never fell inside a character. */
const isWellFormed = (s: string) =>
  !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);

const word = (text: string, prefix = false): HighlightTerm => ({ text, prefix, cjk: false });
const marked = (text: string, terms: HighlightTerm[]) =>
  splitHighlights(text, terms)
    .filter((p) => p.match)
    .map((p) => p.text);

describe('highlighting', () => {
  it('marks whole words that match, folded for case and accents', () => {
    expect(marked('Minister Bénoît met MORI in Paris.', [word('benoit'), word('mori')])).toEqual([
      'Bénoît',
      'MORI',
    ]);
    expect(marked('Whitfield and Whitman', [word('whit', true)])).toEqual(['Whitfield', 'Whitman']);
    expect(marked('Whitfield and Whitman', [word('whit')])).toEqual([]);
  });

  it('marks Hangul in the original form, composed or decomposed', () => {
    const decomposed = '한서준 장관은'.normalize('NFD');
    const parts = marked(decomposed, [{ text: '장관', prefix: true, cjk: false }]);
    expect(parts).toEqual(['장관은'.normalize('NFD')]);
  });

  it('marks a Japanese phrase inside a run without spaces', () => {
    expect(
      marked('日本国外務大臣が会談した', [{ text: '外務大臣', prefix: false, cjk: true }]),
    ).toEqual(['外務大臣']);
    // Half-width katakana folds to full width, and the original characters are marked.
    expect(marked('ｶﾞｲﾑ省', [{ text: 'ガイム', prefix: false, cjk: true }])).toEqual(['ｶﾞｲﾑ']);
  });

  it('never splits a character: emoji, combining marks and surrogate pairs stay whole', () => {
    const text = 'Cafe\u0301 👩‍💼 diplomat 𝒜lpha';
    const parts = splitHighlights(text, [word('cafe'), word('diplomat'), word('lpha')]);
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['Cafe\u0301', 'diplomat']);
    for (const part of parts) expect(isWellFormed(part.text)).toBe(true);
  });

  it('reassembles exactly the original text, whatever the text and terms', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 80 }),
        fc.array(
          fc.record({
            text: fc.string({ minLength: 1, maxLength: 4 }),
            prefix: fc.boolean(),
            cjk: fc.boolean(),
          }),
          { maxLength: 4 },
        ),
        (text, terms) => {
          const parts = splitHighlights(text, terms);
          expect(parts.map((p) => p.text).join('')).toBe(text);
          for (const part of parts) expect(isWellFormed(part.text)).toBe(true);
        },
      ),
    );
  });
});

describe('snippets', () => {
  const long = `${'Opening words of a long paragraph that goes on. '.repeat(8)}Here the minister Vogt spoke about harbours. ${'Closing words that go on and on. '.repeat(8)}`;

  it('cuts a passage around the first match, at spaces', () => {
    const snippet = makeSnippet(['Unrelated first paragraph.', long], [word('vogt')]);
    expect(snippet?.text).toContain('Vogt');
    expect(snippet?.cutBefore).toBe(true);
    expect(snippet?.cutAfter).toBe(true);
    expect(long).toContain(snippet!.text);
    expect(snippet!.text.length).toBeLessThanOrEqual(240);
  });

  it('starts at the first paragraph without a match, and never breaks a character', () => {
    expect(makeSnippet(['Short text.'], [word('nothing')])).toEqual({
      text: 'Short text.',
      cutBefore: false,
      cutAfter: false,
    });
    const emoji = '😀'.repeat(300);
    const snippet = makeSnippet([emoji], []);
    expect(isWellFormed(snippet!.text)).toBe(true);
    expect(makeSnippet([], [])).toBeNull();
  });

  it('takes the paragraph where a word starts or is the term, not one that only contains it', () => {
    const paragraphs = [
      'The talks were frank and the market open.', // "k" and "ark" inside words only
      'Ministers met in Ankara.', // "ara" inside a word; "ank" inside a word
      'Karin Berg spoke for the Ark Foundation.',
    ];
    expect(makeSnippet(paragraphs, [word('k', true)])?.text).toBe(paragraphs[2]);
    expect(makeSnippet(paragraphs, [word('ark')])?.text).toBe(paragraphs[2]);
    expect(makeSnippet(paragraphs, [word('ankara')])?.text).toBe(paragraphs[1]);
    // Accented text is never ruled out by the quick check: folding decides.
    expect(makeSnippet(['Plain words.', 'Rencontre à Genève.'], [word('geneve')])?.text).toBe(
      'Rencontre à Genève.',
    );
  });
});
