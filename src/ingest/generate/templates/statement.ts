import { clock } from '../calendar.ts';
import {
  article,
  eventDate,
  holder,
  startTime,
  type Draft,
  type ReleaseContext,
} from '../context.ts';
import { AID_RECIPIENTS, DISASTERS } from '../aid.ts';
import { areas, capitalize } from '../phrases.ts';

type Statement = (ctx: ReleaseContext, voice: string) => Draft;

const missileLaunch: Statement = (ctx, voice) => {
  const { rng, home, issuer, mentions } = ctx;
  const kind = rng.pick([
    'a ballistic missile',
    'several short-range ballistic missiles',
    'an intercontinental ballistic missile',
    'a missile it described as a satellite launch vehicle',
  ]);
  const sea =
    home.code === 'KR'
      ? 'the East Sea'
      : home.code === 'JP'
        ? 'the Sea of Japan'
        : 'the sea off its east coast';
  const at = clock(startTime(rng, 5, 18));
  const minister = holder(ctx, home, 'foreign-minister');
  return {
    title: rng.pick([
      `Statement by the ${voice} on North Korea’s Ballistic Missile Launch`,
      `${capitalize(issuer.government)} Condemns the DPRK’s Missile Launch`,
      `On the Launch of ${capitalize(kind.replace(/^(a|an|several) /, ''))} by North Korea`,
    ]),
    paragraphs: [
      `${capitalize(issuer.government)} strongly condemns North Korea’s launch of ${kind} toward ${sea} at ${at} on ${eventDate(ctx)}.`,
      `The launch is a clear violation of the relevant United Nations Security Council resolutions and a serious threat to peace and stability on the Korean Peninsula and beyond. It also undermines the global non-proliferation regime.`,
      `The Government is analysing the details of the launch together with its partners and is keeping the public informed. There are no reports of damage to ships or aircraft.`,
      `We urge the Democratic People's Republic of Korea (DPRK) to refrain from further provocations and to return to dialogue without preconditions.`,
      `${mentions.ref(minister)} ${rng.pick(['discussed the launch by telephone with counterparts in', 'has instructed officials to coordinate closely with'])} ${rng.pick(['the United States and Japan', 'the Republic of Korea and the United States', 'partners in the G7'])}.`,
      `${capitalize(issuer.government)} will continue to work with the international community toward the complete denuclearization of North Korea.`,
    ],
  };
};

const election: Statement = (ctx, voice) => {
  const { rng, partner, issuer } = ctx;
  const kind = partner.leader === 'President' ? 'presidential election' : 'general election';
  return {
    title: `Statement by the ${voice} on the ${capitalize(kind.replace('election', 'Election'))} in ${partner.name}`,
    paragraphs: [
      `${capitalize(partner.name)} went to the polls on ${eventDate(ctx)} in ${article(kind)} that was closely followed across the region.`,
      `${capitalize(issuer.government)} welcomes the peaceful and orderly conduct of the vote.`,
      `We congratulate the people of ${partner.name} on their commitment to democracy and the high turnout at the polls. We also commend the electoral authorities and the observers who helped ensure a transparent process.`,
      `${capitalize(partner.name)} is a valued partner of ${ctx.home.name}, and the two countries cooperate closely in ${areas(ctx, 2)}.`,
      `${capitalize(issuer.government)} looks forward to working with the new ${partner.adjective} government to deepen ${rng.pick(['the friendship', 'the partnership', 'the long-standing ties'])} between our two countries.`,
    ],
  };
};

const disaster: Statement = (ctx, voice) => {
  const { rng, issuer, home } = ctx;
  const place = rng.pick(AID_RECIPIENTS);
  const what = rng.pick(DISASTERS);
  return {
    title: `Statement by the ${voice} on the ${what.title} in ${place.name}`,
    paragraphs: [
      `${capitalize(issuer.government)} is deeply saddened by the loss of life and the damage caused by the ${what.name} that struck ${place.name} on ${eventDate(ctx)}.`,
      `We extend our heartfelt condolences to the families of the victims and wish a swift recovery to those injured. Our thoughts are with everyone who has lost their home.`,
      `${capitalize(home.adjective)} nationals in need of help may contact the embassy’s emergency line, which is open around the clock. No ${home.adjective} casualties have been reported so far.`,
      `The ${home.adjective} embassy is in contact with local authorities to confirm the safety of ${home.adjective} nationals in the affected areas.`,
      `${capitalize(issuer.government)} stands ready to provide assistance to the ${place.adjective} people in this difficult time.`,
    ],
  };
};

const attack: Statement = (ctx, voice) => {
  const { partner, issuer } = ctx;
  return {
    title: `Statement by the ${voice} on the Terrorist Attack in ${partner.capital}`,
    paragraphs: [
      `${capitalize(issuer.government)} strongly condemns the terrorist attack in ${partner.capital} on ${eventDate(ctx)}, which claimed many innocent lives.`,
      `We offer our deepest condolences to the bereaved families and to the Government and people of ${partner.name}.`,
      `The ${ctx.home.adjective} embassy in ${partner.capital} is working to confirm the safety of ${ctx.home.adjective} nationals, and so far no ${ctx.home.adjective} casualties have been reported.`,
      `Terrorism in any form cannot be justified. ${capitalize(issuer.government)} will continue to work with ${partner.name} and the international community to counter it.`,
    ],
  };
};

export function statement(ctx: ReleaseContext): Draft {
  const { rng, home, mentions } = ctx;
  // Some statements are given in the spokesperson's own name, which then opens the release.
  const named = rng.chance(0.35);
  const intro = named
    ? `The following is a statement by ${mentions.ref(holder(ctx, home, 'spokesperson'))}, issued on ${eventDate(ctx)}.`
    : undefined;
  const draft = rng.weighted<Statement>([
    [missileLaunch, 4],
    [election, 2],
    [disaster, 2],
    [attack, 1],
  ])(ctx, named ? 'Spokesperson' : rng.pick(['Spokesperson', 'Ministry', 'Minister']));
  const coda = rng.pick([
    `${capitalize(ctx.issuer.government)} will continue to follow the situation closely and remain in close contact with the countries concerned.`,
    `The Ministry will provide further information as the situation develops. Inquiries from the media may be directed to the press office.`,
    `${capitalize(ctx.issuer.government)} reaffirms its commitment to working with the United Nations and with partners in the region to uphold international peace and security.`,
  ]);
  const paragraphs = [...(intro ? [intro] : []), ...draft.paragraphs, coda];
  return { ...draft, paragraphs };
}
