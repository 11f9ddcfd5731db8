/**
 * Outputs: the text a result step gives the person to paste, and its calendar file.
 */
import { z } from 'astro/zod';
import { name, words } from './common.ts';

export const calendarSchema = z
  .strictObject({
    date: name.describe('A date field or date computed value: the day of the all-day event.'),
    title: words('title').describe('The event title; may use {{placeholders}}.'),
    description: words('description')
      .optional()
      .describe('The event notes; may use {{placeholders}}.'),
  })
  .describe('An "Add to calendar" download (.ics) for this output.')
  .meta({ id: 'Calendar' });

export const outputSchema = z
  .strictObject({
    id: name.describe('The output name, unique in the wizard; camelCase.'),
    label: words('label').describe(
      'What it is, exactly as the form labels it, for example "Question or Comment".',
    ),
    kind: z
      .enum(['text', 'checklist'])
      .describe(
        'text: something to paste (gets a Copy button); checklist: each line is a step to tick off.',
      ),
    hint: words('hint')
      .optional()
      .describe('Where it goes, for example "In the Topic list, select:".'),
    template: z
      .string()
      .min(1, 'template must not be empty')
      .describe(
        'The text with {{name}} placeholders (fields and computed values), {{#if name}}…{{/if}}, {{#unless name}}…{{/unless}} and {{#each list}}…{{/each}} sections. A line holding only a section tag is dropped. Answers are inserted as plain text, never read as template syntax.',
      ),
    calendar: calendarSchema
      .optional()
      .describe(
        'Offer an "Add to calendar" file for a date, for example the last day to send it; offered only while the date is today or later.',
      ),
  })
  .describe('One piece of text the person copies, or a checklist.')
  .meta({ id: 'Output' });
