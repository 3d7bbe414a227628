import { corpusIndex } from '../corpus/corpus-index.ts';
import type { Corpus } from '../corpus/load-corpus.ts';
import { warmFuzzyBand } from './fuzzy-terms.ts';
import { prefixTerms } from './match-words.ts';
import { runSearch } from './run-search.ts';
import type { SearchIndex } from './search-index.ts';
import { EMPTY_SEARCH } from './search-state.ts';

/** Resolves when the page is idle: browsers hold idle callbacks back while the reader types. */
function idle() {
  return new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve());
    else setTimeout(resolve, 50);
  });
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Work done while the page is idle after loading, so that the reader's first keys find it
 * done. The first letter of a word is the costliest key of all.
 */
export async function warmUp(index: SearchIndex, corpus: Corpus) {
  await idle();
  // One search for a single letter: the engine's code is then compiled rather than compiled
  // during a key (two to five times the cost of the same search later).
  let common = '';
  for (const term of index.vocabulary) {
    if (index.postings.df(term) > index.postings.df(common)) common = term;
  }
  runSearch(index, { ...EMPTY_SEARCH, q: common.slice(0, 1) });
  // The terms that stand for a first letter are among the most frequent in the archive, and
  // decoding their postings was a third of that key's search at 100,000 releases (about
  // 3 MB of arrays at 10,000 releases, 33 MB at 100,000). A letter per idle moment.
  for (const letter of LETTERS) {
    await idle();
    for (const term of prefixTerms(index, letter)) index.postings.get(term);
  }
  // A word found nowhere goes to the fuzzy matcher, whose vocabulary bands are built on first
  // use; words of four to ten letters cover most names a reader mistypes.
  for (let length = 4; length <= 10; length += 1) {
    await idle();
    warmFuzzyBand(index, length);
  }
  // The lists behind related releases and the person and country pages: building them took
  // 140 ms at 100,000 releases, paid when the first release was opened.
  await idle();
  corpusIndex(corpus);
}
