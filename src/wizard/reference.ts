/**
 * The "Writing a wizard" reference, in Markdown, generated from the schema's `.describe()`
 * texts (via JSON Schema), so the README never drifts from what the build accepts.
 */
import { z } from 'astro/zod';
import { wizardSchema } from './schema.ts';

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
  if (schema.const !== undefined) return `\`${String(schema.const)}\``;
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
function rows(schema: JsonSchema, defs: Record<string, JsonSchema>, prefix = ''): string[] {
  return Object.entries(schema.properties ?? {}).flatMap(([name, property]) => {
    const required = schema.required?.includes(name)
      ? 'yes'
      : property.default !== undefined
        ? `no (default ${JSON.stringify(property.default)})`
        : 'no';
    const row = `| \`${prefix}${name}\` | ${cell(typeOf(property))} | ${required} | ${cell(describeOf(property, defs))} |`;
    return [row, ...(property.properties ? rows(property, defs, `${prefix}${name}.`) : [])];
  });
}

function table(schema: JsonSchema, defs: Record<string, JsonSchema>): string[] {
  return [
    '| Property | Type | Required | What to write |',
    '| --- | --- | --- | --- |',
    ...rows(schema, defs),
  ];
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
  lead?: string,
): string[] {
  const lines = [
    `### ${id}`,
    '',
    ...(lead ? [lead, ''] : []),
    ...(schema.description ? [schema.description, ''] : []),
  ];
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants) {
    for (const variant of variants) {
      if (variant.$ref) {
        const name = refName(variant.$ref);
        lines.push(`- [${name}](#${anchor(name)}): ${defs[name]?.description ?? ''}`);
      } else {
        lines.push(
          `#### ${variantTitle(variant)}`,
          '',
          ...(variant.description ? [variant.description, ''] : []),
          ...table(variant, defs),
          '',
        );
      }
    }
    if (variants.some((v) => v.$ref)) lines.push('');
    return lines;
  }
  return [...lines, ...table(schema, defs), ''];
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
  return [
    '## Writing a wizard',
    '',
    '<!-- Generated from src/wizard/schema.ts by scripts/wizard-docs.ts. Do not edit by hand. -->',
    '',
    ...sections.flatMap(({ id, lead }) => {
      const schema = defs[id];
      return schema ? section(id, schema, defs, lead) : [];
    }),
  ].join('\n');
}
