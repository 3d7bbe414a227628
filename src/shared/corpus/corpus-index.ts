import { runSteps } from '../tasks/slicer.ts';
import type { Release } from '../release/release-schema.ts';
import type { Corpus } from './load-corpus.ts';

export type CorpusIndex = {
  /** All releases, newest first. */
  newestFirst: Release[];
  /** Person id → their releases, newest first. */
  byPerson: Map<string, Release[]>;
  /** Alpha-2 code → releases naming that country, newest first. */
  byCountry: Map<string, Release[]>;
};

/** Newest first: by date, then publication time, then id so that the order is stable. */
export function compareNewestFirst(a: Release, b: Release): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  const at = a.publishedAt ?? '';
  const bt = b.publishedAt ?? '';
  if (at !== bt) return at < bt ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function push(map: Map<string, Release[]>, key: string, release: Release) {
  const list = map.get(key);
  if (list) {
    // A person named twice in one release still has one release there.
    if (list[list.length - 1] !== release) list.push(release);
  } else map.set(key, [release]);
}

// The corpus object never changes once loaded, so its indexes are built once and
// dropped with it.
const cache = new WeakMap<Corpus, CorpusIndex>();

/** Releases handled between two chances to pause: about a millisecond's work. */
const STEP = 2000;

/** Builds the index, stopping every STEP releases so that a caller may pause there. */
function* build(corpus: Corpus): Generator<void, CorpusIndex> {
  // A catalogue comes newest first already, save for publication times within a day: a
  // check is a fraction of a sort (which took 50 ms at 100,000 releases).
  const { releases } = corpus;
  let ordered = true;
  for (let i = 1; i < releases.length && ordered; i += 1) {
    ordered = compareNewestFirst(releases[i - 1]!, releases[i]!) < 0;
    if (i % STEP === 0) yield;
  }
  const newestFirst = ordered ? [...releases] : [...releases].sort(compareNewestFirst);
  const byPerson = new Map<string, Release[]>();
  const byCountry = new Map<string, Release[]>();
  for (let i = 0; i < newestFirst.length; i += 1) {
    const release = newestFirst[i]!;
    for (const person of release.people) push(byPerson, person.id, release);
    for (const code of release.countries) push(byCountry, code, release);
    if (i % STEP === STEP - 1) yield;
  }
  return { newestFirst, byPerson, byCountry };
}

export function corpusIndex(corpus: Corpus): CorpusIndex {
  const cached = cache.get(corpus);
  if (cached) return cached;
  const index = runSteps(build(corpus));
  cache.set(corpus, index);
  return index;
}

/**
 * Builds corpusIndex ahead of need, awaiting `pause` between steps: idle work after loading,
 * which must never hold the page for long (it takes ~100 ms at 100,000 releases).
 */
export async function prepareCorpusIndex(corpus: Corpus, pause: () => Promise<void>) {
  const steps = build(corpus);
  let step = steps.next();
  while (!step.done) {
    await pause();
    // Asked for meanwhile: built then at once, and this copy is not needed.
    if (cache.has(corpus)) return;
    step = steps.next();
  }
  cache.set(corpus, step.value);
}

/** Counts each key and returns [key, count] pairs, most frequent first, ties by key. */
export function countBy<T>(items: Iterable<T>, keysOf: (item: T) => Iterable<string>) {
  const counts = new Map<string, number>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
