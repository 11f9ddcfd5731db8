/**
 * What conditions and templates refer to: fields and values that exist, are of the right kind,
 * and are asked before the step that uses them.
 */
import { conditionFields, conditionValues } from '../condition-names.ts';
import type { Condition } from '../schema/index.ts';
import { parseTemplate, templateReferences } from '../template-parse.ts';
import { didYouMean } from '../../../lib/edit-distance.ts';
import type { Check } from './check.ts';

/** A condition on step `stepId`: its fields exist and come earlier, its values are options. */
export function checkCondition(
  check: Check,
  condition: Condition,
  where: string,
  stepId: string,
): void {
  const { fieldById, stepOfField } = check.index;
  for (const name of conditionFields(condition)) {
    const askedOn = stepOfField.get(name);
    if (!fieldById.has(name))
      check.report(
        where,
        `when names "${name}", which is not a field${didYouMean(name, fieldById.keys())}`,
      );
    else if (askedOn && !check.comesBefore(askedOn, stepId)) {
      check.report(
        where,
        `when names "${name}", which is asked on step "${askedOn}"; that step never comes before this one`,
      );
    }
  }
  for (const { field: name, value } of conditionValues(condition)) {
    const field = fieldById.get(name);
    if (
      field &&
      (field.kind === 'one-of' || field.kind === 'any-of') &&
      !field.options.some((o) => o.value === value)
    ) {
      const values = field.options.map((o) => o.value).join(', ');
      check.report(
        where,
        `when compares "${name}" with "${value}", which is not one of its options (${values})`,
      );
    }
  }
}

/**
 * A template shown on step `stepId` (undefined: on whichever step a warning shows): it parses,
 * and every name it uses exists, is used as what it holds, and is asked on every path there
 * unless an {{#if}} guards it.
 */
export function checkTemplate(
  check: Check,
  template: string,
  where: string,
  stepId: string | undefined,
): void {
  const { names, report } = check;
  const parsed = parseTemplate(template);
  if (!parsed.ok) {
    report(where, `template: ${parsed.error}`);
    return;
  }
  const available = stepId === undefined ? undefined : check.asked.get(stepId);
  for (const ref of templateReferences(parsed.nodes)) {
    const tag = ref.use === 'value' ? `{{${ref.name}}}` : `{{#${ref.use} ${ref.name}}}`;
    if (ref.within.some((list) => names.get(list)?.itemKeys.has(ref.name))) continue;
    const found = names.get(ref.name);
    if (!found) {
      report(
        where,
        `template names "${tag}", which is not a field or computed value${didYouMean(ref.name, names.keys())}`,
      );
    } else if (ref.use === 'value' && found.kind === 'flag') {
      report(where, `"${tag}" is a yes/no value; use it as {{#if ${ref.name}}}…{{/if}}`);
    } else if (ref.use === 'value' && found.kind === 'items') {
      report(
        where,
        `"${tag}" is a list of items; use {{#each ${ref.name}}}…{{/each}} or a join computed value`,
      );
    } else if (ref.use === 'each' && found.kind !== 'list' && found.kind !== 'items') {
      report(
        where,
        `"${tag}" needs a list (an any-of or id-list field, or a collect value); "${ref.name}" is not one`,
      );
    } else if (
      available &&
      ref.use !== 'if' &&
      ref.use !== 'unless' &&
      !ref.guards.includes(ref.name)
    ) {
      const missing = found.fields.find((f) => !available.has(f));
      if (missing) {
        report(
          where,
          `"${tag}" may be empty: not every path to this step asks "${missing}"; wrap it in {{#if ${ref.name}}}…{{/if}}`,
        );
      }
    }
  }
}
