/**
 * Build-time checks of a wizard file. Every problem becomes one line naming the file, the
 * step (or other part) and what is wrong, written for the person editing the YAML. The checks
 * live by what they check: schema-issues.ts (the shape), names.ts (ids and names),
 * steps.ts (each step and its fields), references.ts (conditions and templates),
 * examples.ts (warnings and examples), run-examples.ts (the examples run through the engine),
 * slow-pattern.ts (patterns that backtrack), cross-files.ts (across files).
 */
import { compileWizard } from '../compile.ts';
import { alwaysAskedBefore, findLoops, reachableFrom } from '../graph.ts';
import { wizardSchema, type Wizard } from '../schema/index.ts';
import { indexWizard } from '../wizard-index.ts';
import type { Check } from './check.ts';
import { checkExamples, checkWarnings } from './examples.ts';
import { checkIds, collectNames } from './names.ts';
import { describeIssue, unwrapUnion } from './schema-issues.ts';
import { runExamples } from './run-examples.ts';
import { checkStep } from './steps.ts';

export { crossCheckWizards, type WizardFile } from './cross-files.ts';

export class WizardContentError extends Error {
  /** One line per problem. */
  readonly problems: string[];

  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.name = 'WizardContentError';
    this.problems = problems;
  }
}

/**
 * Parses and checks one wizard file's data; `file` is its path for messages, for example
 * `content/wizards/appeal-request.yaml`. Throws a WizardContentError listing every problem.
 */
export function validateWizard(raw: unknown, file: string): Wizard {
  const parsed = wizardSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.flatMap((issue) => unwrapUnion(issue));
    throw new WizardContentError(issues.map((issue) => `${file}: ${describeIssue(raw, issue)}`));
  }
  const problems = checkWizard(parsed.data, file);
  if (problems.length > 0) throw new WizardContentError(problems);
  return parsed.data;
}

/** Every problem in a parsed wizard, one line each. */
export function checkWizard(def: Wizard, file: string): string[] {
  const problems: string[] = [];
  const report = (where: string, problem: string) =>
    problems.push(`${file}: ${where ? `${where}: ` : ''}${problem}`);
  const index = indexWizard(def);
  checkIds(def, index, file, report);
  const names = collectNames(def, index, report);
  const loops = findLoops(def);
  for (const loop of loops) {
    report(
      `step "${loop.at(-2)}"`,
      `next leads back to "${loop.at(-1)}", which makes a loop (${loop.join(' → ')}); a wizard must always move on`,
    );
  }
  const [first] = def.steps;
  const check: Check = {
    def,
    index,
    report,
    names,
    reachable: first ? reachableFrom(def, first.id) : new Set(),
    asked: loops.length === 0 ? alwaysAskedBefore(def) : new Map(),
    comesBefore: (earlier, later) => earlier === later || reachableFrom(def, earlier).has(later),
  };
  for (const step of def.steps) checkStep(check, step);
  checkWarnings(check);
  checkExamples(check);
  // Only a wizard that passes every other check compiles; then its examples must hold.
  if (problems.length === 0)
    for (const { where, problem } of runExamples(compileWizard(def), def.examples))
      report(where, problem);
  return problems;
}
