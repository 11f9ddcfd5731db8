/**
 * The properties the schema allows at one place in a wizard file, so that an unknown property
 * can be answered with the one the author probably meant ("timeToComplet" → "timeToComplete").
 * A step or field is matched to its own schema by its `type` or `kind`.
 */
import { z } from 'astro/zod';

type Schema = z.core.$ZodType;

/** The schema inside an optional, a default, a pipe (a transform) or a lazy one. */
function unwrap(schema: Schema): Schema {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault)
    return unwrap(schema.def.innerType);
  if (schema instanceof z.ZodPipe) return unwrap(schema.def.in);
  if (schema instanceof z.ZodLazy) return unwrap(schema.def.getter());
  return schema;
}

/** An object schema's properties, by name. */
const shapeOf = (object: z.ZodObject): Record<string, Schema> => object.shape;

/** The property `key` of `value`, if it is an object. */
const propertyOf = (value: unknown, key: PropertyKey): unknown =>
  typeof value === 'object' && value !== null
    ? (value as Record<PropertyKey, unknown>)[key]
    : undefined;

/** Whether every literal property of `object` (a `type: question`) has that value in `value`. */
function fits(object: z.ZodObject, value: unknown): boolean {
  return Object.entries(shapeOf(object)).every(([key, schema]) => {
    const inner = unwrap(schema);
    if (!(inner instanceof z.ZodLiteral)) return true;
    return inner.def.values.includes(propertyOf(value, key) as never);
  });
}

/** The object schemas `value` is checked against: one, or a union's options that fit it. */
function objectsFor(schema: Schema, value: unknown): z.ZodObject[] {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodObject) return [inner];
  if (!(inner instanceof z.ZodUnion)) return [];
  const all = inner.def.options.flatMap((option) => objectsFor(option, value));
  const fitting = all.filter((object) => fits(object, value));
  return fitting.length > 0 ? fitting : all;
}

/** The schemas of the value at `key` inside a value checked against `schema`. */
function childSchemas(schema: Schema, value: unknown, key: PropertyKey): Schema[] {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodArray) return [inner.def.element];
  if (inner instanceof z.ZodRecord) return [inner.def.valueType];
  return objectsFor(inner, value).flatMap((object) => {
    const child = typeof key === 'string' ? shapeOf(object)[key] : undefined;
    return child ? [child] : [];
  });
}

/** The property names allowed at `path` inside `raw`, a file checked against `schema`. */
export function knownKeys(schema: Schema, raw: unknown, path: readonly PropertyKey[]): string[] {
  let schemas = [schema];
  let value = raw;
  for (const key of path) {
    const parent = value;
    schemas = schemas.flatMap((s) => childSchemas(s, parent, key));
    value = propertyOf(parent, key);
  }
  return [
    ...new Set(
      schemas.flatMap((s) => objectsFor(s, value).flatMap((o) => Object.keys(shapeOf(o)))),
    ),
  ];
}
