/** Shared test helpers: load wizard files and drive the engine as the island would. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { currentStep, start, submitStep, type WizardState } from '../../../src/wizard/engine';
import type { FieldError, RawInput, RawValue } from '../../../src/wizard/fields';
import { parseIsoDate } from '../../../src/wizard/dates';
import type { Field, Wizard } from '../../../src/wizard/schema';
import { validateWizard } from '../../../src/wizard/validate';

export const wizardDir = 'content/wizards';
export const fixtureDir = 'test/unit/wizard/fixtures';

export interface LoadedWizard {
  file: string;
  def: Wizard;
}

/** Every wizard file in a folder, validated (throws on the first broken file). */
export function loadWizards(dir = wizardDir): LoadedWizard[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      return { file, def: validateWizard(parse(readFileSync(file, 'utf8')), file) };
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
  field: Field[],
  answers: Readonly<Record<string, string | readonly string[]>>,
): RawInput {
  return Object.fromEntries(field.map((f) => [f.id, rawValue(f, answers[f.id])]));
}

export type Drive =
  | { ok: true; state: WizardState; path: string[] }
  | { ok: false; state: WizardState; path: string[]; errors: FieldError[] };

/** Submits every step from the start until an exit, a result or an error. */
export function drive(def: Wizard, inputFor: (fields: Field[], stepId: string) => RawInput): Drive {
  let state = start(def);
  const path = [state.current];
  for (let guard = 0; guard < def.steps.length + 1; guard += 1) {
    const step = currentStep(def, state);
    if (step.type === 'exit' || step.type === 'result') return { ok: true, state, path };
    const result = submitStep(
      def,
      state,
      inputFor(step.type === 'question' ? step.fields : [], step.id),
    );
    if (!result.ok) return { ok: false, state, path, errors: result.errors };
    state = result.state;
    path.push(state.current);
  }
  throw new Error(`The wizard "${def.id}" did not end within ${def.steps.length} steps`);
}
