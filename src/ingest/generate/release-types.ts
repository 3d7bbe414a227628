import type { ReleaseType } from '../../shared/release/release-schema.ts';
import type { Draft, ReleaseContext } from './context.ts';
import { appointment } from './templates/appointment.ts';
import { humanitarianAid } from './templates/humanitarian-aid.ts';
import { jointStatement } from './templates/joint-statement.ts';
import { meeting } from './templates/meeting.ts';
import { multilateral } from './templates/multilateral.ts';
import { phoneCall } from './templates/phone-call.ts';
import { pressBriefing } from './templates/press-briefing.ts';
import { statement } from './templates/statement.ts';
import { summit } from './templates/summit.ts';
import { visit } from './templates/visit.ts';

/** Every type the sample corpus writes ("other" is left to real data). */
export type GeneratedType = Exclude<ReleaseType, 'other'>;

type Template = (ctx: ReleaseContext) => Draft;

/** Each type's template and how common it is, roughly as in real ministry output. */
export const TEMPLATES: readonly (readonly [GeneratedType, Template, number])[] = [
  ['phone-call', phoneCall, 18],
  ['meeting', meeting, 16],
  ['summit', summit, 8],
  ['visit', visit, 8],
  ['multilateral', multilateral, 10],
  ['joint-statement', jointStatement, 6],
  ['statement', statement, 12],
  ['press-briefing', pressBriefing, 8],
  ['humanitarian-aid', humanitarianAid, 7],
  ['appointment', appointment, 7],
];
