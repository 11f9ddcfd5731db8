/**
 * The wizard reference (docs/wizard-reference.md), in Markdown, generated from the schema's
 * `.describe()` texts (via JSON Schema), so it never drifts from what the build accepts.
 * Properties every variant of a union shares (a field's id, label, hint…) are printed once,
 * with the union, instead of in every variant's table.
 */
import { z } from 'astro/zod';
import { wizardSchema } from './schema/index.ts';

interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  format?: string;
  description?: string;
  default?: unknown;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
}

/** The order of the sections, and a line of how-to for each group. */
const sections: { id: string; lead?: string }[] = [
  {
    id: 'Wizard',
    lead: 'A wizard is one YAML file, `content/wizards/<id>.yaml`. The build checks it; adding a wizard needs no code.',
  },
  { id: 'Step' },
  { id: 'QuestionStep' },
  { id: 'InfoStep' },
  { id: 'ExitStep' },
  { id: 'ReviewStep' },
  { id: 'ResultStep' },
  { id: 'Field' },
  { id: 'ShortTextField' },
  { id: 'LongTextField' },
  { id: 'EmailField' },
  { id: 'DateField' },
  { id: 'OneOfField' },
  { id: 'AnyOfField' },
  { id: 'IdListField' },
  { id: 'Option' },
  { id: 'Rule' },
  { id: 'Branch' },
  { id: 'Condition' },
  { id: 'Link' },
  { id: 'Output' },
  { id: 'Calendar' },
  { id: 'Computed' },
  { id: 'Warning' },
  { id: 'Example' },
];

const refName = (ref: string) => ref.replace('#/$defs/', '');
const anchor = (id: string) => id.toLowerCase();
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function typeOf(schema: JsonSchema): string {
  if (schema.$ref) return `[${refName(schema.$ref)}](#${anchor(refName(schema.$ref))})`;
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) {
    if (variants.some((v) => v.format === 'date')) return 'date (YYYY-MM-DD)';
    return [...new Set(variants.map(typeOf))].join(' or ');
  }
  if (schema.const !== undefined)
    return `\`${JSON.stringify(schema.const).replace(/^"|"$/g, '')}\``;
  if (schema.enum) return schema.enum.map((v) => `\`${String(v)}\``).join(' or ');
  if (Array.isArray(schema.type)) return schema.type.map((t) => typeOf({ type: t })).join(' or ');
  switch (schema.type) {
    case 'string':
      return 'text';
    case 'array':
      return `list of ${schema.items ? typeOf(schema.items) : 'values'}`;
    case 'object':
      return typeof schema.additionalProperties === 'object'
        ? `mapping of names to ${typeOf(schema.additionalProperties)}`
        : 'mapping';
    case 'integer':
      return 'whole number';
    case 'boolean':
      return 'true or false';
    default:
      return schema.type ?? 'any value';
  }
}

function describeOf(schema: JsonSchema, defs: Record<string, JsonSchema>): string {
  return schema.description ?? (schema.$ref ? (defs[refName(schema.$ref)]?.description ?? '') : '');
}

/** One row per property; an inline mapping (such as `messages`) adds a row per key, `messages.required`. */
function rows(
  schema: JsonSchema,
  defs: Record<string, JsonSchema>,
  skip: ReadonlySet<string>,
  prefix = '',
): string[] {
  return Object.entries(schema.properties ?? {}).flatMap(([name, property]) => {
    if (skip.has(name)) return [];
    const required = schema.required?.includes(name)
      ? 'yes'
      : property.default !== undefined
        ? `no (default ${JSON.stringify(property.default)})`
        : 'no';
    const row = `| \`${prefix}${name}\` | ${cell(typeOf(property))} | ${required} | ${cell(describeOf(property, defs))} |`;
    return [
      row,
      ...(property.properties ? rows(property, defs, new Set(), `${prefix}${name}.`) : []),
    ];
  });
}

function table(
  schema: JsonSchema,
  defs: Record<string, JsonSchema>,
  skip: ReadonlySet<string> = new Set(),
): string[] {
  return [
    '| Property | Type | Required | What to write |',
    '| --- | --- | --- | --- |',
    ...rows(schema, defs, skip),
  ];
}

const variantsOf = (schema: JsonSchema) => schema.oneOf ?? schema.anyOf;

