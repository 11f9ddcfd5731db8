/** Conditions are data ({ field, equals } …), evaluated here; nothing is read from a string as code. */
import { asList, isAnswered, type Answers } from './answers.ts';
import type { Condition } from '../authoring/schema/index.ts';

export function evaluate(condition: Condition, answers: Answers): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluate(c, answers));
  if ('any' in condition) return condition.any.some((c) => evaluate(c, answers));
  if ('answered' in condition) return isAnswered(answers[condition.answered]);
  if ('notAnswered' in condition) return !isAnswered(answers[condition.notAnswered]);
  const given = asList(answers[condition.field]);
  const wanted = 'equals' in condition ? [condition.equals] : condition.in;
  return given.some((value) => wanted.includes(value));
}
