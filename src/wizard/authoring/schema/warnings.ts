/**
 * Warnings: messages shown when a value on the answers holds.
 */
import { z } from 'astro/zod';
import { name, stepId, words } from './common.ts';

export const warningSchema = z
  .strictObject({
    id: name.describe('The warning name, unique in the wizard.'),
    if: name.describe(
      'A computed yes/no value (or any field or value) that turns the warning on when true or answered.',
    ),
    text: words('text').describe('What happened and what to do now; may use {{placeholders}}.'),
    showOn: z
      .array(stepId)
      .default([])
      .describe(
        'Steps that also show the warning once it holds; the review and result steps always show it.',
      ),
  })
  .describe(
    'A message shown when something needs attention, for example a deadline that has passed.',
  )
  .meta({ id: 'Warning' });
