import Fuse from 'fuse.js/basic';
import { charMask, missingChars } from './char-mask.ts';
import { parseQuery } from './query-parse.ts';
import type { SearchIndex } from './search-index.ts';

const FUSE_PATTERN_LIMIT = 32;
const THRESHOLD = 0.45;
const options = { ignoreLocation: true, ignoreDiacritics: true, threshold: THRESHOLD };

type Names = { fuse: Fuse<string>; masks: Int32Array };
const byIndex = new WeakMap<SearchIndex, Names>();
const ALL_CHARS = -1;
const NON_ASCII = /[^\0-\x7f]/;

function namesOf(index: SearchIndex): Names {
  let names = byIndex.get(index);
  if (!names) {
    // Fuse.js compares a name lower-cased and without its diacritics, which can turn a
    // letter outside ASCII into another: such a name is always left to Fuse.
    const masks = Int32Array.from(index.names, (name) =>
      NON_ASCII.test(name) ? ALL_CHARS : charMask(name.toLowerCase()),
    );
    names = { fuse: new Fuse(index.names, options), masks };
    byIndex.set(index, names);
  }
  return names;
}

/**
 * Names of people and countries closest to what was typed, for a search that found nothing.
 * Fuse.js runs over the list of names, with the query cut to its pattern limit. A match may
 * have up to THRESHOLD errors per character, and each character of the query missing from a
 * name is one: names missing more are left out before Fuse compares them, and the names kept
 * are in their order, so that the answer is the same as over every name.
 */
export function closestNames(index: SearchIndex, q: string, limit = 5): string[] {
  const words = parseQuery(q).words.map((w) => w.text);
  const pattern = words.join(' ').slice(0, FUSE_PATTERN_LIMIT).trim();
  if (pattern.length < 2) return [];
  const { fuse, masks } = namesOf(index);
  if (NON_ASCII.test(pattern)) return fuse.search(pattern, { limit }).map((hit) => hit.item);
  const wanted = charMask(pattern.toLowerCase());
  const errors = Math.floor(THRESHOLD * pattern.length);
  const kept = index.names.filter((_, i) => missingChars(wanted, masks[i]!) <= errors);
  // A Fuse.js over most of the names costs more to build than it saves.
  const over = kept.length * 2 > index.names.length ? fuse : new Fuse(kept, options);
  return over.search(pattern, { limit }).map((hit) => hit.item);
}
