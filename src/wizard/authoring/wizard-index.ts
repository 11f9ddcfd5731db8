/**
 * What validation, compilation and the outline look up in a wizard: its fields and steps by
 * id and the step that asks each field. Built once per wizard object and shared by all three
 * (templates are parsed once per text, see template-parse.ts).
 */
import { allFields } from '../runtime/values.ts';
import type { Field, Step, Wizard } from './schema/index.ts';

export interface WizardIndex {
  /** Every field of every question step, in order. */
  fields: Field[];
  fieldById: ReadonlyMap<string, Field>;
  stepById: ReadonlyMap<string, Step>;
  /** The id of the step that asks each field. */
  stepOfField: ReadonlyMap<string, string>;
}

const indexes = new WeakMap<Pick<Wizard, 'steps'>, WizardIndex>();

export function indexWizard(def: Pick<Wizard, 'steps'>): WizardIndex {
  let index = indexes.get(def);
  if (!index) {
    const fields = allFields(def);
    index = {
      fields,
      fieldById: new Map(fields.map((f) => [f.id, f])),
      stepById: new Map(def.steps.map((s) => [s.id, s])),
      stepOfField: new Map(
        def.steps.flatMap((s) =>
          s.type === 'question' ? s.fields.map((f) => [f.id, s.id] as const) : [],
        ),
      ),
    };
    indexes.set(def, index);
  }
  return index;
}
