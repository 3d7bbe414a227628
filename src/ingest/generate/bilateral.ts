import { holder, isNew, type ReleaseContext } from './context.ts';
import { areas, issues, ORGANIZATIONS } from './phrases.ts';
import type { Official } from './roster.ts';

/** Two principals facing each other: the home side (a) and the counterpart (b). */
export type Pair = {
  ctx: ReleaseContext;
  a: Official;
  b: Official;
  /** "Ministers" or "leaders", as in "the two Ministers agreed". */
  peers: string;
  /** Pieces already said, so a release never repeats a sentence. */
  used: Set<Piece>;
};

type Piece = (p: Pair, A: () => string, B: () => string) => string;

const relation = (p: Pair) => `${p.ctx.home.short}-${p.ctx.partner.short}`;

function say(p: Pair, pieces: readonly Piece[]): string {
  const A = () => p.ctx.mentions.ref(p.a);
  const B = () => p.ctx.mentions.ref(p.b);
  const fresh = pieces.filter((piece) => !p.used.has(piece));
  const piece = p.ctx.rng.pick(fresh.length > 0 ? fresh : pieces);
  p.used.add(piece);
  return piece(p, A, B);
}

export function pairOf(ctx: ReleaseContext, role: 'foreign-minister' | 'leader'): Pair {
  return {
    ctx,
    a: holder(ctx, ctx.home, role),
    b: holder(ctx, ctx.partner, role),
    peers: role === 'leader' ? 'leaders' : 'Ministers',
    used: new Set(),
  };
}

const DISCUSSION: readonly Piece[] = [
  (p, A) =>
    `${A()} noted that ${relation(p)} relations had grown steadily in areas such as ${areas(p.ctx, 3)}, and proposed making fuller use of existing consultation channels to build on that progress.`,
  (p) =>
    `The two sides reviewed progress in ${areas(p.ctx, 2)} and agreed to hold the next round of working-level consultations at an early date.`,
  (p, A) =>
    `${A()} hoped that ${p.ctx.home.adjective} and ${p.ctx.partner.adjective} companies would expand their presence in each other's markets, particularly in ${areas(p.ctx, 2)}.`,
  (p, _A, B) =>
    `${B()} said that ${p.ctx.partner.name} regards ${p.ctx.home.name} as a key partner and is ready to broaden exchanges in ${areas(p.ctx, 2)}.`,
  (p) =>
    `Both sides welcomed the steady growth in trade and visits between ${p.ctx.home.name} and ${p.ctx.partner.name}, and agreed to look for ways to simplify travel procedures for business people and students.`,
  (p, A, B) =>
    `${A()} asked for continued support for ${p.ctx.home.adjective} firms taking part in infrastructure projects in ${p.ctx.partner.name}, and ${B()} promised to give the matter close attention.`,
  (p) =>
    `The ${p.peers} agreed that cooperation in ${areas(p.ctx, 1)} holds considerable promise and asked their officials to identify concrete projects within the coming months.`,
  (p, _A, B) =>
    `${B()} thanked ${p.ctx.home.name} for its cooperation in ${areas(p.ctx, 1)} and expressed the wish to see it continue.`,
  (p) =>
    `Turning to the economy, the two sides discussed how to make supply chains more resilient and how to deepen cooperation in ${areas(p.ctx, 2)}.`,
  (p, A, B) =>
    `${A()} explained ${p.ctx.home.adjective} priorities for the region, and ${B()} voiced support for closer coordination between the two governments.`,
  () =>
    'The two sides also agreed to work more closely on consular matters, including the safety of each other’s nationals.',
  (p) =>
    `Noting that the relationship is approaching an important anniversary, the ${p.peers} agreed to prepare a programme of commemorative events and exchanges.`,
  (p) =>
    `The ${p.peers} welcomed the launch of a joint working group on ${areas(p.ctx, 1)} and looked forward to its first report.`,
  (p) =>
    `The two sides noted the agreement on ${areas(p.ctx, 1)} signed earlier this year and agreed to put it into practice without delay.`,
  (p, _A, B) =>
    `${B()} expressed interest in ${p.ctx.home.adjective} expertise in ${areas(p.ctx, 1)} and proposed joint research between institutions of the two countries.`,
  (p) =>
    `They also discussed preparations for a business forum in ${p.ctx.partner.capital}, which is expected to bring together companies from both countries working in ${areas(p.ctx, 2)}.`,
  (p, A) =>
    `${A()} stressed that ${p.ctx.home.name} and ${p.ctx.partner.name}, as like-minded partners, should respond together to new challenges in ${areas(p.ctx, 1)}.`,
  () =>
    'Both sides agreed to work toward more direct flights and tourism exchanges, which have grown quickly in recent years.',
  (p, _A, B) =>
    `${B()} noted that ${p.ctx.partner.adjective} students in ${p.ctx.home.name} form an important bridge between the two societies and asked for more scholarship places.`,
  (p) =>
    `The ${p.peers} also welcomed closer cooperation between their development agencies in third countries, particularly in ${areas(p.ctx, 1)}.`,
  (p, A, B) =>
    `${A()} proposed a new high-level dialogue on ${areas(p.ctx, 1)}, and ${B()} responded positively.`,
  (p) =>
    `The two sides agreed to cooperate more closely in protecting ${p.ctx.home.adjective} and ${p.ctx.partner.adjective} nationals abroad in times of crisis.`,
  (p, A) =>
    `${A()} expressed appreciation for the support of the ${p.ctx.partner.adjective} government for ${p.ctx.home.adjective} companies and residents in ${p.ctx.partner.name}.`,
];

