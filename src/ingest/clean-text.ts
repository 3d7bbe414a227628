/** One kind of line ending, so that CRLF, CR-only and mixed files give the same records as LF. */
export function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

// Invisible characters that only get in the way of search: C0/C1 controls, zero-width space,
// word joiner (the White House writes "COVID-\u206019"), soft hyphen and stray byte order marks.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u200B\u2060\uFEFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Removes control characters but keeps the line structure (newlines and tabs), so that line
 * numbers in messages still match the file. U+2028/U+2029 become spaces: they are separators
 * inside a line of text, and removing them outright would glue two words together.
 */
export function stripControls(text: string): string {
  return text.replace(INVISIBLE, '').replace(/[\u2028\u2029]/g, ' ');
}

/** A value as stored: no invisible characters, every run of whitespace (NBSP too) one space. */
export function cleanText(value: string): string {
  return stripControls(value).replace(LONE_SURROGATE, '\uFFFD').replace(/\s+/g, ' ').trim();
}
