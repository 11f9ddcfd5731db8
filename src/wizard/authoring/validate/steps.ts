/**
 * Each step on its own: it is reached, it has a way on that ends in a default, it goes to
 * steps that exist; a question's fields and rules can be answered; a template and a calendar
 * use what they may.
 */
import type { QuestionStep, Step } from '../schema/index.ts';
import { successors } from '../graph.ts';
import { didYouMean } from '../../../lib/edit-distance.ts';
import { duplicates, type Check } from './check.ts';
import { slowPatternProblem } from './slow-pattern.ts';
import { checkCondition, checkTemplate } from './references.ts';

export function checkStep(check: Check, step: Step): void {
  const where = `step "${step.id}"`;
  const { report } = check;
  if (!check.reachable.has(step.id))
    report(where, 'no path reaches this step; send a next or a goto to it, or remove it');
  checkWayOn(check, step, where);
  if (step.type === 'question') checkQuestion(check, step, where);
  if (step.type === 'info') checkTemplate(check, step.text, where, step.id);
  if (step.type === 'result') {
    for (const output of step.outputs) {
      const at = `${where}: output "${output.id}"`;
      checkTemplate(check, output.template, at, step.id);
      if (!output.calendar) continue;
      if (check.names.get(output.calendar.date)?.kind !== 'date')
        report(
          at,
          `calendar date names "${output.calendar.date}", which is not a date field or date computed value`,
        );
      checkTemplate(check, output.calendar.title, `${at}: calendar title`, step.id);
      if (output.calendar.description)
        checkTemplate(check, output.calendar.description, `${at}: calendar description`, step.id);
    }
  }
}

/** A step that goes on (not an exit or a result) has a next, ending in a default, to steps that exist. */
function checkWayOn(check: Check, step: Step, where: string): void {
  const { report } = check;
  if (step.type === 'exit' || step.type === 'result') return;
  if (step.next === undefined) {
    report(
      where,
      'has no next, so the wizard would stop here with no way on; add next: <step id>, or make it an exit',
    );
  } else if (typeof step.next !== 'string') {
    const branches = step.next;
    const defaults = branches.flatMap((b, i) => (b.when === undefined ? [i] : []));
    if (defaults.length === 0)
      report(
        where,
        'next has no default; end the list with an entry without when (- goto: <step id>)',
      );
    for (const i of defaults.filter((i) => i !== branches.length - 1)) {
      report(
        where,
        `next entry ${i + 1} has no when but is not the last, so the entries after it are never used; move it to the end`,
      );
    }
    branches.forEach(
      (branch, i) =>
        branch.when && checkCondition(check, branch.when, `${where}: next entry ${i + 1}`, step.id),
    );
  }
  const { stepById } = check.index;
  for (const target of successors(step).filter((id) => !stepById.has(id))) {
    report(
      where,
      `next goes to "${target}", which is not a step id${didYouMean(target, stepById.keys())}`,
    );
  }
}

function checkQuestion(check: Check, step: QuestionStep, where: string): void {
  const { report } = check;
  for (const field of step.fields) {
    const at = `${where}: field "${field.id}"`;
    if (step.fields.length > 1 && field.label === undefined) {
      report(
        at,
        'needs a label: this step has more than one field, so the step title cannot stand for each',
      );
    }
    const pattern =
      field.kind === 'short-text'
        ? field.pattern
        : field.kind === 'id-list'
          ? field.itemPattern
          : undefined;
    if (pattern !== undefined) {
      try {
        new RegExp(pattern, 'u');
        const slow = slowPatternProblem(pattern);
        if (slow) report(at, slow);
      } catch {
        report(at, `the pattern "${pattern}" is not a valid regular expression`);
      }
      if (
        field.messages === undefined ||
        !('pattern' in field.messages) ||
        !field.messages.pattern
      ) {
        report(
          at,
          'a pattern needs messages.pattern: say in plain words what the answer must look like',
        );
      }
    }
    if (
      (field.kind === 'short-text' || field.kind === 'long-text') &&
      (field.minLength ?? 0) > (field.maxLength ?? Infinity)
    ) {
      report(at, 'minLength is larger than maxLength, so no answer could pass');
    }
    if (field.kind === 'one-of' || field.kind === 'any-of') {
      for (const value of duplicates(field.options.map((o) => o.value)))
        report(at, `option value "${value}" is used more than once`);
    }
  }
  const { fieldById, stepOfField } = check.index;
  step.rules.forEach((rule, i) => {
    const at = `${where}: rule ${i + 1}`;
    if (!step.fields.some((f) => f.id === rule.field))
      report(
        at,
        `field "${rule.field}" is not on this step; a rule shows its error on a field of its own step`,
      );
    if (rule.rule === 'required-when') checkCondition(check, rule.when, at, step.id);
    else if (rule.rule === 'date-within') {
      if (fieldById.get(rule.field)?.kind !== 'date')
        report(at, `"${rule.field}" is not a date field, so date-within cannot check it`);
      if (rule.daysBefore === undefined && rule.daysAfter === undefined)
        report(at, 'date-within needs daysBefore, daysAfter or both');
    } else {
      for (const name of [rule.field, rule.other]) {
        if (fieldById.get(name)?.kind !== 'date')
          report(at, `"${name}" is not a date field, so ${rule.rule} cannot compare it`);
        else if (!check.comesBefore(stepOfField.get(name) ?? step.id, step.id))
          report(at, `"${name}" is asked on a step that never comes before this one`);
      }
    }
  });
}
