// Characters that can forge or reorder what a terminal shows: controls (a newline starts a fake
// message line, ESC starts a terminal sequence), line separators, bidi overrides and isolates,
// zero-width characters and lone surrogates. File names and file contents may hold any of them.
const UNSAFE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Text for one line of a message: each unsafe character as a \u escape in lowercase hex, as JSON writes them. */
export function visible(text: string): string {
  return text.replace(UNSAFE, escape);
}

/**
 * A path as messages show it: as is when it is plain, else quoted JSON-style, so that a name
 * holding "\n" or U+202E reads as one escaped path and never as two lines or reversed text.
 */
export function shownPath(file: string): string {
  return visible(file) === file ? file : visible(JSON.stringify(file));
}
