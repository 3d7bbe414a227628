import { partsOf } from '../calendar.ts';
import { eventDate, holder, type Draft, type ReleaseContext } from '../context.ts';
import { countryByCode } from '../countries.ts';
import { MULTILATERAL_EVENTS } from '../events.ts';
import { areas, capitalize, issues, series } from '../phrases.ts';

export function multilateral(ctx: ReleaseContext): Draft {
  const { rng, home, mentions, others } = ctx;
  const month = partsOf(ctx.eventDay).month;
  const inSeason = MULTILATERAL_EVENTS.filter((e) => !e.months || e.months.includes(month));
  const event = rng.pick(inSeason);
  const host = event.hosts ? countryByCode(rng.pick(event.hosts)) : undefined;
  const city = event.city ?? host?.capital ?? ctx.partner.capital;
  const role = event.leaders && rng.chance(0.5) ? 'leader' : 'foreign-minister';
  const delegate = holder(ctx, home, role);
  const D = () => mentions.ref(delegate);
  const [first, second, third] = issues(ctx, 3);

  const title = rng.pick([
    () => `${delegate.title} Attends the ${event.name}`,
    () => `Outcome of the ${event.name} in ${city}`,
    () => `${delegate.title} ${delegate.name} Takes Part in the ${event.name}`,
    () => `${home.adjective} Participation in the ${event.name}`,
  ])();

  const paragraphs = [
    rng.pick([
      () =>
        `${D()} attended the ${event.name} held in ${city} on ${eventDate(ctx)} and spoke on ${first}. Delegations from more than ${rng.int(3, 18) * 10} countries and international organizations took part.`,
      () =>
        `${D()} took part in the ${event.name} in ${city} on ${eventDate(ctx)}, where members of ${event.org} discussed ${first} and ${second}.`,
    ])(),
    rng.pick([
      () =>
        `In remarks to the session, ${D()} called for stronger cooperation within ${event.org} on ${second} and stressed that ${home.name} stands ready to contribute its experience and resources.`,
      () =>
        `${D()} underlined the role of ${event.org} in addressing ${second}, and shared ${home.adjective} experience in ${areas(ctx, 1)}. Closer coordination among members, ${D()} said, would make the organization more effective.`,
    ])(),
    `${D()} also raised ${third}, and stressed the importance of a rules-based international order and of full implementation of the relevant United Nations Security Council resolutions.`,
  ];

  // Side meetings with other counterparts, each named in full on first mention.
  const sides = others.slice(0, rng.int(1, 3));
  for (const country of sides.slice(0, 2)) {
    const counterpart = holder(ctx, country, role);
    paragraphs.push(
      rng.pick([
        () =>
          `On the margins of the meeting, ${D()} held bilateral talks with ${mentions.ref(counterpart)}. The two sides discussed cooperation in ${areas(ctx, 2)} and agreed to stay in close contact.`,
        () =>
          `${D()} also met ${mentions.ref(counterpart)} and exchanged views on ${home.short}-${country.short} relations, including ${areas(ctx, 1)}.`,
      ])(),
    );
  }
  if (rng.chance(0.5)) {
    paragraphs.push(
      `${D()} welcomed the adoption of the outcome document and said that ${home.name} would work with partners including ${series(sides.map((c) => c.name))} to carry it forward.`,
    );
  }
  paragraphs.push(
    rng.pick([
      () =>
        `${capitalize(home.name)} will continue to take an active part in the work of ${event.org}, including on ${areas(ctx, 2)}.`,
      () =>
        `Preparations for the next meeting, to be held in ${partsOf(ctx.eventDay).year + 1}, were also discussed.`,
      () => `${D()} returned to ${home.capital} after the meeting.`,
    ])(),
  );
  return { title, paragraphs };
}
