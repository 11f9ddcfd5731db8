/** Warnings and worked examples: they name only what the file has. */
import { didYouMean } from '../../../lib/edit-distance.ts';
import { isIsoDate } from '../../runtime/dates.ts';
import type { Check } from './check.ts';
import { checkTemplate } from './references.ts';

export function checkWarnings(check: Check): void {
  const { def, names, report } = check;
  for (const warning of def.warnings) {
    const where = `warning "${warning.id}"`;
    if (!names.has(warning.if))
      report(
        where,
        `if names "${warning.if}", which is not a field or computed value${didYouMean(warning.if, names.keys())}`,
      );
    for (const id of warning.showOn.filter((id) => !check.index.stepById.has(id)))
      report(where, `showOn names "${id}", which is not a step id`);
    checkTemplate(check, warning.text, where, undefined);
  }
}

export function checkExamples(check: Check): void {
  const { def, report } = check;
  const { fieldById, stepById } = check.index;
  def.examples.forEach((example, i) => {
    const where = `example "${example.name}"`;
    for (const name of Object.keys(example.answers).filter((n) => !fieldById.has(n))) {
      report(
        where,
        `answers names "${name}", which is not a field${didYouMean(name, fieldById.keys())}`,
      );
    }
    for (const [name, answer] of Object.entries(example.answers)) {
      if (
        fieldById.get(name)?.kind === 'date' &&
        !(typeof answer === 'string' && isIsoDate(answer))
      )
        report(
          where,
          `answers gives ${name} as "${String(answer)}", which is not a real day written YYYY-MM-DD`,
        );
    }
    for (const id of example.path.filter((id) => !stepById.has(id)))
      report(where, `path names "${id}", which is not a step id`);
    const end = stepById.get(example.path.at(-1) ?? '');
    const outputIds = end?.type === 'result' ? end.outputs.map((o) => o.id) : [];
    for (const id of Object.keys(example.outputs).filter((id) => !outputIds.includes(id))) {
      report(where, `outputs names "${id}", which is not an output of the step the path ends on`);
    }
    for (const id of example.warnings.filter((id) => !def.warnings.some((w) => w.id === id))) {
      report(where, `warnings names "${id}", which is not a warning id`);
    }
    if (def.examples.findIndex((e) => e.name === example.name) !== i)
      report(where, 'another example has the same name');
  });
}
