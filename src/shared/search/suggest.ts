import Fuse from 'fuse.js/basic';
import { parseQuery } from './query-parse.ts';
import type { SearchIndex } from './search-index.ts';

const fuses = new WeakMap<SearchIndex, Fuse<string>>();
const FUSE_PATTERN_LIMIT = 32;

/**
 * Names of people and countries closest to what was typed, for a search that found nothing.
 * Fuse.js runs over the list of names only, with the query cut to its pattern limit.
 */
export function closestNames(index: SearchIndex, q: string, limit = 5): string[] {
  const words = parseQuery(q).words.map((w) => w.text);
  const pattern = words.join(' ').slice(0, FUSE_PATTERN_LIMIT).trim();
  if (pattern.length < 2) return [];
  let fuse = fuses.get(index);
  if (!fuse) {
    fuse = new Fuse(index.names, { ignoreLocation: true, ignoreDiacritics: true, threshold: 0.45 });
    fuses.set(index, fuse);
  }
  return fuse.search(pattern, { limit }).map((hit) => hit.item);
}
