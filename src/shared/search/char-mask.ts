/**
 * The characters of a string as a set of 32 bits, by the last five bits of each code point.
 * A character of one string missing from another costs at least one edit, so two strings whose
 * sets differ by more characters than the edits allowed cannot match: a few bit operations
 * spare Fuse.js most of a list. Characters that share a bit only make the test looser, never
 * wrong.
 */
export function charMask(text: string): number {
  let mask = 0;
  for (const char of text) mask |= 1 << (char.codePointAt(0)! & 31);
  return mask;
}

/** How many of the characters in `wanted` are missing from `present` (both from charMask). */
export function missingChars(wanted: number, present: number): number {
  let bits = wanted & ~present;
  let count = 0;
  while (bits !== 0) {
    bits &= bits - 1;
    count += 1;
  }
  return count;
}
