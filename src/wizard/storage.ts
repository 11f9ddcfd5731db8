/**
 * Saving progress (the island keeps it in localStorage). Anything that does not fit the
 * wizard as it is now — not JSON, the wrong shape, an older version, an answer or path the
 * definition no longer allows — is refused with a reason, never thrown.
 */
import { z } from 'astro/zod';
import type { Answers } from './answers.ts';
import { allFields } from './computed.ts';
import { activePath, pathTaken, type WizardState } from './engine.ts';
import { storedValue } from './path.ts';
import type { Wizard } from './schema.ts';

export const stateVersion = 1;

const storedSchema = z.strictObject({
  version: z.literal(stateVersion),
  wizard: z.string(),
  current: z.string(),
  path: z.array(z.string()),
  answers: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
  returnTo: z.string().optional(),
});

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
  const parsed = storedSchema.safeParse(json.value);
  if (!parsed.success)
    return { ok: false, reason: 'The saved progress does not have the expected shape.' };
  const stored = parsed.data;
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
