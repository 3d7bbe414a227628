import { proseDate, proseRange } from '../calendar.ts';
import { eventDate, holder, type Draft, type ReleaseContext } from '../context.ts';
import { areas, capitalize, issues } from '../phrases.ts';
import type { Country } from '../country.ts';

type Topic = (ctx: ReleaseContext, country: Country, S: () => string) => string;

const TOPICS: readonly Topic[] = [
  (ctx, country, S) => {
    const minister = holder(ctx, ctx.home, 'foreign-minister');
    const from = ctx.eventDay + ctx.rng.int(4, 20);
    return `Asked about upcoming travel, ${S()} announced that ${ctx.mentions.ref(minister)} will visit ${country.name} from ${proseRange(from, from + ctx.rng.int(1, 3))} to discuss ${areas(ctx, 2)}. The programme includes talks with the ${country.adjective} foreign minister and a meeting with business leaders.`;
  },
  (ctx, _country, S) =>
    `On ${issues(ctx, 1)}, ${S()} said the Ministry is following developments closely and remains in contact with the countries concerned. The Government will continue to contribute to international efforts, ${S()} added.`,
  (ctx, country, S) =>
    `Responding to a question about a ${ctx.home.adjective} national detained in ${country.name}, ${S()} said the embassy is providing consular assistance and asked for understanding that further details cannot be disclosed. Consular officials have visited the person and are in touch with the family.`,
  (ctx, country, S) =>
    `${capitalize(S())} said the Ministry welcomes the decision by ${country.name} to ease visa requirements for ${ctx.home.adjective} travellers, which takes effect on ${proseDate(ctx.eventDay + ctx.rng.int(10, 60))}. The change is expected to boost tourism and business travel between the two countries.`,
  (ctx, country, S) => {
    const leader = holder(ctx, country, 'leader');
    return `Regarding the recent remarks by ${ctx.mentions.ref(leader)}, ${S()} said that the two governments are in close communication and that ${ctx.home.name} will respond calmly. Relations with ${country.name}, ${S()} stressed, rest on a broad base of shared interests.`;
  },
  (ctx, country, S) =>
    `${capitalize(S())} confirmed that the ${ordinalWord(ctx.rng.int(1, 9))} round of ${ctx.home.short}-${country.short} consultations on ${areas(ctx, 1)} will take place next month in ${country.capital}. Officials from several ministries are expected to attend.`,
  (_ctx, _country, S) =>
    `${capitalize(S())} reiterated the Government’s position that North Korea must abandon its nuclear and ballistic missile programmes in a complete, verifiable and irreversible manner. The Government remains open to dialogue and will keep working closely with its partners to that end.`,
];

function ordinalWord(n: number): string {
  return (
    ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'][n - 1] ??
    'next'
  );
}

export function pressBriefing(ctx: ReleaseContext): Draft {
  const { rng, home, mentions } = ctx;
  const spokesperson = holder(ctx, home, 'spokesperson');
  const S = () => mentions.ref(spokesperson);
  const date = eventDate(ctx);
  const title = rng.pick([
    () => `Spokesperson’s Regular Press Briefing (${proseDate(ctx.eventDay)})`,
    () => `Regular Press Briefing by the ${spokesperson.title}, ${proseDate(ctx.eventDay)}`,
    () => `Press Briefing by ${spokesperson.title} ${spokesperson.name}`,
  ])();
  const countries = [ctx.partner, ...ctx.others].slice(0, rng.int(3, 5));
  const topics = rng.sample(TOPICS, countries.length);
  const paragraphs = [
    `${S()} held a regular press briefing on ${date} and answered questions from reporters. ${rng.pick(['The main points are summarised below.', 'A summary of the briefing follows.', 'Highlights of the briefing are as follows.'])}`,
    ...topics.map((topic, i) => topic(ctx, countries[i] ?? ctx.partner, S)),
  ];
  if (rng.chance(0.5)) {
    paragraphs.push(`The next regular briefing will be held on ${proseDate(ctx.eventDay + 7)}.`);
  }
  return { title, paragraphs };
}
