/** What a condition names and compares, and the condition in words: for validation and the outline. */
import { chosenOptions } from '../runtime/answers.ts';
import type { Condition, Field } from './schema/index.ts';

/** Every field a condition names, in order of appearance. */
export function conditionFields(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(conditionFields);
  if ('any' in condition) return condition.any.flatMap(conditionFields);
  if ('answered' in condition) return [condition.answered];
  if ('notAnswered' in condition) return [condition.notAnswered];
  return [condition.field];
}

/** Values a condition compares a field with: [{ field, value }]. */
export function conditionValues(condition: Condition): { field: string; value: string }[] {
  if ('all' in condition) return condition.all.flatMap(conditionValues);
  if ('any' in condition) return condition.any.flatMap(conditionValues);
  if ('equals' in condition) return [{ field: condition.field, value: condition.equals }];
  if ('in' in condition) return condition.in.map((value) => ({ field: condition.field, value }));
  return [];
}

/** The condition in words, for the printable outline: `your answer to "…" is "…"`. */
export function describeCondition(
  condition: Condition,
  fieldLabel: (id: string) => { label: string; field?: Field },
): string {
  if ('all' in condition)
    return condition.all.map((c) => describeCondition(c, fieldLabel)).join(' and ');
  if ('any' in condition)
    return condition.any.map((c) => describeCondition(c, fieldLabel)).join(' or ');
  if ('answered' in condition) return `you answered "${fieldLabel(condition.answered).label}"`;
  if ('notAnswered' in condition)
    return `you left "${fieldLabel(condition.notAnswered).label}" blank`;
  const { label, field } = fieldLabel(condition.field);
  const values = 'equals' in condition ? [condition.equals] : condition.in;
  const shown = values.map((v) => `"${(field && chosenOptions(field, [v])[0]?.label) ?? v}"`);
  return `your answer to "${label}" is ${shown.join(' or ')}`;
}
