import {
  extractFacts,
  type ExtractedFacts,
  type ExtractInput,
} from '../../src/ingest/extract/extract-facts.ts';

/** Facts of a one-paragraph release; the title is neutral unless given. */
export function factsOf(paragraph: string, options: Partial<ExtractInput> = {}): ExtractedFacts {
  return extractFacts({
    title: 'Press release',
    body: [paragraph],
    date: '2024-10-07',
    ...options,
  });
}

export function namesOf(facts: ExtractedFacts): string[] {
  return facts.people.map((person) => person.name);
}

/** An invented Korean-ministry-style release: the shape of the real seed, none of its words. */
export const MINISTRY_RELEASE: ExtractInput = {
  title: 'Korea-Japan Foreign Ministers Hold Telephone Talks',
  body: [
    'Minister of Foreign Affairs Han Seo-jun had a telephone conversation with Japanese Minister for Foreign Affairs Mori Haruto between 09:10 and 09:40 on March 3, 2023, and the two sides exchanged views on Korea-Japan relations.',
    'Minister Han welcomed Minister Mori to his new post, and Minister Mori thanked Minister Han for the call.',
    'The two Foreign Ministers agreed that close coordination on the North Korean nuclear issue matters, and to work together at the United Nations and the G20.',
    'Both sides will keep in touch ahead of the autumn talks.',
  ],
  sourceCountry: 'KR',
  date: '2023-03-06',
};

/**
 * An invented White House-style readout, with the quirks of the real ones: a
 * no-break space in the title, a name wrapped across lines, "Jr." after a comma.
 */
export const READOUT_RELEASE: ExtractInput = {
  title:
    'Readout of President Martin L. Avery, Jr. Call with Prime Minister Sato\u00a0Ren of\u00a0Japan',
  body: [
    'President Martin L. Avery, Jr. spoke today with Prime Minister Sato\nRen of Japan about the U.S.-Japan alliance, trade and shipping lanes.',
    'President Avery pledged continued support for Japanese security, and the Prime Minister asked for closer work with the Republic of Korea and within the Quad.',
  ],
  sourceCountry: 'US',
  date: '2021-02-10',
};
