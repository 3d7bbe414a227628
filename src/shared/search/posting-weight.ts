/** How much a term found in each field counts; a term in several fields adds up. */
export const FIELD_WEIGHTS = {
  title: 10,
  person: 6,
  country: 4,
  organization: 3,
  source: 1,
  body: 1,
} as const;

/** Past this many occurrences in a body the damped frequency no longer grows (1 + ln 8 > 3). */
const MAX_BODY_COUNT = 8;
const CODES = MAX_BODY_COUNT + 1;

/**
 * A term's weight in one release as one byte: the sum of the field weights it appears in
 * (at most 24) and its body count, capped where the weight stops growing. The index file
 * ships the byte and every path computes the weight from it, so that an index built at ingest
 * and one built on the page rank alike, to the bit.
 */
export function weightCode(fieldSum: number, bodyCount: number): number {
  return fieldSum * CODES + Math.min(bodyCount, MAX_BODY_COUNT);
}

/** The weight of each code, as a Float32Array holds it. */
export const WEIGHT_OF_CODE = Float32Array.from({ length: 256 }, (_, code) => {
  const count = code % CODES;
  const body = count > 0 ? FIELD_WEIGHTS.body * Math.min(3, 1 + Math.log(count)) : 0;
  return Math.floor(code / CODES) + body;
});
