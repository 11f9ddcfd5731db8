/**
 * Saving progress (the island keeps it in localStorage). Anything that does not fit the
 * wizard as it is now — not JSON, the wrong shape, an older version, an answer or path the
 * definition no longer allows — is refused with a reason, never thrown.
 *
 * The shape is checked by hand, not with zod: this module ships to the browser, where zod
 * alone would be twice the wizard page's whole JavaScript budget.
 */
import type { Answers } from './answers.ts';
import { allFields } from './computed.ts';
import { activePath, pathTaken, type WizardState } from './engine.ts';
import { storedValue } from './path.ts';
import type { Wizard } from './schema.ts';

export const stateVersion = 1;

/** Saved progress as serializeState writes it. */
interface Stored {
  version: typeof stateVersion;
  wizard: string;
  current: string;
  path: string[];
  answers: Record<string, string | string[]>;
  returnTo?: string;
}

const storedKeys = new Set(['version', 'wizard', 'current', 'path', 'answers', 'returnTo']);
const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function isStored(value: unknown): value is Stored {
  return (
    isRecord(value) &&
    Object.keys(value).every((key) => storedKeys.has(key)) &&
    value.version === stateVersion &&
    typeof value.wizard === 'string' &&
    typeof value.current === 'string' &&
    isStrings(value.path) &&
    isRecord(value.answers) &&
    Object.values(value.answers).every((a) => typeof a === 'string' || isStrings(a)) &&
    (value.returnTo === undefined || typeof value.returnTo === 'string')
  );
}

export type RestoreResult = { ok: true; state: WizardState } | { ok: false; reason: string };

/** The state as JSON text, with its version, the wizard id and the path taken. */
export function serializeState(def: Wizard, state: WizardState): string {
  return JSON.stringify({
    version: stateVersion,
    wizard: def.id,
    current: state.current,
    path: pathTaken(def, state),
    answers: state.answers,
    ...(state.returnTo === undefined ? {} : { returnTo: state.returnTo }),
  });
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function versionOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null && 'version' in value
    ? value.version
    : undefined;
}

/** Reads saved state back (JSON text or an already parsed value). */
export function restoreState(def: Wizard, saved: unknown): RestoreResult {
  const json = typeof saved === 'string' ? parseJson(saved) : { ok: true as const, value: saved };
  if (!json.ok) return { ok: false, reason: 'The saved progress is not readable (not JSON).' };
  const version = versionOf(json.value);
  if (typeof version === 'number' && version !== stateVersion) {
    return {
      ok: false,
      reason: `The saved progress is from version ${version} of the site; this version reads ${stateVersion}.`,
    };
  }
  if (!isStored(json.value))
    return { ok: false, reason: 'The saved progress does not have the expected shape.' };
  const stored = json.value;
  if (stored.wizard !== def.id) {
    return {
      ok: false,
      reason: `The saved progress belongs to the wizard "${stored.wizard}", not "${def.id}".`,
    };
  }
  const fields = new Map(allFields(def).map((f) => [f.id, f]));
  for (const [id, value] of Object.entries(stored.answers)) {
    const field = fields.get(id);
    if (!field)
      return {
        ok: false,
        reason: `The saved answer "${id}" is not a question in this wizard any more.`,
      };
    if (storedValue(field, value) === undefined) {
      return {
        ok: false,
        reason: `The saved answer to "${id}" is not one this question accepts any more.`,
      };
    }
  }
  const answers: Answers = stored.answers;
  const state: WizardState = { current: stored.current, answers, returnTo: stored.returnTo };
  const path = activePath(def, answers);
  const taken = pathTaken(def, state);
  const samePath =
    taken.length === stored.path.length && taken.every((id, i) => id === stored.path[i]);
  if (!path.includes(stored.current) || !samePath) {
    return {
      ok: false,
      reason: 'The saved steps no longer match this wizard; it may have changed since.',
    };
  }
  if (stored.returnTo !== undefined && !path.includes(stored.returnTo)) {
    return { ok: false, reason: 'The saved review step no longer matches this wizard.' };
  }
  return { ok: true, state };
}
