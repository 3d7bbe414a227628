import type { Paragraph } from './paragraph-spans.ts';
import { parseName, type NameSpan } from './parse-name.ts';
import { parseRole, type RoleSpan } from './parse-role.ts';
import { PORTFOLIO_WORDS, ROLE_HEADS, ROLE_MODIFIERS } from './role-words.ts';
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
  // "the" is part of some names ("the Netherlands") and not of others ("the Republic of Korea").
  const next = p.tokens[end + 1]?.text === 'the' ? end + 2 : end + 1;
  return (p.countryStartingAt.get(end + 1) ?? p.countryStartingAt.get(next))?.value;
}

const APPOINTING = new Set(
  'appoint appoints appointed appointing nominate nominates nominated nominating designate designates designated name names named'.split(
    ' ',
  ),
);
const APPOINTMENTS = new Set(['appointment', 'nomination', 'designation']);
const ARTICLES = new Set(['the', 'a', 'an', 'new', 'its', 'his', 'her', 'their']);

/** Token index of the title's head word when the words from `start` are a title, else undefined. */
function titleHead(p: Paragraph, start: number): number | undefined {
  let k = start;
  while (ARTICLES.has(p.tokens[k]?.text ?? '')) k += 1;
  for (let steps = 0; steps < 8; steps += 1) {
    const word = p.tokens[k]?.text ?? '';
    if (ROLE_HEADS.has(word)) return k;
    const country = p.countryStartingAt.get(k);
    if (country) k = country.end;
    else if (ROLE_MODIFIERS.has(word) || PORTFOLIO_WORDS.has(word)) k += 1;
    else return undefined;
  }
  return undefined;
}

/**
 * "the appointment of Sri Lestari as Ambassador of Indonesia to Chile": announcements
 * of appointments name the person before the post, which the title-first reading misses.
 */
function appointee(p: Paragraph, i: number): { role: RoleSpan; name: NameSpan } | undefined {
  const before = p.tokens[i - 1]?.text ?? '';
  const cued =
    APPOINTING.has(before) || (before === 'of' && APPOINTMENTS.has(p.tokens[i - 2]?.text ?? ''));
  if (!cued) return undefined;
  const name = parseName(p, i);
  if (!name) return undefined;
  const next = p.tokens[name.end]?.text;
  let start: number | undefined;
  if (next === 'as') start = name.end + 1;
  else if (next === 'to' && p.tokens[name.end + 1]?.text === 'be') start = name.end + 2;
  const head = start === undefined ? undefined : titleHead(p, start);
  const role = head === undefined ? undefined : parseRole(p, head);
  return role ? { role, name } : undefined;
}

function mentionOf(p: Paragraph, role: RoleSpan, name: NameSpan): Mention {
  const country = role.country ?? trailingCountry(p, name.end);
  return {
    role: role.role,
    name: name.text,
    keys: name.keys,
    ...(country === undefined ? {} : { country }),
    international: role.international,
    ...(role.postedTo === undefined ? {} : { postedTo: role.postedTo }),
  };
}

export function findMentions(p: Paragraph): Mention[] {
  const mentions: Mention[] = [];
  let i = 0;
  while (i < p.tokens.length) {
    const appointed = appointee(p, i);
    if (appointed) {
      mentions.push(mentionOf(p, appointed.role, appointed.name));
      i = appointed.role.nameStart;
      continue;
    }
    const role = parseRole(p, i);
    const name = role ? parseName(p, role.nameStart) : undefined;
    if (!role || !name) {
      i += 1;
      continue;
    }
    mentions.push(mentionOf(p, role, name));
    i = name.end;
  }
  return mentions;
}
