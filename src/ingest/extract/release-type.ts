import type { ReleaseType } from '../../shared/release/release-schema.ts';
import { ATTENDED_GATHERING, BODY_GATHERING, MARGINS_OF, STANCE } from './type-patterns.ts';

/** lead: the stricter pattern used on the first paragraph, or null to skip it there. */
type Rule = { type: ReleaseType; pattern: RegExp; lead?: RegExp | null };

/*
 * First match wins, so order encodes precedence: a briefing or a joint statement
 * is its own genre whatever it mentions; a courtesy call is a visit in person,
 * not a phone call; a call beats "Readout of … Meeting" wording; a bilateral
 * meeting held at a summit is still a meeting; a gathering of an international
 * body beats the word "summit"; the bare word "Statement" is the weakest signal of all.
 */
const RULES: readonly Rule[] = [
  {
    type: 'press-briefing',
    pattern: /\b(?:press briefing|press gaggle|briefing|background (?:press )?call)\b/i,
    // A lead that mentions "a briefing on the storm" is not a press briefing.
    lead: /\b(?:press briefing|press gaggle)\b/i,
  },
  {
    type: 'joint-statement',
    pattern: /\bjoint (?:statement|declaration|communiqu[eé]|press statement)\b/i,
  },
  { type: 'meeting', pattern: /\bcourtesy (?:call|visit)s?\b/i },
  {
    type: 'phone-call',
    pattern:
      /\b(?:tele)?phone (?:call|conversation|talks?)\b|\btelephone\b|\bvideo (?:call|conference call)\b|\bcalls? with\b|\bspoke (?:by (?:tele)?phone )?with\b/i,
  },
  {
    type: 'meeting',
    pattern:
      /\b(?:bilateral )?meetings? with\b|\bbilateral meeting\b|\bmet with\b|\b(?:held|hold|holds) talks\b|\bmeets with\b|\b(?:held|hold|holds) an? (?:[\w'-]+ ){0,3}meeting\b/i,
  },
  { type: 'multilateral', pattern: BODY_GATHERING },
  { type: 'multilateral', pattern: ATTENDED_GATHERING },
  { type: 'summit', pattern: /\bsummit\b/i },
  {
    type: 'humanitarian-aid',
    pattern: /\bhumanitarian (?:assistance|aid|relief)\b|\bemergency relief\b/i,
  },
  {
    type: 'appointment',
    pattern:
      /\b(?:appoint(?:s|ed|ment|ments)?|nomin(?:ate|ates|ated|ation|ations|ee|ees))\b|\bnew (?:[A-Z][\w.'-]* ){0,3}(?:ambassador|envoy|representative)\b|\bcredentials\b|\bletters? of credence\b/i,
    // In a lead, "appointments" are as often for vaccinations as for office.
    lead: /\b[Aa]ppoint(?:s|ed)\b|\b[Nn]ominat(?:es|ed)\b|\b[Aa]ppointment of \p{Lu}|\b[Nn]ew [Aa]mbassador\b|\bcredentials\b/u,
  },
  { type: 'statement', pattern: STANCE },
  {
    type: 'multilateral',
    pattern:
      /\bG-?7\b|\bG-?20\b|\b(?:UN|U\.N\.|United Nations) General Assembly\b|\bUNGA\b|\bministerial\b/i,
  },
  { type: 'visit', pattern: /\bvisit(?:s|ed|ing)?\b|\btrip to\b|\btravel(?:s|ed|led)? to\b/i },
  // A meeting named without its counterpart ("Task Force Meeting", "Minister Meets
  // Ambassador", "Foreign Ministers' Talks"): only the title says so.
  { type: 'meeting', pattern: /\bmeetings?\b|\bmeets\b|\btalks\b/i, lead: null },
  // "said in a statement" in a lead says nothing about the release itself;
  // "The following is a statement by…" introduces the release as one.
  {
    type: 'statement',
    pattern: /\bstatement\b/i,
    lead: /\b(?:following|below) is (?:an? |the (?:full )?(?:text of (?:an? |the )?)?)statement\b/i,
  },
];

/**
 * What a gathering's name says about the release, once the gathering a meeting
 * merely took place at is set aside: "talks on the margins of the G20 Summit"
 * are bilateral talks, not the G20's.
 */
function withoutVenue(text: string): string {
  return text.replace(MARGINS_OF, ' ');
}

/** The kind of release: decided by the title when it says, else by the lead paragraph. */
export function releaseType(title: string, lead: string): ReleaseType {
  const ownTitle = withoutVenue(title);
  const byTitle = RULES.find((rule) => rule.pattern.test(ownTitle));
  if (byTitle) return byTitle.type;
  const ownLead = withoutVenue(lead);
  const byLead = RULES.find((rule) => {
    const pattern = rule.lead === undefined ? rule.pattern : rule.lead;
    return pattern !== null && pattern.test(ownLead);
  });
  return byLead?.type ?? 'other';
}
