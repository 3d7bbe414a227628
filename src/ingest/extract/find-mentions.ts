import type { Paragraph } from './paragraph-spans.ts';
import { parseName } from './parse-name.ts';
import { parseRole } from './parse-role.ts';
import { gapAfter } from './tokenize.ts';

/** One "title + name" occurrence: "Japanese Minister for Foreign Affairs Mori Haruto". */
export type Mention = {
  role: string;
  name: string;
  keys: string[];
  country?: string;
  international: boolean;
  postedTo?: string;
};

/** "Prime Minister Okada of Japan", "President Park Min-ho of the Republic of Korea". */
function trailingCountry(p: Paragraph, end: number): string | undefined {
  if (p.tokens[end]?.text !== 'of' || gapAfter(p.text, p.tokens, end - 1) !== ' ') return undefined;
  const next = p.tokens[end + 1]?.text === 'the' ? end + 2 : end + 1;
  return p.countryStartingAt.get(next)?.value;
}

export function findMentions(p: Paragraph): Mention[] {
  const mentions: Mention[] = [];
  let i = 0;
  while (i < p.tokens.length) {
    const role = parseRole(p, i);
    const name = role ? parseName(p, role.nameStart) : undefined;
    if (!role || !name) {
      i += 1;
      continue;
    }
    const country = role.country ?? trailingCountry(p, name.end);
    mentions.push({
      role: role.role,
      name: name.text,
      keys: name.keys,
      ...(country === undefined ? {} : { country }),
      international: role.international,
      ...(role.postedTo === undefined ? {} : { postedTo: role.postedTo }),
    });
    i = name.end;
  }
  return mentions;
}
