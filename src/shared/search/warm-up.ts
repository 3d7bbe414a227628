import { prepareCorpusIndex } from '../corpus/corpus-index.ts';
import type { Corpus } from '../corpus/load-corpus.ts';
import { warmFuzzyBand } from './fuzzy-terms.ts';
import { prepareLetter } from './cached-search.ts';
import { prefixTerms } from './match-words.ts';
import { runSearch } from './run-search.ts';
import { closestNames } from './suggest.ts';
import { splitHighlights } from './highlight-ranges.ts';
import { makeSnippet } from './snippet.ts';
import type { SearchIndex } from './search-index.ts';
import { EMPTY_SEARCH, PAGE_SIZE } from './search-state.ts';

/**
 * Resolves when the page is idle, with how long it may work: browsers hold idle callbacks
 * back while the reader types, and give a deadline within the current frame's budget.
 */
function idle(): Promise<() => number> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') {
      requestIdleCallback((deadline) => resolve(() => deadline.timeRemaining()));
    } else setTimeout(() => resolve(() => 0), 50);
  });
}

/**
 * Idle work done in one go before the next pause waits for another idle period. A browser's
 * idle period lasts up to 50 ms, and steps run until it ended went past it by a step: with a
 * reader's key waiting behind them, such tasks were long ones (51-76 ms at 10,000 releases).
 * Slices of 10 ms spread the work over so many periods that it met the reader's first keys.
 */
const SLICE_MS = 30;

/** A pause for long idle work: it goes on for a slice of an idle period, then waits for the next. */
function idleSlicer() {
  let remaining = () => 0;
  let until = 0;
  return async () => {
    if (remaining() > 1 && performance.now() < until) return;
    remaining = await idle();
    until = performance.now() + SLICE_MS;
  };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Work done while the page is idle after loading, so that the reader's first keys find it
 * done. The first letter of a word is the costliest key of all.
 */
export async function warmUp(index: SearchIndex, corpus: Corpus) {
  // Steps go on for a slice of each idle period (idleSlicer): one step per period left the
  // work running into the reader's first keys, and steps to the period's end made long tasks.
  const pause = idleSlicer();
  await pause();
  // One search, for the start of any term: the engine's code is then compiled before the
  // first key rather than during it (two to five times the cost of the same search later).
  // Small on purpose: a task of idle work must not hold up a key typed meanwhile.
  const some = index.vocabulary[index.vocabulary.length >> 1];
  const warm = some ? runSearch(index, { ...EMPTY_SEARCH, q: some.slice(0, 3) }) : undefined;
  // Then the words of its rows marked, as a result row marks them, likewise: 5-6 ms of a
  // first key's render when cold, 2 ms later. Early, as idle work is held back while the
  // reader types.
  await pause();
  if (warm) {
    for (const id of warm.page(0, PAGE_SIZE)) {
      const release = corpus.byId.get(id);
      if (!release) continue;
      splitHighlights(release.title, warm.terms);
      if (release.lead) makeSnippet([release.lead], warm.terms);
    }
  }
  // Every first letter, searched with its first page and kept (prepareLetter). A first letter
  // matches much of the archive, and its search was the costliest part of the costliest key.
  // Two steps a letter: its terms' postings are decoded first, a third of the search at
  // 100,000 releases, so that no one step holds a key typed meanwhile for long.
  const reach = new Map<string, number>();
  for (const letter of LETTERS) {
    await pause();
    for (const term of prefixTerms(index, letter)) index.postings.get(term);
    await pause();
    reach.set(letter, prepareLetter(index, letter, PAGE_SIZE).total);
  }
  const [first, second] = [...reach].sort((a, b) => b[1] - a[1]).map(([letter]) => letter);
  // Then a search like a reader's second word begun, on the broadest letters: its path
  // differs from a lone letter's, and its loops are optimised before the first key (a first
  // two-word search took 25 ms to score at 100,000 releases, later ones 4 ms).
  await pause();
  if (first && second)
    runSearch(index, { ...EMPTY_SEARCH, q: `${first} ${second}` }).page(0, PAGE_SIZE);
  // A word found nowhere goes to the fuzzy matcher, whose vocabulary bands are built on first
  // use; words of four to ten letters cover most names a reader mistypes.
  for (let length = 4; length <= 10; length += 1) {
    await pause();
    warmFuzzyBand(index, length);
  }
  // And a search finding nothing suggests the closest names, from a matcher built on first use.
  await pause();
  closestNames(index, 'warm up');
  // The lists behind related releases and the person and country pages: building them took
  // 140 ms at 100,000 releases, paid when the first release was opened.
  await prepareCorpusIndex(corpus, pause);
}
