import { describe, expect, test } from 'vitest';
import {
  outlineTemplate,
  parseTemplate,
  templateReferences,
} from '../../../src/wizard/authoring/template-parse.ts';
import {
  renderTemplate,
  isTruthy,
  type DataItem,
  type Scope,
  type TemplateNode,
} from '../../../src/wizard/runtime/template.ts';

function nodes(template: string): TemplateNode[] {
  const parsed = parseTemplate(template);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.nodes;
}

/** Strings are text, lists of objects are items; anything there and not blank is truthy. */
function scopeOf(values: Record<string, unknown>): Scope {
  return (name) => {
    if (!Object.hasOwn(values, name)) return undefined;
    const value = values[name];
    return {
      text: typeof value === 'string' ? value : '',
      truthy: isTruthy(value),
      items: Array.isArray(value) ? (value as DataItem[]) : [],
    };
  };
}

const render = (template: string, values: Record<string, unknown>) =>
  renderTemplate(nodes(template), scopeOf(values));

describe('rendering', () => {
  test('placeholders, with or without spaces inside the braces', () => {
    expect(
      render('ID {{developerId}}, name {{ businessName }}.', {
        developerId: 'A1',
        businessName: 'Acme',
      }),
    ).toBe('ID A1, name Acme.');
  });

  test('a blank value renders as nothing', () => {
    expect(render('[{{missing}}]', {})).toBe('[]');
  });

  test('answers come out literally, never read as template syntax', () => {
    const typed = '{{businessName}} {{#if x}}<b>&amp;</b>{{/if}} $& $1';
    expect(render('[{{note}}]', { note: typed, businessName: 'NO', x: true })).toBe(`[${typed}]`);
  });

  test('if and unless sections', () => {
    const template = '{{#if a}}A{{/if}}{{#unless a}}not A{{/unless}}';
    expect(render(template, { a: 'yes' })).toBe('A');
    expect(render(template, { a: '' })).toBe('not A');
    expect(render(template, {})).toBe('not A');
  });

  test('each over items, with item names first and outer names after', () => {
    const template =
      '{{#each roles}}{{role}} for {{app}}{{#if restricted}} (restricted){{/if}}; {{/each}}';
    const roles = [
      { role: 'Pricing', restricted: false },
      { role: 'Tax Invoicing', restricted: true },
    ];
    expect(render(template, { roles, app: 'MyApp' })).toBe(
      'Pricing for MyApp; Tax Invoicing for MyApp (restricted); ',
    );
    expect(render(template, { roles: [] })).toBe('');
  });

  test('a section tag alone on its line takes the line with it', () => {
    const template =
      'Start\n{{#if a}}\n  Inside {{a}}\n{{/if}}\n{{#unless a}}\nNone\n{{/unless}}\nEnd\n';
    expect(render(template, { a: 'x' })).toBe('Start\n  Inside x\nEnd\n');
    expect(render(template, {})).toBe('Start\nNone\nEnd\n');
    expect(render('{{#if a}}\nA\n{{/if}}', { a: 'y' })).toBe('A\n');
    expect(render('x {{#if a}}\nA\n{{/if}} y', { a: 'y' })).toBe('x \nA\n y');
  });

  test('list items, one per line', () => {
    const template = 'Roles:\n{{#each roles}}\n- {{label}}\n{{/each}}\nDone';
    expect(render(template, { roles: [{ label: 'A' }, { label: 'B' }] })).toBe(
      'Roles:\n- A\n- B\nDone',
    );
  });
});

describe('parse errors say how to fix the template', () => {
  test.each([
    ['{{#if a}}x', '"{{#if a}}" is never closed; add "{{/if}}"'],
    ['x{{/if}}', '"{{/if}}" closes a section that was never opened'],
    ['{{#if a}}x{{/each}}', '"{{#if a}}" is closed by "{{/each}}"; close it with "{{/if}}"'],
    ['{{a b}}', '"{{a b}}" is not a placeholder'],
    ['{{}}', '"{{}}" is not a placeholder'],
    ['{{#with a}}{{/with}}', '"{{#with a}}" is not a placeholder'],
  ])('%s', (template, error) => {
    const parsed = parseTemplate(template);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.startsWith(error)).toBe(true);
  });
});

test('references list each name with its use, lists and guards', () => {
  expect(templateReferences(nodes('{{a}}{{#if b}}{{c}}{{#each d}}{{e}}{{/each}}{{/if}}'))).toEqual([
    { name: 'a', use: 'value', within: [], guards: [] },
    { name: 'b', use: 'if', within: [], guards: [] },
    { name: 'c', use: 'value', within: [], guards: ['b'] },
    { name: 'd', use: 'each', within: [], guards: ['b'] },
    { name: 'e', use: 'value', within: ['d'], guards: ['b'] },
  ]);
});

test('the outline shows blanks in brackets', () => {
  const blank = (name: string) =>
    ({ id: 'your Developer ID', roles: 'the roles', x: 'a note' })[name] ?? name;
  expect(
    outlineTemplate(
      nodes('My ID is {{id}}.{{#if x}} Note: {{x}}{{/if}}{{#each roles}} {{role}}{{/each}}'),
      blank,
    ),
  ).toBe(
    'My ID is [your Developer ID].[Only if you have a note:]  Note: [a note][For each of the roles:]  [role]',
  );
});

test('the outline leaves no trailing spaces where nested blocks end a line', () => {
  const outline = outlineTemplate(
    nodes('A\n{{#if x}}{{#if y}}\nQuestion: {{x}}\nAnswer: {{y}}\n{{/if}}{{/if}}B'),
    (name) => name,
  );
  expect(outline).toContain('[Only if you have x:] [Only if you have y:]\nQuestion: [x]');
  expect(outline).not.toMatch(/ $/m);
});
