/**
 * Saving progress (the island keeps it in localStorage). Anything that does not fit the
 * wizard as it is now — not JSON, the wrong shape, an older version, an answer or a step the
 * definition no longer allows — is refused, never thrown.
 *
 * The shape is checked by hand, not with zod: this module ships to the browser, where zod
 * alone would be twice the wizard page's whole JavaScript budget.
 */
import type { AnswerValue } from './answers.ts';
import type { CompiledWizard } from './types.ts';
import { allFields } from './values.ts';
import { activePath, type WizardState } from './engine.ts';
import { storedValue } from './path.ts';

export const stateVersion = 1;

/** The state as JSON text, with its version and the wizard id. */
export function serializeState(def: CompiledWizard, state: WizardState): string {
  return JSON.stringify({ version: stateVersion, wizard: def.id, ...state });
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Reads saved state back (JSON text or an already parsed value): the state, or undefined when
 * it is unreadable or no longer fits the wizard.
 */
export function restoreState(def: CompiledWizard, saved: unknown): WizardState | undefined {
  const stored = typeof saved === 'string' ? parseJson(saved) : saved;
  const { version, wizard, current, answers, returnTo } = isRecord(stored) ? stored : {};
  if (
    version !== stateVersion ||
    wizard !== def.id ||
    typeof current !== 'string' ||
    !isRecord(answers) ||
    (returnTo !== undefined && typeof returnTo !== 'string')
  )
    return undefined;
  // Every answer must be one a question of this wizard still accepts, and the answers must
  // still lead to the saved step (and the review a Change link returns to).
  const fields = new Map(allFields(def).map((f) => [f.id, f]));
  const state: WizardState = { current, answers: answers as WizardState['answers'], returnTo };
  const active = activePath(def, state.answers);
  const fits =
    Object.entries(answers).every(([id, value]) => {
      const field = fields.get(id);
      return field !== undefined && storedValue(field, value) !== undefined;
    }) &&
    active.includes(current) &&
    (returnTo === undefined || active.includes(returnTo));
  return fits ? state : undefined;
}

/**
 * The state to save when another tab may have saved since this one last read or wrote
 * (`base`): what storage holds now (`stored`), with only the answers this tab changed since
 * `base` written over it (one it removed is left undefined, which JSON drops), so an answer this
 * tab never touched is never erased. The step is this tab's, or where the merged answers lead
 * when they no longer lead there. A fresh start (no answers: Start now, Start again) replaces
 * whatever is saved.
 */
export function mergeState(
  def: CompiledWizard,
  stored: WizardState | undefined,
  base: WizardState | undefined,
  next: WizardState,
): WizardState {
  if (!stored || Object.keys(next.answers).length === 0) return next;
  const answers: Record<string, AnswerValue | undefined> = { ...stored.answers };
  for (const id of Object.keys({ ...base?.answers, ...next.answers }))
    if (JSON.stringify(base?.answers[id]) !== JSON.stringify(next.answers[id]))
      answers[id] = next.answers[id];
  const path = activePath(def, answers as WizardState['answers']);
  const on = (id: string | undefined) => id !== undefined && path.includes(id);
  return {
    current: on(next.current) ? next.current : path.at(-1)!,
    answers: answers as WizardState['answers'],
    returnTo: on(next.returnTo) ? next.returnTo : undefined,
  };
}
