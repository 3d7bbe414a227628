import { body, closing, greeting, pairOf, response, type Pair } from '../bilateral.ts';
import { clock } from '../calendar.ts';
import {
  eventDate,
  holder,
  oneOff,
  startTime,
  type Draft,
  type ReleaseContext,
} from '../context.ts';
import { MULTILATERAL_EVENTS } from '../events.ts';

/** When the release gives a time: "at 15:00" or "from 10:00 to 11:15". */
function timing(ctx: ReleaseContext): { text: string; end?: number } {
  if (ctx.rng.chance(0.5)) return { text: '' };
  const start = startTime(ctx.rng, 8, 19);
  if (ctx.rng.chance(0.5)) return { text: ` at ${clock(start)}`, end: start + 60 };
  const end = start + ctx.rng.int(6, 18) * 5;
  return { text: ` from ${clock(start)} to ${clock(end)}`, end };
}

function courtesyCall(ctx: ReleaseContext): Draft {
  const { rng, home, partner, mentions } = ctx;
  const vice = holder(ctx, home, 'vice-minister');
  const envoy = oneOff(ctx, partner, 'ambassador', 'Ambassador', []);
  const when = timing(ctx);
  const V = () => mentions.ref(vice);
  const E = () => mentions.ref(envoy);
  const p: Pair = { ctx, a: vice, b: envoy, peers: 'two sides', used: new Set() };
  const title = rng.pick([
    `${vice.title} Receives Courtesy Call from ${partner.adjective} Ambassador`,
    `${partner.adjective} Ambassador Pays Courtesy Call on the ${vice.title}`,
  ]);
  return {
    title,
    paragraphs: [
      `${V()} received a courtesy call from ${E()} on ${eventDate(ctx)}${when.text}, on the occasion of the Ambassador’s arrival in ${home.capital}.`,
      `${V()} welcomed ${E()} and expressed confidence that the Ambassador would help bring the two countries closer.`,
      `${E()} said that the embassy would work to strengthen ties between ${partner.name} and ${home.name}, with a focus on ${rng.pick(['trade', 'investment', 'education', 'tourism', 'energy'])}.`,
      ...body(p, rng.int(1, 3)),
      `The two sides agreed to keep in regular contact during the Ambassador’s term in ${home.capital}.`,
    ],
    ...(when.end === undefined ? {} : { endsAt: when.end }),
  };
}

export function meeting(ctx: ReleaseContext): Draft {
  const { rng, home, partner } = ctx;
  if (rng.chance(0.15)) return courtesyCall(ctx);
  const p = pairOf(ctx, 'foreign-minister');
  const margins = rng.chance(0.3) ? rng.pick(MULTILATERAL_EVENTS) : undefined;
  const place = margins
    ? `on the margins of the ${margins.name}${margins.city ? ` in ${margins.city}` : ''}`
    : `in ${home.capital}`;
  const when = timing(ctx);
  const pair = `${home.short}-${partner.short}`;
  const A = () => ctx.mentions.ref(p.a);
  const B = () => ctx.mentions.ref(p.b);
  const title = rng.pick([
    () => `Outcome of ${pair} Foreign Ministers’ Meeting`,
    () => `Foreign Minister Meets ${partner.adjective} ${p.b.title}`,
    () => `${p.a.title} ${p.a.name} Meets ${p.b.title} ${p.b.name} of ${partner.name}`,
    () => `${pair} Foreign Ministers’ Talks${margins ? '' : ` Held in ${home.capital}`}`,
  ])();
  const date = eventDate(ctx);
  const opening = rng.pick([
    () =>
      `${A()} met with ${B()} ${place} on ${date}${when.text} and discussed ways to deepen cooperation between the two countries.`,
    () =>
      `${A()} held talks with ${B()} ${place} on ${date}${when.text}. The meeting covered bilateral relations, economic cooperation and regional affairs.`,
    () =>
      `On ${date}, ${A()} and ${B()} held a foreign ministers’ meeting ${place}${when.text}, continuing the regular dialogue between the two governments.`,
  ])();
  const paragraphs = [opening];
  const hello = greeting(p);
  if (hello) paragraphs.push(hello);
  paragraphs.push(response(p), ...body(p, rng.int(2, hello ? 4 : 5)), closing(p));
  return { title, paragraphs, ...(when.end === undefined ? {} : { endsAt: when.end }) };
}
