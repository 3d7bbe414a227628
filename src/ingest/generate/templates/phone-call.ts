import { body, closing, greeting, pairOf, response } from '../bilateral.ts';
import { clock } from '../calendar.ts';
import { eventDate, startTime, type Draft, type ReleaseContext } from '../context.ts';
import { issues } from '../phrases.ts';

export function phoneCall(ctx: ReleaseContext): Draft {
  const { rng, home, partner } = ctx;
  const leaders = rng.chance(0.25);
  const p = pairOf(ctx, leaders ? 'leader' : 'foreign-minister');
  const start = startTime(rng, 7, 21);
  const end = start + rng.int(3, 12) * 5;
  const between = `between ${clock(start)} and ${clock(end)}`;
  const pair = `${home.short}-${partner.short}`;
  const level = leaders ? 'Summit' : 'Foreign Ministers’';

  const title = rng.pick([
    () => `Results of the ${pair} ${level} Phone Talks`,
    () => `${pair} ${leaders ? 'Leaders' : 'Foreign Ministers'} Hold Telephone Conversation`,
    () =>
      `${p.a.title} ${p.a.name} Holds Telephone Conversation with ${partner.adjective} ${p.b.title} ${p.b.name}`,
    () => `Telephone Conversation between the ${p.a.title} and the ${p.b.title} of ${partner.name}`,
  ])();

  const A = () => ctx.mentions.ref(p.a);
  const B = () => ctx.mentions.ref(p.b);
  const date = eventDate(ctx);
  const opening = rng.pick([
    () =>
      `${A()} spoke by telephone with ${B()} ${between} on ${date}. The two discussed ways to advance ${pair} relations and exchanged views on ${issues(ctx, 1)}.`,
    () =>
      `${A()} held a telephone conversation with ${B()} ${between} on ${date} at the request of the ${partner.adjective} side.`,
    () =>
      `${A()} and ${B()} held a telephone conversation ${between} on ${date} to review cooperation between ${home.name} and ${partner.name}.`,
    () =>
      `In a telephone conversation with ${B()} ${between} on ${date}, ${A()} discussed bilateral cooperation and recent developments in the region.`,
  ])();

  const paragraphs = [opening];
  const hello = greeting(p);
  if (hello) paragraphs.push(hello);
  paragraphs.push(response(p), ...body(p, rng.int(2, hello ? 4 : 5)), closing(p));
  return { title, paragraphs, endsAt: end };
}
