/**
 * Opposite procedures, told apart by the person's direction words. "Let my developer in" and
 * "cut my developer off" share every topic word (developer, access, account); only the verb
 * says whether they want the authorize or the revoke procedure. When a query holds one of a
 * direction's words or phrases, the direction's own terms are searched as one more part of the
 * query, and pages strong on its opposite's terms are pushed down (`directionWeight` and
 * `oppositePenalty` in ranking.ts). Data only: a new pair of opposite procedures is two entries
 * in procedure-directions.ts, a new kind of question one in question-directions.ts (or
 * lookup-directions.ts, for looking something up), added to the list below.
 */
import type { Direction } from './direction.ts';
import { lookupDirections as l } from './lookup-directions.ts';
import { procedureDirections as p } from './procedure-directions.ts';
import { questionDirections as q } from './question-directions.ts';

export type { Direction } from './direction.ts';

/** Every direction, in the order the plan adds their parts. */
export const directions: readonly Direction[] = [
  p.authorize,
  p.revoke,
  p.appeal,
  p.extension,
  q.retirement,
  q.status,
  q.dataMissing,
  p.changeRoles,
  p.notice,
  p.register,
  p.developerSide,
  q.unsaved,
  q.denialReason,
  q.callRefused,
  q.whichRole,
  q.obligation,
  q.signIn,
  p.edit,
  q.partial,
  q.purpose,
  l.definition,
  l.find,
  l.decided,
];
