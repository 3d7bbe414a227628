import type { FieldName, FieldTerm } from './query-parse.ts';
import { foldName, type SearchIndex } from './search-index.ts';
import type { MultiKey } from './search-state.ts';

/** A field term resolved to the facet value ids it stands for (several: OR). */
export type FieldConstraint = { field: FieldName; value: string; ids: Set<number> };

/** True when every word of the query is the start of some word of the name. */
function wordsStartName(query: string, name: string): boolean {
  if (!query) return false;
  const nameWords = name.split(' ');
  return query.split(' ').every((q) => nameWords.some((w) => w.startsWith(q)));
}

function resolve(index: SearchIndex, term: FieldTerm): Set<number> {
  const column = index.facets[term.field as MultiKey];
  const folded = foldName(term.value);
  const ids = new Set<number>();
  column.values.forEach((value, id) => {
    let hit = false;
    switch (term.field) {
      case 'country': {
        const info = index.countries.get(value);
        hit =
          value === term.value.toUpperCase() ||
          (info?.folded.some((name) => wordsStartName(folded, name)) ?? false);
        break;
      }
      case 'person': {
        const name = index.people.get(value)?.folded ?? '';
        hit = value === term.value || wordsStartName(folded, name);
        break;
      }
      case 'type':
        hit = value === term.value || foldName(column.labels[id] ?? '') === folded;
        break;
      case 'source':
        hit = wordsStartName(folded, foldName(value));
        break;
      case 'year':
        hit = value === term.value;
        break;
    }
    if (hit) ids.add(id);
  });
  return ids;
}

export function resolveFieldTerms(index: SearchIndex, terms: readonly FieldTerm[]) {
  return terms.map((term) => ({ ...term, ids: resolve(index, term) }));
}

/** True when the release has a value of every constraint (AND across, OR within). */
export function passesFieldTerms(
  index: SearchIndex,
  constraints: readonly FieldConstraint[],
  ord: number,
): boolean {
  return constraints.every(({ field, ids }) => {
    const column = index.facets[field as MultiKey];
    for (let i = column.offsets[ord]!; i < column.offsets[ord + 1]!; i += 1) {
      if (ids.has(column.data[i]!)) return true;
    }
    return false;
  });
}
