import { isAdjectival } from './country-names.ts';
import type { CountrySpan } from './find-countries.ts';
import type { Paragraph } from './paragraph-spans.ts';
import {
  COMPLEMENT_JOINERS,
  PORTFOLIO_ADJECTIVES,
  PORTFOLIO_PREFIXES,
  PORTFOLIO_WORDS,
  ROLE_HEADS,
  ROLE_MODIFIERS,
} from './role-words.ts';
import { gapAfter, isCapitalized } from './tokenize.ts';

/** What follows a title's head word: "of Foreign Affairs", "to Korea", "of Japan". */
export type Complement = {
  /** Token index after the complement, where the name should begin. */
  end: number;
  /** Token index after the part that belongs in the role text ("of Japan" does not). */
  roleEnd: number;
  /** "Prime Minister of Japan". */
  country?: string;
  /** "Ambassador to Korea". */
  postedTo?: string;
  /** "Secretary-General of the United Nations". */
  international: boolean;
  /** Whether a portfolio was named ("for North American Affairs"). */
  portfolio: boolean;
};

const CONNECTORS = new Set(['of', 'for', 'to', 'at']);

function isPortfolio(p: Paragraph, i: number): boolean {
  const word = p.tokens[i]?.text;
  return word !== undefined && PORTFOLIO_WORDS.has(word);
}

/** End of a run of portfolio words such as "Economy, Trade and Industry", or start if none. */
function portfolioRunEnd(p: Paragraph, start: number): number {
  let end = start;
  let i = start;
  while (i < p.tokens.length) {
    const gap = gapAfter(p.text, p.tokens, i - 1);
    // "Minister of Foreign Affairs, European Union and Cooperation": a body inside a portfolio.
    const inner = i > start ? p.organizationStartingAt.get(i) : undefined;
    // Not "Minister of Foreign Affairs, UN Secretary-General…": there the body starts a new title.
    const body = inner && !ROLE_HEADS.has(p.tokens[inner.end]?.text ?? '') ? inner : undefined;
    if (gap !== ' ' && !(gap === ', ' && i > start && (isPortfolio(p, i) || body))) break;
    const word = p.tokens[i]?.text ?? '';
    if (body) {
      end = i = body.end;
      continue;
    }
    if (PORTFOLIO_WORDS.has(word)) end = i + 1;
    else if (PORTFOLIO_PREFIXES.has(word) && isPortfolio(p, i + 1)) end = i + 1;
    else if (!(end > start && COMPLEMENT_JOINERS.has(word) && word !== 'of' && word !== 'for'))
      break;
    i += 1;
  }
  // "of Public Engagement": one unknown word after an adjective completes the portfolio.
  const last = p.tokens[end - 1]?.text ?? '';
  const next = p.tokens[end]?.text ?? '';
  if (
    end > start &&
    PORTFOLIO_ADJECTIVES.has(last) &&
    gapAfter(p.text, p.tokens, end - 1) === ' '
  ) {
    if (isCapitalized(next) && !ROLE_HEADS.has(next) && !ROLE_MODIFIERS.has(next)) return end + 1;
  }
  return end;
}

/**
 * "of the U.S. Harbor Office", "of the American Rowing League": an adjective
 * before a capitalized word qualifies an institution; it is not the place the
 * title belongs to (as "Japan" is in "Prime Minister of Japan Okada Ren").
 */
function attributive(p: Paragraph, place: CountrySpan | undefined): CountrySpan | undefined {
  if (!place) return place;
  const words = p.text.slice(p.tokens[place.start]?.start, p.tokens[place.end - 1]?.end);
  const next = p.tokens[place.end]?.text ?? '';
  const joined = gapAfter(p.text, p.tokens, place.end - 1) === ' ';
  return isAdjectival(words) && joined && isCapitalized(next) ? undefined : place;
}

/** "Counselor to the President", "Senior Advisor to the Vice President": end of that title, or at. */
function addresseeEnd(p: Paragraph, at: number): number {
  let m = at;
  while (ROLE_MODIFIERS.has(p.tokens[m]?.text ?? '')) m += 1;
  return ROLE_HEADS.has(p.tokens[m]?.text ?? '') ? m + 1 : at;
}

/** Reads the complement that starts after the head word (token index headEnd). */
export function parseComplement(p: Paragraph, headEnd: number): Complement {
  const found: Complement = {
    end: headEnd,
    roleEnd: headEnd,
    international: false,
    portfolio: false,
  };
  let k = headEnd;
  while (CONNECTORS.has(p.tokens[k]?.text ?? '') && gapAfter(p.text, p.tokens, k - 1) === ' ') {
    const connector = p.tokens[k]?.text;
    let j = k + 1;
    // "the" is part of some names ("the Netherlands") and not of others ("the Republic of Korea").
    const named = p.countryStartingAt.get(j);
    if (p.tokens[j]?.text === 'the') j += 1;
    const place = attributive(p, named ?? p.countryStartingAt.get(j));
    const body = p.organizationStartingAt.get(j);
    const run = portfolioRunEnd(p, place ? place.end : j);
    const addressee = connector === 'to' ? addresseeEnd(p, j) : j;
    // "Minister of State at the Federal Foreign Office": "at" leads only to an office.
    if (connector === 'at' && (place || body || run === j)) break;
    if (addressee > j) {
      k = found.roleEnd = addressee;
    } else if (place && run === place.end) {
      if (connector === 'to') {
        found.roleEnd = place.end;
        found.postedTo = place.value;
      } else {
        found.country ??= place.value;
      }
      k = place.end;
    } else if (body) {
      if (connector !== 'to') found.international = true;
      k = found.roleEnd = body.end;
    } else if (run > j) {
      k = found.roleEnd = run;
      found.portfolio = true;
    } else {
      break;
    }
  }
  found.end = k;
  return found;
}
