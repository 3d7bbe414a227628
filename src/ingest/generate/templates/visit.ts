import { body, closing, pairOf } from '../bilateral.ts';
import { proseDate, proseRange } from '../calendar.ts';
import { article, holder, type Draft, type ReleaseContext } from '../context.ts';
import { areas, capitalize } from '../phrases.ts';

export function visit(ctx: ReleaseContext): Draft {
  const { rng, home, partner, mentions } = ctx;
  const p = pairOf(ctx, 'foreign-minister');
  const leader = holder(ctx, partner, 'leader');
  const lastDay = ctx.eventDay + rng.int(1, 4);
  // A release published after the visit reports it; one published during it announces the plan.
  const done = lastDay < ctx.pubDay;
  const verb = (past: string, future: string) => (done ? past : future);
  // Whole sentences are lazy, so that only the chosen wording names (and so introduces) anyone.
  const tense = (past: () => string, future: () => string) => (done ? past() : future());
  const range = proseRange(ctx.eventDay, lastDay);
  const A = () => mentions.ref(p.a);
  const B = () => mentions.ref(p.b);
  const L = () => mentions.ref(leader);

  const title = rng.pick([
    () => `Foreign Minister ${verb('Visits', 'to Visit')} ${partner.name}`,
    () => `Official Visit of the ${p.a.title} to ${partner.name}`,
    () => `${p.a.title} ${p.a.name} ${verb('Pays', 'to Pay')} Official Visit to ${partner.name}`,
  ])();
  const opening = rng.pick([
    () =>
      `${A()} ${verb('paid', 'is paying')} an official visit to ${partner.name} from ${range} at the invitation of ${B()}.`,
    () =>
      `At the invitation of ${B()}, ${A()} ${verb('visited', 'is visiting')} ${partner.name} from ${range}, the first visit by ${article(home.adjective)} foreign minister in ${rng.int(3, 12)} years.`,
    () =>
      `${A()} ${verb('travelled', 'is travelling')} to ${partner.capital} from ${range} for talks with ${B()} on ${areas(ctx, 2)}.`,
  ])();

  const paragraphs = [
    opening,
    tense(
      () => `During the visit, ${A()} held talks with ${B()} and called on ${L()}.`,
      () => `During the visit, ${A()} will hold talks with ${B()} and call on ${L()}.`,
    ),
    ...body(p, rng.int(2, 3)),
    tense(
      () =>
        `${capitalize(L())} asked ${A()} to convey warm greetings to the ${home.adjective} leadership and expressed hope for more visits at all levels.`,
      () =>
        `${A()} is also expected to meet business leaders in ${partner.capital} to discuss ${areas(ctx, 2)}.`,
    ),
  ];
  if (rng.chance(0.5)) {
    paragraphs.push(
      tense(
        () =>
          `${A()} also met members of the ${home.adjective} community in ${partner.name} and thanked them for their contribution to friendship between the two countries.`,
        () => `The visit is expected to give fresh momentum to cooperation in ${areas(ctx, 2)}.`,
      ),
    );
  }
  paragraphs.push(
    done ? closing(p) : `${A()} will return to ${home.capital} on ${proseDate(lastDay)}.`,
  );
  return { title, paragraphs };
}
