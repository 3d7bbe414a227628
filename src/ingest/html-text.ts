const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  eacute: 'é',
  aacute: 'á',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  ntilde: 'ñ',
  ccedil: 'ç',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
};

/** Entities to characters, once: "&amp;lt;" becomes the text "&lt;", never a tag. */
export function decodeEntities(text: string): string {
  return text.replace(
    /&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,8});/g,
    (whole, name: string) => {
      if (name.startsWith('#')) {
        const code =
          name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
        const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
        return valid ? String.fromCodePoint(code) : whole;
      }
      return Object.hasOwn(NAMED, name) ? (NAMED[name] ?? whole) : whole;
    },
  );
}

// Tags that end a block of text: they become paragraph breaks (a table row reads as a line).
const BLOCK_END = /<\/(?:p|div|tr|li|h[1-6]|table|figure|figcaption|blockquote)\s*>|<br\s*\/?>/gi;
// Tags inside a word ("x<sup>2</sup>", "<strong>Total</strong>") vanish; others leave a space.
const INLINE = /^<\/?(?:a|b|i|u|s|em|strong|span|sup|sub|small|code|mark|abbr)\b/i;

/**
 * Markup to plain text: comments and tags go, block ends become "\n". Only what looks like a
 * tag (a letter right after "<") is touched, so "a < b" survives.
 */
export function stripTags(text: string): string {
  return text
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(BLOCK_END, '\n')
    .replace(/<\/?[a-zA-Z][^<>]*>/g, (tag) => (INLINE.test(tag) ? '' : ' '));
}
