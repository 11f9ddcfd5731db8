/**
 * The worked examples, run through the engine on the compiled wizard as the island runs it:
 * answers typed step by step (dates as day, month and year), then the path, every output's text
 * and the warnings compared exactly with what the example says. The build fails on any
 * difference, so an example can never drift from what the wizard does.
 */
import { parseIsoDate } from '../../runtime/dates.ts';
import {
  currentStep,
  renderOutputs,
  start,
  submitStep,
  warnings,
  type WizardState,
} from '../../runtime/engine.ts';
import type { FieldError, RawInput, RawValue } from '../../runtime/fields.ts';
import type { CompiledWizard } from '../../runtime/types.ts';
import type { Example, Field } from '../schema/index.ts';

/** A typed answer as the island sends it: a date as its day, month and year boxes. */
export function rawValue(
  field: Field,
  answer: string | readonly string[] | undefined,
): RawValue | undefined {
  if (field.kind === 'date' && typeof answer === 'string') {
    const date = parseIsoDate(answer);
    return date
      ? { day: String(date.day), month: String(date.month), year: String(date.year) }
      : { day: answer, month: '', year: '' };
  }
  return answer;
}

export function stepInput(
  fields: readonly Field[],
  answers: Readonly<Record<string, string | readonly string[]>>,
): RawInput {
  return Object.fromEntries(fields.map((f) => [f.id, rawValue(f, answers[f.id])]));
}

export type Drive =
  | { ok: true; state: WizardState; path: string[] }
  | { ok: false; state: WizardState; path: string[]; errors: FieldError[] };

/** Submits every step from the start until an exit, a result or an error. */
export function drive(
  def: CompiledWizard,
  inputFor: (fields: Field[], stepId: string) => RawInput,
  today = '2026-03-02',
): Drive {
  let state = start(def);
  const path = [state.current];
  for (let guard = 0; guard < def.steps.length + 1; guard += 1) {
    const step = currentStep(def, state);
    if (step.type === 'exit' || step.type === 'result') return { ok: true, state, path };
    const result = submitStep(
      def,
      state,
      inputFor(step.type === 'question' ? step.fields : [], step.id),
      today,
    );
    if (!result.ok) return { ok: false, state, path, errors: result.errors };
    state = result.state;
    path.push(state.current);
  }
  throw new Error(`The wizard "${def.id}" did not end within ${def.steps.length} steps`);
}

const list = (ids: readonly string[]) => (ids.length > 0 ? ids.join(', ') : 'none');

/** The first line where two texts differ, for a message short enough to act on. */
function firstDifference(expected: string, actual: string): string {
  const want = expected.split('\n');
  const got = actual.split('\n');
  const line = want.findIndex((text, i) => text !== got[i]);
  const at = line === -1 ? want.length : line;
  return `line ${at + 1} should be ${JSON.stringify(want[at] ?? '(no line)')} but the wizard gives ${JSON.stringify(got[at] ?? '(no line)')}`;
}

/** What differs between one example and what the engine does with its answers. */
function differences(def: CompiledWizard, example: Example): string[] {
  const run = drive(def, (fields) => stepInput(fields, example.answers), example.today);
  if (!run.ok) {
    const errors = run.errors.map((e) => `field "${e.fieldId}": ${e.message}`).join('; ');
    return [`at step "${run.path.at(-1)}" the wizard does not accept the answers (${errors})`];
  }
  if (run.path.join() !== example.path.join())
    return [
      `the answers lead through ${run.path.join(' → ')}, but path says ${example.path.join(' → ')}`,
    ];
  const problems: string[] = [];
  for (const output of renderOutputs(def, run.state.answers, example.today)) {
    const expected = example.outputs[output.id];
    if (expected === undefined)
      problems.push(`outputs has no text for output "${output.id}"; add what the wizard gives`);
    else if (expected !== output.text)
      problems.push(`output "${output.id}": ${firstDifference(expected, output.text)}`);
  }
  const raised = warnings(def, run.state.answers, example.today).map((w) => w.id);
  if (raised.join() !== example.warnings.join())
    problems.push(
      `the answers raise the warnings ${list(raised)}, but warnings says ${list(example.warnings)}`,
    );
  return problems;
}

/** A difference between the examples and the engine: where in the file ('' for the file) and what. */
export interface ExampleProblem {
  where: string;
  problem: string;
}

/** Every difference between the examples and the engine, and every exit or result none reaches. */
export function runExamples(def: CompiledWizard, examples: readonly Example[]): ExampleProblem[] {
  const found = examples.flatMap((example) => {
    const where = `example "${example.name}"`;
    try {
      return differences(def, example).map((problem) => ({ where, problem }));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return [{ where, problem: `the wizard fails on these answers: ${reason}` }];
    }
  });
  const reached = new Set(examples.map((e) => e.path.at(-1)));
  for (const step of def.steps)
    if ((step.type === 'exit' || step.type === 'result') && !reached.has(step.id))
      found.push({
        where: '',
        problem: `no example ends at the ${step.type} step "${step.id}"; add one that does`,
      });
  return found;
}
