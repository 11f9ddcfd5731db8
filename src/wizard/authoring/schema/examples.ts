/**
 * Examples: worked walks through a wizard that the tests run and compare exactly.
 */
import { z } from 'astro/zod';
import { isoDate, name, stepId, words } from './common.ts';

export const exampleSchema = z
  .strictObject({
    name: words('name').describe('What the example shows, for example "Sign-in help worked".'),
    today: isoDate.describe('The date the example pretends is today, YYYY-MM-DD.'),
    answers: z
      .record(name, z.union([z.string(), z.array(z.string()), isoDate]))
      .describe(
        'What the person types or picks, by field id: text as typed, a date as YYYY-MM-DD, a one-of option value, a list of any-of option values.',
      ),
    path: z.array(stepId).min(1).describe('The step ids the answers lead through, first to last.'),
    outputs: z
      .record(name, z.string())
      .default({})
      .describe(
        'Each output id with its exact expected text (leave out for a path ending at an exit).',
      ),
    warnings: z
      .array(name)
      .default([])
      .describe('The ids of the warnings these answers raise on that day (leave out for none).'),
  })
  .describe(
    'A worked example; the tests run it through the engine and compare path and outputs exactly.',
  )
  .meta({ id: 'Example' });
