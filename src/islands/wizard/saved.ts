/**
 * Saved progress and answers shared across wizards, in localStorage. Anything unreadable is
 * discarded, with a notice; a blocked or full storage only loses the saving.
 */
import type { CompiledWizard } from '../../wizard/runtime/types.ts';
import { allFields } from '../../wizard/runtime/values.ts';
import type { WizardState } from '../../wizard/runtime/engine.ts';
import { mergeState, restoreState, serializeState } from '../../wizard/runtime/storage.ts';
import { storage } from './browser.ts';

/** Where a wizard's progress is saved; the page names it so the island wakes at once to offer Resume. */
export const progressKey = (wizardId: string) => `wizard:${wizardId}`;
const sharedKey = 'wizard:shared-answers';

type Shared = Readonly<Record<string, unknown>>;

/** The progress this page last read or saved, by wizard: what another tab saved since is kept. */
const lastSeen = new Map<string, WizardState>();

/**
 * The saved progress; 'unusable' when it could not be read or no longer fits the wizard (it
 * is removed); undefined when none is saved.
 */
export function readProgress(def: CompiledWizard): WizardState | 'unusable' | undefined {
  const text = storage.get(progressKey(def.id));
  if (text === null) return undefined;
  const restored = restoreState(def, text);
  if (restored) {
    lastSeen.set(def.id, restored);
    return restored;
  }
  storage.remove(progressKey(def.id));
  return 'unusable';
}

/**
 * Saves progress, merged with what another tab of the same wizard saved meanwhile (see
 * mergeState); false when the browser would not keep it.
 */
export function saveProgress(def: CompiledWizard, state: WizardState): boolean {
  const text = storage.get(progressKey(def.id));
  const stored = text === null ? undefined : restoreState(def, text);
  const merged = mergeState(def, stored, lastSeen.get(def.id), state);
  lastSeen.set(def.id, state);
  return storage.set(progressKey(def.id), serializeState(def, merged));
}

/**
 * Answers typed in any wizard, by `remember` key (developerId, businessName, email…). Read
 * as they are: the engine offers one only when it is an answer its field would accept.
 */
export function readShared(): Shared {
  try {
    const parsed: unknown = JSON.parse(storage.get(sharedKey) ?? '{}');
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Shared)
      : {};
  } catch {
    return {};
  }
}

function writeShared(values: Shared): void {
  if (Object.keys(values).length > 0) storage.set(sharedKey, JSON.stringify(values));
  else storage.remove(sharedKey);
}

export function saveShared(values: Shared): void {
  writeShared({ ...readShared(), ...values });
}

/** "Clear my answers": this wizard's progress and the answers it shared. */
export function clearSaved(def: CompiledWizard): void {
  storage.remove(progressKey(def.id));
  lastSeen.delete(def.id);
  const mine = new Set(allFields(def).map((field) => field.remember));
  writeShared(Object.fromEntries(Object.entries(readShared()).filter(([key]) => !mine.has(key))));
}
