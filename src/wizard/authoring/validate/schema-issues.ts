/**
 * Schema problems in words: zod's issues turned into lines a content author can act on,
 * naming the step, field or other part by its id ("step \"reason\": field \"impact\": maxLength").
 */
import type { z } from 'astro/zod';
import { didYouMean } from '../../../lib/edit-distance.ts';
import { wizardSchema } from '../schema/index.ts';
import { knownKeys } from './known-keys.ts';

type Issue = z.core.$ZodIssue;

function prop(value: unknown, key: PropertyKey): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<PropertyKey, unknown>)[key]
    : undefined;
}

function idOf(value: unknown, index: number, key: 'id' | 'value' | 'name' | undefined): string {
  const id = key === undefined ? undefined : prop(value, key);
  return typeof id === 'string' ? `"${id}"` : `${index + 1}`;
}

/** How a list's items are named in messages: by which property, or (undefined) by number. */
const partNames: Record<string, [string, 'id' | 'value' | 'name' | undefined]> = {
  steps: ['step', 'id'],
  fields: ['field', 'id'],
  options: ['option', 'value'],
  outputs: ['output', 'id'],
  computed: ['computed', 'id'],
  warnings: ['warning', 'id'],
  rules: ['rule', undefined],
  examples: ['example', 'name'],
  next: ['next entry', undefined],
};

/** `steps.2.fields.0.maxLength` → `step "reason": field "impact": maxLength`. */
function describePath(raw: unknown, path: readonly PropertyKey[]): string[] {
  const parts: string[] = [];
  let value = raw;
  for (let i = 0; i < path.length; i += 1) {
    const key = path[i];
    const index = path[i + 1];
    const part = partNames[String(key)];
    value = prop(value, key);
    if (part && typeof index === 'number' && Array.isArray(value)) {
      parts.push(`${part[0]} ${idOf(value[index], index, part[1])}`);
      value = value[index];
      i += 1;
    } else {
      parts.push(typeof key === 'number' ? `item ${key + 1}` : String(key));
    }
  }
  return parts;
}

/**
 * A union (`next`: a step id or a list) reports that nothing matched; when exactly one of its
 * options fits the value's type, its own issues say far more, so they are reported instead.
 */
export function unwrapUnion(issue: Issue): Issue[] {
  if (issue.code !== 'invalid_union') return [issue];
  const fitting = issue.errors.filter((issues) => issues.every((i) => i.path.length > 0));
  const [only] = fitting;
  if (fitting.length !== 1 || !only) return [issue];
  return only.flatMap((inner) => unwrapUnion({ ...inner, path: [...issue.path, ...inner.path] }));
}

export function describeIssue(raw: unknown, issue: Issue): string {
  const parts = describePath(raw, issue.path);
  const last = parts.at(-1) ?? 'the file';
  const where = parts.length > 1 ? `${parts.slice(0, -1).join(': ')}: ` : '';
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeys(wizardSchema, raw, issue.path);
    const keys = issue.keys.map((k) => `"${k}"${didYouMean(k, known)}`).join(', ');
    return `${parts.length > 0 ? `${parts.join(': ')}: ` : ''}unknown ${issue.keys.length === 1 ? 'property' : 'properties'} ${keys}; check the spelling or remove it`;
  }
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) {
    return `${where}${last} is missing; add it`;
  }
  if (issue.code === 'invalid_type') {
    const expected = {
      string: 'text',
      number: 'a number',
      boolean: 'true or false',
      array: 'a list',
      object: 'a mapping',
    }[String(issue.expected)];
    return `${where}${last} must be ${expected ?? issue.expected}`;
  }
  return `${where}${last}: ${issue.message}`;
}
