/**
 * Conditions: tests on the answers, written as data, for branches and rules.
 */
import { z } from 'astro/zod';
import { name } from './common.ts';

export type Condition =
  | { field: string; equals: string }
  | { field: string; in: string[] }
  | { answered: string }
  | { notAnswered: string }
  | { all: Condition[] }
  | { any: Condition[] };

export const conditionSchema: z.ZodType<Condition> = z
  .lazy(() =>
    z.union(
      [
        z
          .strictObject({
            field: name.describe('The field to test.'),
            equals: z
              .string()
              .describe(
                'True when the answer is exactly this value. For a one-of field, an option value; for an any-of field, true when this option is among those ticked.',
              ),
          })
          .describe('The answer equals one value.'),
        z
          .strictObject({
            field: name.describe('The field to test.'),
            in: z
              .array(z.string())
              .min(1, 'in needs at least one value')
              .describe(
                'True when the answer is one of these values (any-of: when any of them is ticked).',
              ),
          })
          .describe('The answer is one of several values.'),
        z
          .strictObject({
            answered: name.describe(
              'True when this field has an answer (not blank, at least one box ticked).',
            ),
          })
          .describe('The field was answered.'),
        z
          .strictObject({
            notAnswered: name.describe('True when this field was left blank or was never asked.'),
          })
          .describe('The field was not answered.'),
        z
          .strictObject({
            all: z
              .array(conditionSchema)
              .min(1, 'all needs at least one condition')
              .describe('True when every condition listed is true.'),
          })
          .describe('Every condition holds.'),
        z
          .strictObject({
            any: z
              .array(conditionSchema)
              .min(1, 'any needs at least one condition')
              .describe('True when at least one condition listed is true.'),
          })
          .describe('At least one condition holds.'),
      ],
      {
        error:
          'a condition must be one of { field, equals }, { field, in: [...] }, { answered: field }, { notAnswered: field }, { all: [...] } or { any: [...] }',
      },
    ),
  )
  .describe(
    'A test on the answers, written as data (never as an expression): { field, equals }, { field, in }, { answered }, { notAnswered }, { all: [...] }, { any: [...] }.',
  )
  .meta({ id: 'Condition' });
