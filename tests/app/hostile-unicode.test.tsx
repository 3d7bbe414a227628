import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { corpusText, release, renderApp } from './render-app.tsx';
import { expectCount, resultTitles } from './search-helpers.ts';

// Invented titles in the forms that break naive highlighting: dotted İ, ß, decomposed accents,
// an emoji sequence joined by ZWJ, decomposed kana and Hangul.
const TITLES = {
  istanbul: 'Envoys meet in İstanbul',
  strasse: 'Talks at the Grenzstraße crossing',
  cafe: 'Cafe\u0301 diplomacy in Rivermouth',
  emoji: 'Trade envoy 👩🏽‍💼 appointed',
  kana: 'ガイドライン on fisheries'.normalize('NFD'),
  hangul: '외교부 장관 회담 결과'.normalize('NFD'),
  vietnamese: 'Ha\u0323nh Lo\u0323c port reopens',
  // A half-form conjunct held together by a zero-width joiner, which is not a letter.
  devanagari: 'क्\u200dषेत्र talks',
};

const corpus = corpusText(
  Object.entries(TITLES).map(([id, title], i) =>
    release({ id, title, date: `2024-01-${String(i + 10)}` }),
  ),
);

/** Each marked run of the first result's title, and the title's full visible text. */
function titleMarks() {
  const results = screen.getByRole('region', { name: 'Results' });
  const title = within(results).getAllByRole('heading', { level: 3 })[0]!;
  return {
    text: title.textContent ?? '',
    marks: [...title.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
  };
}

const graphemes = (s: string) =>
  [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(s)].map((g) => g.segment);

describe('Unicode text in the search results (issue 6, item 10)', () => {
  it.each([
    ['istanbul', 'istanbul', 'İstanbul'],
    ['istanbul', 'İSTANBUL', 'İstanbul'],
    ['strasse', 'grenzstrasse', 'Grenzstraße'],
    ['cafe', 'café', 'Cafe\u0301'],
    ['emoji', 'trade', 'Trade'],
    ['devanagari', 'क्\u200dषेत्र', 'क्\u200dषेत्र'],
    ['kana', 'ガイド', 'ガイド'.normalize('NFD')],
    ['hangul', '장관', '장관'.normalize('NFD')],
    ['vietnamese', 'hạnh', 'Ha\u0323nh'],
  ] as const)(
    '%s: %s marks whole characters and leaves the text as it was',
    async (key, q, mark) => {
      renderApp(`/?q=${encodeURIComponent(q)}`, corpus);
      await expectCount('1 release');
      const { text, marks } = titleMarks();
      expect(text).toBe(TITLES[key]);
      expect(marks).toContain(mark);
      // Every mark is a run of whole characters of the title.
      for (const m of marks) expect(TITLES[key]).toContain(graphemes(m).join(''));
      const pieces = graphemes(TITLES[key]);
      for (const m of marks) expect(pieces).toEqual(expect.arrayContaining(graphemes(m)));
    },
  );

  it('finds the same releases for composed and decomposed Hangul in the box', async () => {
    const nfc = renderApp(`/?q=${encodeURIComponent('장관 회담'.normalize('NFC'))}`, corpus);
    await expectCount('1 release');
    const composed = resultTitles();
    nfc.unmount();
    renderApp(`/?q=${encodeURIComponent('장관 회담'.normalize('NFD'))}`, corpus);
    await expectCount('1 release');
    expect(resultTitles()).toEqual(composed);
    expect(composed).toEqual([TITLES.hangul]);
  });

  it('keeps an emoji ZWJ sequence whole when the word beside it is marked', async () => {
    renderApp('/?q=appointed', corpus);
    await expectCount('1 release');
    const { text } = titleMarks();
    expect(graphemes(text)).toContain('👩🏽‍💼');
  });
});
