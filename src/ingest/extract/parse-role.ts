import type { CountrySpan } from './find-countries.ts';
import type { Paragraph } from './paragraph-spans.ts';
import { parseComplement } from './parse-complement.ts';
import {
  INTERNATIONAL_HEADS,
  PORTFOLIO_WORDS,
  RANKS,
  ROLE_HEADS,
  ROLE_MODIFIERS,
} from './role-words.ts';
import { gapAfter } from './tokenize.ts';

export type RoleSpan = {
  /** The title as written, without the country that qualifies it. */
  role: string;
  /** Token index where the person's name should begin. */
  nameStart: number;
  /** From "Japanese Minister", "Japan's Minister" or "Prime Minister of Japan". */
  country?: string;
  /** Qualified by an international body ("UN Secretary-General") or heading one. */
  international: boolean;
  /** "Ambassador to Korea": the country the person is posted to, which is not their own. */
  postedTo?: string;
};

function isPortfolio(p: Paragraph, i: number): boolean {
  const word = p.tokens[i]?.text;
  return word !== undefined && PORTFOLIO_WORDS.has(word);
}

function leftEdge(p: Paragraph, head: number): number {
  const rank = RANKS.has(p.tokens[head]?.text ?? '');
  let start = head;
  while (start > 0 && !p.countryEndingAt.has(start) && !p.organizationEndingAt.has(start)) {
    const word = p.tokens[start - 1]?.text ?? '';
    if (gapAfter(p.text, p.tokens, start - 1) !== ' ') break;
    // "Health and Human Services Secretary": "and" only between portfolio words.
    const joined = word === 'and' && start < head && isPortfolio(p, start - 2);
    // "White House Director": the House belongs to the building, not the portfolio.
    if (word === 'House') break;
    if (rank && !ROLE_MODIFIERS.has(word)) break;
    if (!ROLE_MODIFIERS.has(word) && !PORTFOLIO_WORDS.has(word) && !joined) break;
    start -= 1;
  }
  return start;
}

function qualifyingCountry(p: Paragraph, start: number): CountrySpan | undefined {
  const direct = p.countryEndingAt.get(start);
  if (direct && gapAfter(p.text, p.tokens, start - 1) === ' ') return direct;
  // "Japan's Foreign Minister": the possessive is a token of its own.
  if (p.tokens[start - 1]?.text === "'s") return p.countryEndingAt.get(start - 1);
  return undefined;
}

/** Reads the title around the head word at token index head, or undefined if none is there. */
export function parseRole(p: Paragraph, head: number): RoleSpan | undefined {
  const headWord = p.tokens[head]?.text ?? '';
  if (!ROLE_HEADS.has(headWord)) return undefined;
  let headEnd = head + 1;
  if (
    (headWord === 'Secretary' || headWord === 'Director') &&
    p.tokens[headEnd]?.text === 'General' &&
    ['-', ' '].includes(gapAfter(p.text, p.tokens, head))
  ) {
    headEnd += 1;
  }
  const start = leftEdge(p, head);
  // "General Electric", "Chief Innovation Officer": these heads need a modifier or a complement.
  if (headWord === 'General' && start === head) return undefined;
  const organization = p.organizationEndingAt.get(start);
  const roleStart =
    organization && gapAfter(p.text, p.tokens, start - 1) === ' ' ? organization.start : start;
  const qualifier = qualifyingCountry(p, start);
  const complement = parseComplement(p, headEnd);
  const country = qualifier?.value ?? complement.country;
  const roleEnd = complement.roleEnd;
  if (headWord === 'Chief' && roleEnd === headEnd) return undefined;
  const first = p.tokens[roleStart];
  const last = p.tokens[roleEnd - 1];
  if (!first || !last) return undefined;
  const role = p.text.slice(first.start, last.end);
  const international =
    roleStart !== start ||
    complement.international ||
    (!complement.portfolio && INTERNATIONAL_HEADS.some((title) => role.includes(title)));
  return {
    role,
    nameStart: complement.end,
    ...(country === undefined ? {} : { country }),
    ...(complement.postedTo === undefined ? {} : { postedTo: complement.postedTo }),
    international,
  };
}
