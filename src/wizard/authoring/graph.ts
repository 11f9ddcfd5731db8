/** The steps as a graph: where each step can lead, what reaches what, loops. */
import type { Step, Wizard } from './schema/index.ts';

/** Every step id a step's `next` can lead to. */
export function successors(step: Step): string[] {
  if (step.type === 'exit' || step.type === 'result' || step.next === undefined) return [];
  return typeof step.next === 'string' ? [step.next] : step.next.map((b) => b.goto);
}

function edges(def: Wizard): Map<string, string[]> {
  const ids = new Set(def.steps.map((s) => s.id));
  return new Map(def.steps.map((s) => [s.id, successors(s).filter((id) => ids.has(id))]));
}

/** The steps reachable from `from`, `from` included. */
export function reachableFrom(def: Wizard, from: string): Set<string> {
  const graph = edges(def);
  const seen = new Set<string>();
  const todo = [from];
  for (let id = todo.pop(); id !== undefined; id = todo.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    todo.push(...(graph.get(id) ?? []));
  }
  return seen;
}

/** Each loop once, as the steps around it, starting and ending with the same step. */
export function findLoops(def: Wizard): string[][] {
  const graph = edges(def);
  const state = new Map<string, 'open' | 'done'>();
  const loops: string[][] = [];
  const visit = (id: string, trail: string[]) => {
    state.set(id, 'open');
    for (const next of graph.get(id) ?? []) {
      if (state.get(next) === 'open') loops.push([...trail.slice(trail.indexOf(next)), id, next]);
      else if (!state.has(next)) visit(next, [...trail, id]);
    }
    state.set(id, 'done');
  };
  for (const step of def.steps) if (!state.has(step.id)) visit(step.id, []);
  return loops;
}

/**
 * For each reachable step, the fields asked on every path from the start to it (its own
 * fields not included). Call only on a wizard without loops.
 */
export function alwaysAskedBefore(def: Wizard): Map<string, Set<string>> {
  const graph = edges(def);
  const [first] = def.steps;
  const reachable = first ? reachableFrom(def, first.id) : new Set<string>();
  const incoming = new Map<string, number>([...reachable].map((id) => [id, 0]));
  for (const id of reachable)
    for (const next of graph.get(id) ?? []) incoming.set(next, (incoming.get(next) ?? 0) + 1);
  const asked = new Map<string, Set<string>>();
  const steps = new Map(def.steps.map((s) => [s.id, s]));
  const ready = first ? [first.id] : [];
  if (first) asked.set(first.id, new Set());
  for (let id = ready.shift(); id !== undefined; id = ready.shift()) {
    const step = steps.get(id);
    const own = step?.type === 'question' ? step.fields.map((f) => f.id) : [];
    const out = new Set([...(asked.get(id) ?? []), ...own]);
    for (const next of graph.get(id) ?? []) {
      const before = asked.get(next);
      asked.set(next, before ? new Set([...before].filter((f) => out.has(f))) : out);
      const left = (incoming.get(next) ?? 1) - 1;
      incoming.set(next, left);
      if (left === 0) ready.push(next);
    }
  }
  return asked;
}
