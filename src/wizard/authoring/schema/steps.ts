/**
 * Steps: the screens of a wizard, one schema per type, and the ways on from each.
 */
import { z } from 'astro/zod';
import { faqSlug, linkSchema, stepId, wizardId, words } from './common.ts';
import { conditionSchema } from './conditions.ts';
import { fieldSchema } from './fields.ts';
import { outputSchema } from './outputs.ts';
import { ruleSchema } from './rules.ts';

export const branchSchema = z
  .strictObject({
    when: conditionSchema
      .optional()
      .describe(
        'Go to `goto` when this holds. Leave it out on the last entry: that entry is the default.',
      ),
    goto: stepId.describe('The id of the step to go to.'),
  })
  .describe('One way on from a step.')
  .meta({ id: 'Branch' });

const next = z
  .union([stepId, z.array(branchSchema).min(1, 'next needs at least one entry')], {
    error:
      'next must be a step id or a list of { when, goto } entries ending with a default { goto }',
  })
  .optional()
  .describe(
    'Where to go after this step: a step id, or a list of { when, goto } tried in order whose last entry has no `when` (the default). Needed on every step except exits and results.',
  );

const stepBase = {
  id: stepId.describe(
    'The step id, unique in the wizard; lower case with hyphens. The first step in the list is where the wizard starts.',
  ),
  title: words('title').describe(
    'The heading of the screen (for a question step, its question or legend).',
  ),
};

const links = {
  link: linkSchema
    .optional()
    .describe('A link to an outside page, for example Seller Central sign in help.'),
  wizard: wizardId
    .optional()
    .describe('The id of another wizard to offer, for example recover-sign-in.'),
  faq: faqSlug.optional().describe('The slug of an FAQ page to offer.'),
};

export const questionStepSchema = z
  .strictObject({
    ...stepBase,
    type: z.literal('question').describe('Asks one question (one or more fields).'),
    hint: words('hint').optional().describe('Help under the heading.'),
    fields: z
      .array(fieldSchema)
      .min(1, 'a question step needs at least one field')
      .describe('The inputs, in order.'),
    rules: z.array(ruleSchema).default([]).describe('Checks across fields run on submit.'),
    next,
  })
  .describe('A screen with one question.')
  .meta({ id: 'QuestionStep' });

export const infoStepSchema = z
  .strictObject({
    ...stepBase,
    type: z.literal('info').describe('An instruction the person carries out.'),
    text: words('text').describe('What to do, in plain words.'),
    checklist: z
      .array(words('a checklist item'))
      .default([])
      .describe('Steps to carry out, in order.'),
    ...links,
    next,
  })
  .describe(
    'A screen with an instruction or a checklist, for example "Open Seller Central > Settings > User Permissions".',
  )
  .meta({ id: 'InfoStep' });

export const exitStepSchema = z
  .strictObject({
    ...stepBase,
    type: z.literal('exit').describe('Ends the wizard early.'),
    reason: words('reason').describe('Why the wizard stops here.'),
    nextAction: words('nextAction').describe('The next thing the person should do.'),
    ...links,
  })
  .describe('A stop: the reason and the next thing to do.')
  .meta({ id: 'ExitStep' });

export const reviewStepSchema = z
  .strictObject({
    ...stepBase,
    title: words('title')
      .default('Check your answers')
      .describe('The heading; default "Check your answers".'),
    type: z.literal('review').describe('Lists every answer with a Change link.'),
    intro: words('intro').optional().describe('A line above the answers.'),
    next,
  })
  .describe('"Check your answers": every answer on the path taken, each with a Change link.')
  .meta({ id: 'ReviewStep' });

export const resultStepSchema = z
  .strictObject({
    ...stepBase,
    type: z.literal('result').describe('Ends the wizard with the outputs.'),
    intro: words('intro').optional().describe('What to do with the outputs, above them.'),
    instructions: z
      .array(words('an instruction'))
      .default([])
      .describe('Numbered steps shown above the outputs, for example where to paste them.'),
    outputs: z
      .array(outputSchema)
      .min(1, 'a result step needs at least one output')
      .describe('The outputs, in order.'),
  })
  .describe('The end: the outputs to paste.')
  .meta({ id: 'ResultStep' });

export const stepSchema = z
  .discriminatedUnion(
    'type',
    [questionStepSchema, infoStepSchema, exitStepSchema, reviewStepSchema, resultStepSchema],
    {
      error: 'type must be one of question, info, exit, review, result',
    },
  )
  .describe('One screen; `type` decides which.')
  .meta({ id: 'Step' });
