import { pairOf } from '../bilateral.ts';
import { eventDate, type Draft, type ReleaseContext } from '../context.ts';
import { areas, capitalize, issues, ORGANIZATIONS } from '../phrases.ts';

// Joint statements speak for both sides at once, in a register of their own.
const CLAUSES: readonly ((ctx: ReleaseContext) => string)[] = [
  () =>
    `The Ministers reaffirmed their shared commitment to democracy, the rule of law and human rights, and to an open and rules-based international order.`,
  (ctx) =>
    `The Ministers welcomed the growth of trade between ${ctx.home.name} and ${ctx.partner.name} and decided to launch a dialogue on ${areas(ctx, 2)}.`,
  (ctx) =>
    `The Ministers expressed serious concern over ${issues(ctx, 1)} and called for restraint and a peaceful resolution in line with international law.`,
  (ctx) =>
    `The Ministers committed to closer cooperation within ${ctx.rng.pick(ORGANIZATIONS)}, in particular on ${areas(ctx, 1)}.`,
  (ctx) =>
    `Recognising the urgency of climate change, the two countries will expand cooperation on ${areas(ctx, 2)} and support partners in the region in their energy transition.`,
  () =>
    `The Ministers condemned North Korea's continued ballistic missile launches and urged the DPRK to comply with its obligations under the relevant Security Council resolutions.`,
  (ctx) =>
    `The two sides decided to expand scholarships, youth exchanges and working holiday schemes to bring the peoples of ${ctx.home.name} and ${ctx.partner.name} closer together.`,
  (ctx) =>
    `${capitalize(ctx.home.name)} and ${ctx.partner.name} will hold the next round of their strategic dialogue in ${ctx.partner.capital}.`,
  (ctx) =>
    `The Ministers agreed to strengthen cooperation on ${areas(ctx, 1)}, including through regular exchanges between experts and joint projects in third countries. They welcomed the steps already taken by the private sectors of both countries.`,
  () =>
    `The Ministers reaffirmed their support for a free and open maritime order and for the peaceful settlement of disputes. They opposed any unilateral attempt to change the status quo by force or coercion.`,
  (ctx) =>
    `Recognising the importance of economic security, the two countries will coordinate on export controls, investment screening and the resilience of supply chains for ${areas(ctx, 1)}.`,
  (ctx) =>
    `The Ministers tasked their senior officials to report on progress in ${areas(ctx, 2)} before the next ministerial meeting.`,
];

export function jointStatement(ctx: ReleaseContext): Draft {
  const { rng, home, partner, mentions } = ctx;
  const p = pairOf(ctx, 'foreign-minister');
  const round = rng.int(2, 15);
  const theme = rng.pick([
    'Strategic Partnership',
    'Economic Security',
    'Climate and Energy',
    'Regional Peace and Stability',
    'Future Cooperation',
  ]);
  const title = rng.pick([
    () => `Joint Statement by the Foreign Ministers of ${home.name} and ${partner.name}`,
    () => `${home.short}-${partner.short} Joint Statement on ${theme}`,
    () =>
      `Joint Press Statement of the ${ordinal(round)} ${home.short}-${partner.short} Strategic Dialogue`,
  ])();
  const A = () => mentions.ref(p.a);
  const B = () => mentions.ref(p.b);
  const city = rng.chance(0.5) ? home.capital : partner.capital;
  const opening = rng.pick([
    () =>
      `${A()} and ${B()} met in ${city} on ${eventDate(ctx)} and issued the following joint statement.`,
    () =>
      `Following their meeting in ${city} on ${eventDate(ctx)}, ${A()} and ${B()} adopted this joint statement on ${theme.toLowerCase()}.`,
  ])();
  const clauses = rng.sample(CLAUSES, rng.int(4, 6)).map((clause) => clause(ctx));
  const closing = `${A()} thanked ${B()} for the productive discussion, and both looked forward to meeting again ${rng.pick(['later this year', 'at an early date', 'in the coming months'])}.`;
  return { title, paragraphs: [opening, ...clauses, closing] };
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
