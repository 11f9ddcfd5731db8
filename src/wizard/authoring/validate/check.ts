/**
 * What every check of one wizard file shares: the parsed wizard, its index, the names templates
 * can use, the step graph's facts, and the list the problems go to.
 */
import type { ValueKind } from '../value-kinds.ts';
import type { WizardIndex } from '../wizard-index.ts';
import type { Wizard } from '../schema/index.ts';

/** A name a template or computed value can use: what it holds and which fields it comes from. */
export interface NameInfo {
  kind: ValueKind;
  /** For a list: the keys each item has, usable inside {{#each}}. */
  itemKeys: Set<string>;
  /** The fields it is worked out from. */
  fields: string[];
}

export interface Check {
  def: Wizard;
  index: WizardIndex;
  /** Adds one problem: where in the file ('' for the file itself) and what is wrong. */
  report: (where: string, problem: string) => void;
  /** Every field and computed value, by name. */
  names: ReadonlyMap<string, NameInfo>;
  /** The steps the first step reaches. */
  reachable: ReadonlySet<string>;
  /** For each step, the fields asked on every path to it (empty when the graph loops). */
  asked: ReadonlyMap<string, Set<string>>;
  /** Whether step `earlier` is, or can come before, step `later`. */
  comesBefore: (earlier: string, later: string) => boolean;
}

/** The values that occur more than once, each once. */
export function duplicates(ids: string[]): string[] {
  return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
}
