import type { ReleaseType } from '../../shared/release/release-schema.ts';

/** lead: the stricter pattern used on the first paragraph, or null to skip it there. */
type Rule = { type: ReleaseType; pattern: RegExp; lead?: RegExp | null };

/*
 * First match wins, so order encodes precedence: a briefing or a joint statement
 * is its own genre whatever it mentions; a call beats "Readout of … Meeting"
 * wording; a bilateral meeting held at a summit is still a meeting; the bare
 * word "Statement" is the weakest signal of all.
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
  {
    type: 'phone-call',
    pattern:
      /\b(?:tele)?phone (?:call|conversation|talks?)\b|\btelephone\b|\bvideo (?:call|conference call)\b|\bcalls? with\b|\bspoke (?:by (?:tele)?phone )?with\b/i,
  },
  {
    type: 'meeting',
    pattern:
      /\b(?:bilateral )?meetings? with\b|\bbilateral meeting\b|\bmet with\b|\b(?:held|hold|holds) talks\b|\bmeets with\b/i,
  },
  { type: 'summit', pattern: /\bsummit\b/i },
  {
    type: 'humanitarian-aid',
    pattern: /\bhumanitarian (?:assistance|aid|relief)\b|\bemergency relief\b/i,
  },
  {
    type: 'appointment',
    pattern:
      /\b(?:appoint(?:s|ed|ment|ments)?|nomin(?:ate|ates|ated|ation|ations|ee|ees))\b|\bnew ambassador\b/i,
    // In a lead, "appointments" are as often for vaccinations as for office.
    lead: /\b(?:appoint(?:s|ed)|nominat(?:es|ed))\b|\bnew ambassador\b/i,
  },
  {
    type: 'multilateral',
    pattern:
      /\bG-?7\b|\bG-?20\b|\b(?:UN|U\.N\.|United Nations) General Assembly\b|\bUNGA\b|\bministerial (?:meeting|conference)\b|\bforeign ministers'? meeting\b|\bministerial\b/i,
  },
  { type: 'visit', pattern: /\bvisit(?:s|ed|ing)?\b|\btrip to\b|\btravel(?:s|ed|led)? to\b/i },
  // A meeting named without its counterpart ("Task Force Meeting"): only the title says so.
  { type: 'meeting', pattern: /\bmeetings?\b/i, lead: null },
  // "said in a statement" in a lead says nothing about the release itself.
  { type: 'statement', pattern: /\bstatement\b/i, lead: null },
];

/** The kind of release: decided by the title when it says, else by the lead paragraph. */
export function releaseType(title: string, lead: string): ReleaseType {
  const byTitle = RULES.find((rule) => rule.pattern.test(title));
  if (byTitle) return byTitle.type;
  const byLead = RULES.find((rule) => {
    const pattern = rule.lead === undefined ? rule.pattern : rule.lead;
    return pattern !== null && pattern.test(lead);
  });
  return byLead?.type ?? 'other';
}
