/**
 * The fields of a wizard and the lists they hold. The values themselves are worked out in
 * scope.ts, from the answers and today's date.
 */
import { asList, chosenOptions, type Answers } from './answers.ts';
import type { CompiledField, CompiledWizard } from './types.ts';
import type { DataItem } from './template.ts';
import type { Field, Wizard } from '../authoring/schema/index.ts';

export type ComputedValue = string | boolean | readonly DataItem[];

/** Every field of every question step, in order (of a wizard file or its compiled form). */
export function allFields(def: Pick<Wizard, 'steps'>): Field[];
export function allFields(def: CompiledWizard): CompiledField[];
export function allFields(def: Pick<Wizard, 'steps'> | CompiledWizard): Field[] {
  return def.steps.flatMap((step) => (step.type === 'question' ? step.fields : []));
}

/**
 * The items a list field holds, for {{#each}} and join: each ticked option of an any-of field
 * (its data, value, label and text), each ID of an id-list field.
 */
export function fieldItems(field: Field, value: Answers[string] | undefined): DataItem[] {
  if (field.kind === 'id-list') return asList(value).map((id) => ({ value: id }));
  if (field.kind !== 'any-of') return [];
  return chosenOptions(field, value).map((o) => ({
    ...o.data,
    value: o.value,
    label: o.label,
    text: o.text ?? o.label,
  }));
}

/** The data objects of the ticked options, the first one for each value of `key`. */
export function collect(field: Field, value: Answers[string] | undefined, key: string): DataItem[] {
  const seen = new Set<string>();
  return chosenOptions(field, value).flatMap((option) => {
    const data = option.data;
    const id = data?.[key];
    if (!data || id === undefined || seen.has(String(id))) return [];
    seen.add(String(id));
    return [data];
  });
}
