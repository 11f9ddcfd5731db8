import { spawnSync } from 'node:child_process';
import { z } from 'astro/zod';
import { expect, test } from 'vitest';
import { wizardReference } from '../../../src/wizard/authoring/reference.ts';
import { wizardSchema } from '../../../src/wizard/authoring/schema/index.ts';

interface Node {
  description?: string;
  properties?: Record<string, Node>;
  oneOf?: Node[];
  anyOf?: Node[];
  $defs?: Record<string, Node>;
}

/** Every property (at any depth) and every variant, with its place. */
function undocumented(node: Node, where: string): string[] {
  const own = Object.entries(node.properties ?? {}).flatMap(([name, property]) => [
    ...(property.description ? [] : [`${where}.${name}`]),
    ...undocumented(property, `${where}.${name}`),
  ]);
  const variants = (node.oneOf ?? node.anyOf ?? []).flatMap((variant, i) =>
    variant.properties
      ? [
          ...(variant.description ? [] : [`${where}[${i}]`]),
          ...undocumented(variant, `${where}[${i}]`),
        ]
      : [],
  );
  return [...own, ...variants];
}

test('every property of every concept carries a description', () => {
  const json = z.toJSONSchema(wizardSchema, { io: 'input', unrepresentable: 'any' }) as Node;
  const defs = Object.entries(json.$defs ?? {});
  expect(defs.length).toBeGreaterThan(20);
  expect(defs.filter(([, def]) => !def.description).map(([id]) => id)).toEqual([]);
  expect(defs.flatMap(([id, def]) => undocumented(def, id))).toEqual([]);
});

test('the reference lists every concept and property with its description', () => {
  const markdown = wizardReference();
  expect(markdown.startsWith('# Writing a wizard\n')).toBe(true);
  for (const heading of [
    '### Wizard',
    '### QuestionStep',
    '### Condition',
    '#### fn: `collect`',
    '### Output',
  ])
    expect(markdown).toContain(heading);
  expect(markdown).toContain(
    '| `messages.pattern` | text | no | Error message when the answer does not match the pattern. Say how to fix it. |',
  );
  expect(markdown).toContain('| `required` | true or false | no (default true) |');
});

test('properties every field kind shares are printed once, with Field, not in each kind', () => {
  const markdown = wizardReference();
  const section = (id: string) => markdown.split(`### ${id}\n`)[1].split('\n### ')[0];
  expect(section('Field')).toContain('| `remember` |');
  expect(section('ShortTextField')).not.toContain('| `remember` |');
  expect(section('ShortTextField')).toContain('Besides the properties of every [Field](#field):');
  expect(markdown.split('| `remember` |')).toHaveLength(2);
});

test('scripts/wizard-docs.ts prints it with plain Node', () => {
  const run = spawnSync(
    process.execPath,
    ['--experimental-strip-types', 'scripts/wizard-docs.ts'],
    { encoding: 'utf8' },
  );
  expect(run.status).toBe(0);
  expect(run.stdout).toBe(`${wizardReference()}\n`);
}, 30_000);
