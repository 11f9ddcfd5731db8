/**
 * Computed values: what the engine works out from the answers, by a fixed set of functions.
 */
import { z } from 'astro/zod';
import { name, words } from './common.ts';

const computedBase = {
  id: name.describe('The value name, unique in the wizard; templates use it as {{id}}. camelCase.'),
  blank: words('blank').describe(
    'The value as a noun phrase, for example "the last day to send it". Shown in brackets in the printable outline.',
  ),
  label: words('label')
    .optional()
    .describe(
      'Show a date or text value on "Check your answers" under this name, for example "Your last day to send it", right below the last answer it is worked out from.',
    ),
};

const businessDays = {
  date: name.describe('A date field or an earlier date computed value to count from.'),
  days: z
    .number()
    .int()
    .min(0)
    .describe('How many business days (Monday to Friday, not a holiday) to count.'),
};

export const computedSchema = z
  .discriminatedUnion(
    'fn',
    [
      z
        .strictObject({
          ...computedBase,
          fn: z
            .literal('businessDaysBefore')
            .describe('The date `days` business days before `date`.'),
          ...businessDays,
        })
        .describe(
          "A date some business days earlier; weekends and the wizard's holidays are skipped.",
        ),
      z
        .strictObject({
          ...computedBase,
          fn: z
            .literal('businessDaysAfter')
            .describe('The date `days` business days after `date`.'),
          ...businessDays,
        })
        .describe(
          "A date some business days later; weekends and the wizard's holidays are skipped.",
        ),
      z
        .strictObject({ ...computedBase, fn: z.literal('today').describe("Today's date.") })
        .describe("Today's date, on the person's calendar."),
      z
        .strictObject({
          ...computedBase,
          fn: z
            .literal('beforeToday')
            .describe(
              'Yes when `date` is before today. Write its blank as a clause, "the last day has passed": the outline reads [If the last day has passed:].',
            ),
          date: name.describe('A date field or an earlier date computed value.'),
        })
        .describe('A yes/no value for "this deadline has passed" warnings and {{#if}} sections.'),
      z
        .strictObject({
          ...computedBase,
          fn: z
            .literal('businessDaysFromToday')
            .describe(
              'How far away `date` is, in words: "4 business days from today", "1 business day from today" or "today". Blank once it has passed.',
            ),
          date: name.describe('A date field or an earlier date computed value.'),
        })
        .describe(
          'How many business days are left until a date, for "Send it by Monday 7 December 2026 (4 business days from today)".',
        ),
      z
        .strictObject({
          ...computedBase,
          fn: z.literal('join').describe('Joins a list into one line of text.'),
          from: name.describe('An any-of field, an id-list field, or an earlier collect value.'),
          key: z
            .string()
            .optional()
            .describe('For a collect value: the data key to show for each item.'),
          separator: z.string().default(', ').describe('Put between items. Default ", ".'),
          lastSeparator: z
            .string()
            .optional()
            .describe(
              'Put before the last item instead, for example " and ". Default: the separator.',
            ),
        })
        .describe('A list as text, for example "Pricing, Tax Invoicing and Buyer Communication".'),
      z
        .strictObject({
          ...computedBase,
          fn: z.literal('collect').describe('Collects the data of every ticked option.'),
          from: name.describe('An any-of field whose options carry `data`.'),
          key: z
            .string()
            .min(1)
            .describe(
              'The data key that identifies an item; the first item with each key is kept.',
            ),
        })
        .describe(
          'A list of the `data` objects of the ticked options, one per key, for {{#each}} sections.',
        ),
    ],
    {
      error:
        'fn must be one of businessDaysBefore, businessDaysAfter, today, beforeToday, businessDaysFromToday, join, collect',
    },
  )
  .describe(
    'A value the engine works out from the answers; `fn` names one of a fixed set of functions.',
  )
  .meta({ id: 'Computed' });