const resolve = (schema: JsonSchema, defs: Record<string, JsonSchema>) =>
  schema.$ref ? (defs[refName(schema.$ref)] ?? {}) : schema;

/** The properties every variant of a union has alike: the same name, type, default and text. */
function sharedProperties(variants: JsonSchema[], defs: Record<string, JsonSchema>): Set<string> {
  const [first, ...rest] = variants.map((v) => resolve(v, defs));
  if (!first || rest.length === 0) return new Set();
  const same = (a: JsonSchema | undefined, b: JsonSchema | undefined) =>
    a !== undefined && JSON.stringify(a) === JSON.stringify(b);
  return new Set(
    Object.keys(first.properties ?? {}).filter((name) =>
      rest.every(
        (v) =>
          same(v.properties?.[name], first.properties?.[name]) &&
          (v.required?.includes(name) ?? false) === (first.required?.includes(name) ?? false),
      ),
    ),
  );
}

/** A union's shared properties, printed with the union and left out of a variant's table. */
interface Shared {
  union: string;
  names: Set<string>;
}

/** For each definition that is a variant of a union, the properties its union prints instead. */
function printedWithUnion(defs: Record<string, JsonSchema>): Map<string, Shared> {
  const shared = new Map<string, Shared>();
  for (const [union, schema] of Object.entries(defs)) {
    const variants = variantsOf(schema) ?? [];
    const names = sharedProperties(variants, defs);
    for (const variant of variants.filter((v) => v.$ref && names.size > 0))
      shared.set(refName(variant.$ref!), { union, names });
  }
  return shared;
}

function variantTitle(variant: JsonSchema): string {
  const tag = Object.entries(variant.properties ?? {}).find(
    ([, p]) => p.const !== undefined || p.enum,
  );
  if (tag) return `${tag[0]}: ${typeOf(tag[1])}`;
  return `{ ${Object.keys(variant.properties ?? {}).join(', ')} }`;
}

function section(
  id: string,
  schema: JsonSchema,
  defs: Record<string, JsonSchema>,
  inherited: Shared | undefined,
  lead?: string,
): string[] {
  const lines = [
    `### ${id}`,
    '',
    ...(lead ? [lead, ''] : []),
    ...(schema.description ? [schema.description, ''] : []),
    ...(inherited
      ? [`Besides the properties of every [${inherited.union}](#${anchor(inherited.union)}):`, '']
      : []),
  ];
  const variants = variantsOf(schema);
  if (!variants) return [...lines, ...table(schema, defs, inherited?.names), ''];
  const shared = sharedProperties(variants, defs);
  if (shared.size > 0) {
    const first = resolve(variants[0], defs);
    const only = (name: string) => !shared.has(name);
    lines.push(
      `Every ${id} has these properties:`,
      '',
      ...table(first, defs, new Set(Object.keys(first.properties ?? {}).filter(only))),
      '',
    );
  }
  for (const variant of variants) {
    if (variant.$ref) {
      const name = refName(variant.$ref);
      lines.push(`- [${name}](#${anchor(name)}): ${defs[name]?.description ?? ''}`);
    } else {
      lines.push(
        `#### ${variantTitle(variant)}`,
        '',
        ...(variant.description ? [variant.description, ''] : []),
        ...table(variant, defs, shared),
        '',
      );
    }
  }
  if (variants.some((v) => v.$ref)) lines.push('');
  return lines;
}

export function wizardReference(): string {
  const json = z.toJSONSchema(wizardSchema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      if (ctx.zodSchema._zod.def.type === 'date')
        Object.assign(ctx.jsonSchema, { type: 'string', format: 'date' });
    },
  }) as JsonSchema & { $defs?: Record<string, JsonSchema> };
  const defs = json.$defs ?? {};
  const missing = Object.keys(defs).filter((id) => !sections.some((s) => s.id === id));
  if (missing.length > 0)
    throw new Error(
      `The reference has no place for ${missing.join(', ')}; add it to sections in reference.ts`,
    );
  const skip = printedWithUnion(defs);
  return [
    '# Writing a wizard',
    '',
    '<!-- Generated from src/wizard/authoring/schema/ by scripts/wizard-docs.ts (node scripts/wizard-docs.ts --write). Do not edit by hand. -->',
    '',
    ...sections.flatMap(({ id, lead }) => {
      const schema = defs[id];
      return schema ? section(id, schema, defs, skip.get(id), lead) : [];
    }),
  ].join('\n');
}
