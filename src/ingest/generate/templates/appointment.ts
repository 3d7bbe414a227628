import { partsOf } from '../calendar.ts';
import { eventDate, holder, oneOff, type Draft, type ReleaseContext } from '../context.ts';
import { areas, capitalize, thousands } from '../phrases.ts';

const PAST_POSTS = [
  'Director-General for Regional Affairs',
  'Deputy Chief of Mission in Geneva',
  'Consul General in Los Angeles',
  'Director-General for International Economic Affairs',
  'Ambassador to the OECD',
  'Deputy Permanent Representative to the United Nations',
  'Director of the Treaties Division',
  'Chief of Protocol',
];

export function appointment(ctx: ReleaseContext): Draft {
  const { rng, issuer, home, partner, mentions } = ctx;
  const minister = holder(ctx, home, 'foreign-minister');
  const envoy = oneOff(ctx, home, 'ambassador', 'Ambassador', [
    minister,
    holder(ctx, home, 'leader'),
  ]);
  const predecessor = oneOff(ctx, home, 'ambassador', 'Ambassador', [minister, envoy]);
  const [post, earlier] = rng.sample(PAST_POSTS, 2);
  const credentials = rng.chance(0.35);
  const E = () => mentions.ref(envoy);
  const introduce = () => {
    mentions.introduce(envoy);
    return envoy.name;
  };

  if (credentials) {
    const leader = holder(ctx, partner, 'leader');
    return {
      title: `${home.adjective} Ambassador to ${partner.name} Presents Credentials`,
      paragraphs: [
        `${E()} presented credentials to ${mentions.ref(leader)} in ${partner.capital} on ${eventDate(ctx)}. The ceremony was attended by senior officials of the ${partner.adjective} government and members of the diplomatic corps.`,
        `${E()} conveyed greetings from the ${home.adjective} leadership, and ${mentions.ref(leader)} expressed hope that the Ambassador would contribute to closer relations between ${partner.name} and ${home.name}.`,
        `Before taking up the post, ${E()} served as ${post} and, earlier, as ${earlier}.`,
        `${capitalize(partner.name)} is an important partner for ${home.name} in ${areas(ctx, 2)}, and the two countries have stepped up high-level exchanges in recent years.`,
        `${E()} said that priorities for the term include ${rng.pick(['economic cooperation', 'people-to-people exchanges', 'the safety of nationals', 'cooperation on climate and energy'])} and support for ${home.adjective} businesses.`,
      ],
    };
  }
  return {
    title: rng.pick([
      `Appointment of New Ambassador to ${partner.name}`,
      `New ${home.adjective} Ambassador to ${partner.name} Named`,
    ]),
    paragraphs: [
      `${capitalize(issuer.government)} announced on ${eventDate(ctx)} the appointment of ${introduce()} as Ambassador of ${home.name} to ${partner.name}.`,
      `${E()} is a career diplomat who most recently served as ${post}, and earlier as ${earlier}. ${E()} succeeds ${mentions.ref(predecessor)}, who has headed the embassy in ${partner.capital} since ${partsOf(ctx.eventDay).year - rng.int(2, 4)}.`,
      `The Government of ${partner.name} has granted agrément for the appointment, and ${E()} is expected to take up the post ${rng.pick(['next month', 'in the coming weeks', 'later this year'])}.`,
      `A graduate in ${rng.pick(['law', 'economics', 'international relations', 'political science', 'history'])}, ${E()} joined the foreign service in ${rng.int(1988, 2002)} and has served in ${rng.int(3, 7)} overseas posts.`,
      `${capitalize(partner.name)} is an important partner for ${home.name} in ${areas(ctx, 2)}. Some ${thousands(rng.int(2, 60) * 500)} ${home.adjective} nationals live in ${partner.name}, and the embassy in ${partner.capital} also supports a growing number of visitors.`,
      `${mentions.ref(minister)} asked ${E()} to strengthen cooperation with ${partner.name} in ${rng.pick(['trade and investment', 'energy and climate', 'education and culture', 'security and defence'])}.`,
    ],
  };
}
