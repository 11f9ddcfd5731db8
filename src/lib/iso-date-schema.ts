import { z } from 'astro/zod';
import { isIsoDate } from '../wizard/runtime/dates.ts';

/**
 * A calendar date written YYYY-MM-DD, for the FAQ and wizard content schemas. A YAML parser may
 * hand it over as a Date at UTC midnight: it is read back in UTC and kept as text, so no time
 * zone can shift the day. `what` names it in the messages ("reviewed", "a date").
 */
export function isoDateSchema(what: string, example: string) {
  return z
    .union([z.string(), z.date()], { error: `write ${what} as YYYY-MM-DD, for example ${example}` })
    .transform((value) =>
      value instanceof Date
        ? Number.isNaN(value.getTime())
          ? ''
          : value.toISOString().slice(0, 10)
        : value,
    )
    .refine(isIsoDate, {
      error: (issue) =>
        `${what} must be a real day written YYYY-MM-DD, for example ${example} (it is "${String(issue.input)}")`,
    });
}