const REGIONAL: readonly Piece[] = [
  (p) =>
    `The ${p.peers} exchanged views on ${issues(p.ctx, 1)}, and agreed to keep coordinating closely at the United Nations and in other international fora.`,
  (p, A, B) =>
    `${A()} outlined ${p.ctx.home.adjective} efforts concerning ${issues(p.ctx, 1)}, and ${B()} expressed support for those efforts.`,
  (p) =>
    `Both sides shared their concern over ${issues(p.ctx, 1)} and stressed the importance of dialogue and respect for international law.`,
  (p) =>
    `On ${issues(p.ctx, 1)}, the two sides agreed that the international community should respond in a united manner.`,
  (p) => {
    const [first, second] = issues(p.ctx, 2);
    return `The ${p.peers} also discussed ${first} as well as ${second}.`;
  },
  (p, _A, B) =>
    `${B()} said that ${p.ctx.partner.name} would continue to play a constructive role regarding ${issues(p.ctx, 1)}.`,
  (p) =>
    `They agreed to work together within ${p.ctx.rng.pick(ORGANIZATIONS)} on ${issues(p.ctx, 1)}.`,
  (p) =>
    `The ${p.peers} underlined the importance of freedom of navigation and overflight and of the United Nations Convention on the Law of the Sea.`,
  (p, A, B) =>
    `${B()} briefed ${A()} on recent developments in the region around ${p.ctx.partner.name}, and the two sides agreed to share information closely.`,
  (p) =>
    `Both sides agreed that ${issues(p.ctx, 1)} calls for a comprehensive response, and pledged to coordinate their positions ahead of upcoming meetings of ${p.ctx.rng.pick(ORGANIZATIONS)}.`,
  (p, A, B) =>
    `${A()} asked for ${p.ctx.partner.adjective} support for ${p.ctx.home.adjective} candidacies in international organizations, and ${B()} promised to consider the request favourably.`,
];

const RESPONSE: readonly Piece[] = [
  (p, A, B) =>
    `${B()} thanked ${A()} for the opportunity to exchange views and said that ${p.ctx.partner.name} attaches great importance to its relationship with ${p.ctx.home.name}.`,
  (_p, _A, B) =>
    `${B()} noted that the partnership between the two countries rests on shared interests and a long record of practical cooperation.`,
  (p, A, B) =>
    `${B()} welcomed the remarks of ${A()} and hoped that ${relation(p)} relations would reach a new level in the years ahead.`,
  (p, _A, B) =>
    `In reply, ${B()} described ${p.ctx.home.name} as a trusted friend of ${p.ctx.partner.name} and pledged to keep up the momentum of recent high-level exchanges.`,
];

const CLOSING: readonly Piece[] = [
  (p) =>
    `The ${p.peers} agreed to stay in close communication through various channels, including meetings on the margins of upcoming international conferences.`,
  (p, A, B) =>
    `${A()} invited ${B()} to visit ${p.ctx.home.name} at a mutually convenient time, and ${B()} accepted with thanks.`,
  () =>
    'The two sides agreed to keep in close touch to follow up on the results of the discussion.',
  () =>
    'Both sides agreed to meet again in the near future to take stock of progress on the matters discussed.',
  (p) =>
    `The ${p.peers} closed by reaffirming their commitment to a forward-looking partnership between ${p.ctx.home.name} and ${p.ctx.partner.name}.`,
];

export const discussion = (p: Pair) => say(p, DISCUSSION);
export const regional = (p: Pair) => say(p, REGIONAL);
export const response = (p: Pair) => say(p, RESPONSE);
export const closing = (p: Pair) => say(p, CLOSING);

/** A greeting when either side is new in office, as releases open first contacts. */
export function greeting(p: Pair): string | undefined {
  const A = () => p.ctx.mentions.ref(p.a);
  const B = () => p.ctx.mentions.ref(p.b);
  if (isNew(p.ctx, p.ctx.partner, p.b.role)) {
    return `${A()} congratulated ${B()} on taking office and expressed the hope of working closely together.`;
  }
  if (isNew(p.ctx, p.ctx.home, p.a.role)) {
    return `${B()} congratulated ${A()} on the recent appointment, and the two agreed to build a close working relationship.`;
  }
  return undefined;
}

/** Middle paragraphs, `count` of them, of one to three sentences on one theme each. */
export function body(p: Pair, count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const pieces = p.ctx.rng.chance(0.6) ? DISCUSSION : REGIONAL;
    const sentences = p.ctx.rng.weighted([
      [1, 1],
      [2, 5],
      [3, 3],
    ] as const);
    const paragraph: string[] = [];
    for (let j = 0; j < sentences; j++) paragraph.push(say(p, pieces));
    out.push(paragraph.join(' '));
  }
  return out;
}
