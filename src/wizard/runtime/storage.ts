/**
 * Saving progress (the island keeps it in localStorage). Anything that does not fit the
 * wizard as it is now — not JSON, the wrong shape, an older version, an answer or a step the
 * definition no longer allows — is refused, never thrown.
 *
 * The shape is checked by hand, not with zod: this module ships to the browser, where zod
 * alone would be twice the wizard page's whole JavaScript budget.
 */
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
