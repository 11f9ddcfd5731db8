/** Checks across wizard files: what one file may only say when another file agrees. */
import { allFields } from '../../runtime/values.ts';
import type { Field, Wizard } from '../schema/index.ts';

/** Kinds of field that can offer each other a remembered value: one ID and a list of IDs. */
const sharing = (kind: Field['kind']) => (kind === 'id-list' ? 'short-text' : kind);

/** What the checks across wizard files need to know about one file. */
export interface WizardFile {
  file: string;
  wizard: Wizard;
}

/**
 * Problems that span wizard files: a step offering a wizard that does not exist, and a
 * `remember` key shared by fields of different kinds (a date offered to an email field).
 * `present` names every wizard file there is, broken ones included: a file that failed its own
 * checks is reported once, not again in each wizard that offers it.
 */
export function crossCheckWizards(
  files: readonly WizardFile[],
  present: Iterable<string> = files.map((f) => f.wizard.id),
): string[] {
  const ids = new Set(present);
  const kinds = new Map<string, { kind: Field['kind']; file: string; field: string }>();
  return files.flatMap(({ file, wizard }) => [
    ...wizard.steps.flatMap((step) =>
      (step.type === 'info' || step.type === 'exit') &&
      step.wizard !== undefined &&
      !ids.has(step.wizard)
        ? [
            `${file}: step "${step.id}": wizard names "${step.wizard}", but there is no content/wizards/${step.wizard}.yaml`,
          ]
        : [],
    ),
    ...allFields(wizard).flatMap((field) => {
      if (field.remember === undefined) return [];
      const first = kinds.get(field.remember);
      if (!first) kinds.set(field.remember, { kind: field.kind, file, field: field.id });
      return first && sharing(first.kind) !== sharing(field.kind)
        ? [
            `${file}: field "${field.id}": remember "${field.remember}" is a ${first.kind} field in ${first.file} ("${first.field}") but ${field.kind} here; use another key`,
          ]
        : [];
    }),
  ]);
}
