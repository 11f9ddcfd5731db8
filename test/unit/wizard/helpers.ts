/**
 * Shared test helpers: load wizard files and drive the engine as the island would — on the
 * compiled wizard the page hands to the browser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { compileWizard } from '../../../src/wizard/authoring/compile.ts';
import type { CompiledWizard } from '../../../src/wizard/runtime/types.ts';
import {
  currentStep,
  start,
  submitStep,
  type WizardState,
} from '../../../src/wizard/runtime/engine.ts';
import type { FieldError, RawInput, RawValue } from '../../../src/wizard/runtime/fields.ts';
import { parseIsoDate } from '../../../src/wizard/runtime/dates.ts';
import type { Example, Field, Wizard } from '../../../src/wizard/authoring/schema/index.ts';
import { validateWizard } from '../../../src/wizard/authoring/validate/index.ts';

export const wizardDir = 'content/wizards';
export const fixtureDir = 'test/unit/wizard/fixtures';

/** A compiled wizard with the examples of its file, which the browser never receives. */
export type TestWizard = CompiledWizard & { examples: Example[] };

export interface LoadedWizard {
  file: string;
  /** The wizard file as validated. */
  source: Wizard;
  /** What the engine runs on. */
  def: TestWizard;
}

/**
 * Compiles a validated wizard as the page does, keeping its examples for the tests. It goes
 * through JSON, as props do on their way to the browser, so nothing the engine needs is lost
 * on the way (a Map, a function, a shared reference).
 */
export function compiled(source: Wizard): TestWizard {
  return { ...JSON.parse(JSON.stringify(compileWizard(source))), examples: source.examples };
}

/** Every wizard file in a folder, validated and compiled (throws on the first broken file). */
export function loadWizards(dir = wizardDir): LoadedWizard[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      const source = validateWizard(parse(readFileSync(file, 'utf8')), file);
      return { file, source, def: compiled(source) };
    });
}

/** The content wizards and the valid fixtures (which exercise what the content does not). */
export function allValidWizards(): LoadedWizard[] {
  return [...loadWizards(), ...loadWizards(join(fixtureDir, 'valid'))];
}

/** A typed answer as the island would send it: dates as day/month/year parts. */
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
  field: readonly Field[],
  answers: Readonly<Record<string, string | readonly string[]>>,
): RawInput {
  return Object.fromEntries(field.map((f) => [f.id, rawValue(f, answers[f.id])]));
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
