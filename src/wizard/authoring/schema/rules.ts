/**
 * Rules: checks across the fields of a step, run when it is submitted.
 */
import { z } from 'astro/zod';
import { name, words } from './common.ts';
import { conditionSchema } from './conditions.ts';

export const ruleSchema = z
  .discriminatedUnion(
    'rule',
    [
      z
        .strictObject({
          rule: z
            .literal('required-when')
            .describe('The field must be answered when the condition holds.'),
          field: name.describe('A field on this step; the error is shown on it.'),
          when: z
            .lazy(() => conditionSchema)
            .describe('When this holds, the field must be answered.'),
          message: words('message').describe('The error message, saying what to enter.'),
        })
        .describe(
          'Make a field required only in some cases, for example "Describe it" when "Other" is chosen.',
        ),
      z
        .strictObject({
          rule: z
            .enum(['date-before', 'date-after'])
            .describe(
              'date-before: field must be earlier than other; date-after: field must be later than other.',
            ),
          field: name.describe('A date field on this step; the error is shown on it.'),
          other: name.describe('The date field (on this step or an earlier one) to compare with.'),
          message: words('message').describe('The error message, saying which date to change.'),
        })
        .describe('Compare two dates. The rule is skipped while either date is blank.'),
      z
        .strictObject({
          rule: z
            .literal('date-within')
            .describe('The date must lie within some days of today, checked when it is given.'),
          field: name.describe('A date field on this step; the error is shown on it.'),
          daysBefore: z
            .number()
            .int()
            .min(0)
            .optional()
            .describe('At most this many days before today; leave out for no limit.'),
          daysAfter: z
            .number()
            .int()
            .min(0)
            .optional()
            .describe('At most this many days after today; leave out for no limit.'),
          message: words('message').describe(
            'The error message, saying what to check, for example "Check your adjustment date: it is more than a year ago".',
          ),
        })
        .describe(
          'Catch a date far from plausible for its question, for example an adjustment date years in the past. The rule is skipped while the date is blank.',
        ),
    ],
    { error: 'rule must be required-when, date-before, date-after or date-within' },
  )
  .describe('A check across fields, run when the step is submitted.')
  .meta({ id: 'Rule' });
