import { cleanText } from './clean-text.ts';
import { decodeEntities, stripTags } from './html-text.ts';

// Backslash escapes are parked in a private-use range while markup is removed, so that an
// escaped "\*" or "\[" comes out as the character instead of being read as markup.
const PARK = 0xe000;
const park = (text: string) =>
  text
    .replace(/[\uE000-\uE07F]/g, '')
    .replace(/\\([!-/:-@[-`{-~])/g, (_, c: string) => String.fromCharCode(PARK + c.charCodeAt(0)));
const unpark = (text: string) =>
  text.replace(/[\uE000-\uE07F]/g, (c) => String.fromCharCode(c.charCodeAt(0) - PARK));

const LIST_ITEM = /^\s*(?:[-+*]|(\d{1,3}[.)]))\s+(?=\S)/;
const HEADING = /^\s{0,3}#{1,6}(?:\s+|$)/;
const RULE = /^\s*([-*_])(?:\s*\1){2,}\s*$/;
const HARD_BREAK = / {2,}$|\\$/;
/** "###", "* * *" and the like: end markers and separators, not text. */
const DECORATION = /^[#*_=~\s-]*$/;
const TRAILING_END_MARKER = /\s+#{3}$/;
// Link text may be hard-wrapped over lines; the URL may hold one or two levels of parentheses.
const LINK = /!?\[([^\]]{0,1000})\]\((?:[^()\s]|\((?:[^()\s]|\([^()\s]*\))*\))*(?:\s+"[^"]*")?\)/g;
/** "WASHINGTON – " at the start of the first paragraph. */
const DATELINE = /^[A-Z][A-Z.,' ]*[A-Z.]\s+[–—]\s+(?=\S)/;

function inlineText(text: string): string[] {
  const plain = text
    .replace(/<((?:https?|mailto):[^<>\s]+)>/g, '$1')
    .replace(/\*+/g, '')
    .replace(/`+/g, '');
  return stripTags(plain)
    .split('\n')
    .map((part) => cleanText(decodeEntities(unpark(part))).replace(TRAILING_END_MARKER, ''))
    .filter((part) => !DECORATION.test(part));
}

/**
 * Markdown (as converted from the web: hard-wrapped, with stray HTML) to paragraphs of plain
 * text. Lines of a paragraph are joined with spaces; list items, headings and lines ending in
 * a hard break stand as paragraphs of their own; emphasis, links and tags leave only their text.
 */
export function markdownToParagraphs(markdown: string): string[] {
  const blocks: string[][] = [];
  let current: string[] = [];
  const end = () => {
    if (current.length > 0) blocks.push(current);
    current = [];
  };
  for (const raw of park(markdown).replace(LINK, '$1').split('\n')) {
    if (raw.trim() === '' || RULE.test(raw)) {
      end();
      continue;
    }
    const item = LIST_ITEM.exec(raw);
    if (item || HEADING.test(raw)) end();
    const line = item
      ? `${item[1] ? `${item[1]} ` : ''}${raw.slice(item[0].length)}`
      : raw.replace(HEADING, '').replace(/^\s*>\s?/, '');
    current.push(line.trim());
    if (HEADING.test(raw) || HARD_BREAK.test(raw)) end();
  }
  end();
  const paragraphs = blocks.flatMap((lines) => inlineText(lines.join(' ').replace(/\\$/, '')));
  const first = paragraphs[0];
  if (first !== undefined) paragraphs[0] = first.replace(DATELINE, '');
  return paragraphs;
}
