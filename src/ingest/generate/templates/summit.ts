import { body, closing, greeting, pairOf, response } from '../bilateral.ts';
import { eventDate, holder, type Draft, type ReleaseContext } from '../context.ts';
import { MULTILATERAL_EVENTS } from '../events.ts';
import { areas } from '../phrases.ts';

const OUTCOMES = [
  (docs: string) =>
    `Following the talks, the two leaders witnessed the signing of memoranda of understanding on ${docs}.`,
  (docs: string) =>
    `The leaders adopted a joint press statement and welcomed new arrangements on ${docs}.`,
  () =>
    'The two leaders agreed to upgrade the relationship to a comprehensive strategic partnership.',
  (docs: string) => `The two governments signed agreements on ${docs} on the same occasion.`,
];

export function summit(ctx: ReleaseContext): Draft {
  const { rng, home, partner, mentions } = ctx;
  const p = pairOf(ctx, 'leader');
  const venue = rng.weighted([
    ['home', 3],
    ['away', 2],
    ['margins', 2],
  ] as const);
  const event = rng.pick(MULTILATERAL_EVENTS.filter((e) => e.leaders));
  const place =
    venue === 'home'
      ? `in ${home.capital}`
      : venue === 'away'
        ? `in ${partner.capital}`
        : `on the margins of the ${event.name}`;
  const pair = `${home.short}-${partner.short}`;
  const A = () => mentions.ref(p.a);
  const B = () => mentions.ref(p.b);
  const title = rng.pick([
    () => `Outcome of ${pair} Summit`,
    () => `${pair} Summit Held ${place}`,
    () => `${p.a.title} ${p.a.name} Holds Summit with ${p.b.title} ${p.b.name} of ${partner.name}`,
    () => `${home.adjective}-${partner.adjective} Summit Talks`,
  ])();
  const date = eventDate(ctx);
  const opening = rng.pick([
    () =>
      `${A()} held a summit with ${B()} ${place} on ${date}. The leaders reviewed the full range of ${pair} relations and discussed regional and global issues.`,
    () =>
      `On ${date}, ${A()} and ${B()} held summit talks ${place}, their ${rng.pick(['first', 'second', 'latest'])} meeting in person.`,
    () => `${A()} welcomed ${B()} ${place} on ${date} for a summit focused on ${areas(ctx, 2)}.`,
  ])();
  const paragraphs = [opening];
  const hello = greeting(p);
  if (hello) paragraphs.push(hello);
  const accompanied = rng.chance(0.4);
  // Opening, response, outcome and closing are always there: at most eight paragraphs in all.
  const room = 8 - 4 - paragraphs.length + 1 - (accompanied ? 1 : 0);
  paragraphs.push(response(p), ...body(p, rng.int(2, Math.max(2, room))));
  paragraphs.push(rng.pick(OUTCOMES)(areas(ctx, 2)));
  if (accompanied) {
    const minister = holder(ctx, home, 'foreign-minister');
    paragraphs.push(
      `${mentions.ref(minister)} and other senior officials accompanied ${A()} at the talks.`,
    );
  }
  paragraphs.push(closing(p));
  return { title, paragraphs };
}
