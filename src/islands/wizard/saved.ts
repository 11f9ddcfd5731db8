/**
 * Saved progress and answers shared across wizards, in localStorage. Anything unreadable is
 * discarded with a reason for the notice; a blocked or full storage only loses the saving.
 */
import type { Answers, AnswerValue } from '../../wizard/answers';
import type { WizardState } from '../../wizard/engine';
import type { Wizard } from '../../wizard/schema';
import { restoreState, serializeState } from '../../wizard/storage';
import { storage } from './browser';

const progressKey = (def: Wizard) => `wizard:${def.id}`;
const sharedKey = 'wizard:shared-answers';

export type SavedProgress =
  | { kind: 'none' }
  | { kind: 'found'; state: WizardState }
  | { kind: 'discarded'; reason: string };

export function readProgress(def: Wizard): SavedProgress {
  const text = storage.get(progressKey(def));
  if (text === null) return { kind: 'none' };
  const restored = restoreState(def, text);
  if (restored.ok) return { kind: 'found', state: restored.state };
  storage.remove(progressKey(def));
  return { kind: 'discarded', reason: restored.reason };
}

/** Saves progress; false when the browser would not keep it. */
export function saveProgress(def: Wizard, state: WizardState): boolean {
  return storage.set(progressKey(def), serializeState(def, state));
}

const isAnswerValue = (value: unknown): value is AnswerValue =>
  typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string'));

/** Answers typed in any wizard, by `remember` key (developerId, businessName, email…). */
export function readShared(): Answers {
  try {
    const parsed: unknown = JSON.parse(storage.get(sharedKey) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter(([, value]) => isAnswerValue(value)));
  } catch {
    return {};
  }
}

export function saveShared(values: Answers): void {
  if (Object.keys(values).length > 0) storage.set(sharedKey, JSON.stringify({ ...readShared(), ...values }));
}

/** "Clear my answers": this wizard's progress and the answers it shared. */
export function clearSaved(def: Wizard, shared: readonly string[]): void {
  storage.remove(progressKey(def));
  const kept = Object.fromEntries(Object.entries(readShared()).filter(([key]) => !shared.includes(key)));
  if (Object.keys(kept).length > 0) storage.set(sharedKey, JSON.stringify(kept));
  else storage.remove(sharedKey);
}
