import type { Release } from '../release/release-schema.ts';

/** One facet as a column: the value ids of each release, in compressed-row form. */
export type FacetColumn = {
  values: string[];
  labels: string[];
  idOf: Map<string, number>;
  offsets: Int32Array;
  data: Int32Array;
  /**
   * Each value's place when sorted by label, computed with the index: comparing labels with
   * localeCompare on every keystroke, for a thousand people, was a cost per key.
   */
  labelRank: Int32Array;
  /** The value ids in label order (the inverse of labelRank). */
  labelOrder: Int32Array;
};

export function facetColumn(
  releases: readonly Release[],
  valuesOf: (r: Release) => readonly string[],
  labelOf: (value: string) => string,
): FacetColumn {
  const values: string[] = [];
  const idOf = new Map<string, number>();
  const offsets = new Int32Array(releases.length + 1);
  const data: number[] = [];
  // Per value, the last release (ordinal + 1) that listed it: a value named twice in one
  // release counts once. A Set per release made this the slowest step of the index's build.
  const seenIn: number[] = [];
  releases.forEach((release, ord) => {
    for (const value of valuesOf(release)) {
      let id = idOf.get(value);
      if (id === undefined) {
        id = values.length;
        values.push(value);
        idOf.set(value, id);
        seenIn.push(0);
      }
      if (seenIn[id] !== ord + 1) {
        seenIn[id] = ord + 1;
        data.push(id);
      }
    }
    offsets[ord + 1] = data.length;
  });
  const labels = values.map(labelOf);
  const order = values.map((_, id) => id);
  order.sort((a, b) => labels[a]!.localeCompare(labels[b]!));
  const labelRank = new Int32Array(order.length);
  order.forEach((id, place) => (labelRank[id] = place));
  return {
    values,
    labels,
    idOf,
    offsets,
    data: Int32Array.from(data),
    labelRank,
    labelOrder: Int32Array.from(order),
  };
}
