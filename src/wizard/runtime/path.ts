/**
 * The path the answers take: from the first step, following each step's `next`, until a
 * question not yet answered or the end. Only answers on that path count.
 */
import { isAnswerValue, type AnswerValue, type Answers } from './answers.ts';
import type { CompiledField, CompiledStep, CompiledWizard } from './types.ts';
import { evaluate } from './conditions.ts';
import { parseField, toRawValue } from './fields.ts';

export function stepById(def: CompiledWizard, id: string): CompiledStep | undefined {
  return def.steps.find((s) => s.id === id);
}

/**
 * The stored value when it is one this field could have stored (the same value comes back
 * from parsing it again), else undefined. Anything else — a wrong shape, a date that does not
 * exist, text that looks like a password — is treated as never answered.
 */
export function storedValue(field: CompiledField, value: unknown): AnswerValue | undefined {
  if (!isAnswerValue(value)) return undefined;
  const parsed = parseField(field, toRawValue(field, value));
  return parsed.ok && JSON.stringify(parsed.value) === JSON.stringify(value)
    ? parsed.value
    : undefined;
}

/** This step's answers when every field on it holds a valid stored value. */
function stepAnswers(
  step: CompiledStep,
  answers: Answers,
): Record<string, AnswerValue> | undefined {
  if (step.type !== 'question') return {};
  const values: Record<string, AnswerValue> = {};
  for (const field of step.fields) {
    const value = storedValue(field, answers[field.id]);
    if (value === undefined) return undefined;
    values[field.id] = value;
  }
  return values;
}

/** Where the step leads given the answers so far: a step id, or undefined at the end or while it hangs on an unanswered field. */
function decideNext(step: CompiledStep, known: Answers): string | undefined {
  for (const branch of step.next) {
    if (branch.needs.some((f) => !Object.hasOwn(known, f))) return undefined;
    if (!branch.when || evaluate(branch.when, known)) return branch.goto;
  }
  return undefined;
}

export interface Walk {
  /** Step ids from the first step to the first unanswered question or the end. */
  path: string[];
  /** The answers of the question steps on the path. */
  answers: Answers;
}

export function walk(def: CompiledWizard, answers: Answers): Walk {
  const path: string[] = [];
  const known: Record<string, AnswerValue> = {};
  let step: CompiledStep | undefined = def.steps[0];
  while (step && !path.includes(step.id)) {
    path.push(step.id);
    const values = stepAnswers(step, answers);
    if (!values) break;
    Object.assign(known, values);
    const next = decideNext(step, known);
    step = next === undefined ? undefined : stepById(def, next);
  }
  return { path, answers: known };
}
