import { eventDate, holder, type Draft, type ReleaseContext } from '../context.ts';
import { AID_AGENCIES, AID_RECIPIENTS, AMOUNTS, DISASTERS } from '../aid.ts';
import { capitalize, series, thousands } from '../phrases.ts';

export function humanitarianAid(ctx: ReleaseContext): Draft {
  const { rng, issuer, home, mentions } = ctx;
  const place = rng.pick(AID_RECIPIENTS.filter((r) => r.code !== home.code));
  const what = rng.pick(DISASTERS);
  const step = rng.int(0, AMOUNTS.length - 2);
  const amount = AMOUNTS[step] ?? 'USD 1 million';
  // The year's total includes this grant, so it is one of the larger sums.
  const total = rng.pick(AMOUNTS.slice(step + 1));
  const agencies = rng.sample(AID_AGENCIES, rng.int(1, 3));
  const government = capitalize(issuer.government);
  const title = rng.pick([
    `${home.adjective} Government Provides ${amount.replace('million', 'Million')} in Humanitarian Assistance to ${place.name}`,
    `Emergency Humanitarian Assistance for Victims of the ${what.title} in ${place.name}`,
    `${government} to Provide ${amount.replace('million', 'Million')} to Those Affected by the ${what.title} in ${place.name}`,
  ]);
  const paragraphs = [
    rng.pick([
      `${government} decided on ${eventDate(ctx)} to provide ${amount} in humanitarian assistance to ${place.name}, where the ${what.name} ${what.plural ? 'have' : 'has'} left many people in urgent need.`,
      `${government} will provide ${amount} in emergency humanitarian assistance to support people affected by the ${what.name} in ${place.name}, it was announced on ${eventDate(ctx)}.`,
    ]),
    `According to United Nations estimates, the ${what.name} ${what.plural ? 'have' : 'has'} affected more than ${thousands(rng.int(2, 90) * 5000)} people and forced many families from their homes. Access to food, clean water and health services remains limited in several regions.`,
    `The assistance will be delivered through ${series(agencies)}, and will be used for ${rng.pick(['food, shelter and clean water', 'emergency health care and medicine', 'relief supplies and temporary shelter', 'food aid and the protection of children'])} in the hardest-hit areas.`,
    rng.pick([
      `The decision reflects the ${home.adjective} commitment to humanitarian principles and to the well-being of the ${place.adjective} people.`,
      `It is hoped that this assistance will help stabilise living conditions and support early recovery in the affected communities.`,
    ]),
  ];
  if (rng.chance(0.6)) {
    const minister = holder(ctx, home, 'foreign-minister');
    paragraphs.push(
      `${mentions.ref(minister)} expressed deep sympathy for the victims and said that ${home.name} would stand with ${place.name} through the recovery.`,
    );
  }
  if (rng.chance(0.5)) {
    paragraphs.push(
      `With this contribution, total ${home.adjective} humanitarian support to ${place.name} this year reaches ${total}.`,
    );
  }
  paragraphs.push(
    `${government} will continue to monitor the situation closely and consider further support in cooperation with the international community.`,
  );
  return { title, paragraphs };
}
