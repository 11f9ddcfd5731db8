/**
 * The shape of a wizard file, `content/wizards/<id>.yaml`: one schema per concept in this folder,
 * put together here. Every property carries a `.describe()` text: the wizard reference
 * (docs/wizard-reference.md) is generated from them (scripts/wizard-docs.ts), so write them for
 * a content author. Checks that span several parts of a file (unknown names, unreachable steps,
 * loops…) live in ../validate/.
 */
import { z } from 'astro/zod';
import { wizardGroupIds } from '../groups.ts';
import { faqSlug, isoDate, wizardId, words } from './common.ts';
import { computedSchema } from './computed.ts';
import { exampleSchema } from './examples.ts';
import {
  stepSchema,
  type questionStepSchema,
  type resultStepSchema,
  type branchSchema,
} from './steps.ts';
import type { fieldSchema, optionSchema } from './fields.ts';
import type { ruleSchema } from './rules.ts';
import type { outputSchema } from './outputs.ts';
import { warningSchema } from './warnings.ts';

export type { Condition } from './conditions.ts';

export const wizardSchema = z
  .strictObject({
    id: wizardId.describe('The wizard id; must equal the file name without .yaml.'),
    title: words('title').describe('What the wizard does, as a task: "Recover sign-in".'),
    intro: words('intro').describe(
      'One or two sentences: who it is for and what they end up with.',
    ),
    timeToComplete: words('timeToComplete').describe('How long it takes, for example "5 minutes".'),
    group: z
      .enum(wizardGroupIds, { error: `group must be one of: ${wizardGroupIds.join(', ')}` })
      .default('help')
      .describe(
        `Where /wizards/ lists it, by what the person wants to do: ${wizardGroupIds.join(', ')}. Default help.`,
      ),
    task: words('task')
      .optional()
      .describe(
        'The task in the person\'s words, finishing "I want to…", for example "sign in to Seller Central again". Shown on the home page; defaults to the title.',
      ),
    youNeed: z
      .array(words('an item'))
      .min(1, 'youNeed needs at least one item')
      .describe('What to have at hand before starting.'),
    faq: z.array(faqSlug).default([]).describe('Slugs of the FAQ pages this wizard carries out.'),
    holidays: z
      .array(isoDate)
      .default([])
      .describe('Extra days that are not business days, YYYY-MM-DD; weekends are always skipped.'),
    computed: z
      .array(computedSchema)
      .default([])
      .describe('Values worked out from the answers, in order; each may use earlier ones.'),
    warnings: z
      .array(warningSchema)
      .default([])
      .describe('Messages shown when a condition on the answers holds.'),
    steps: z
      .array(stepSchema)
      .min(1, 'steps needs at least one step')
      .describe('The screens; the first one is the start.'),
    examples: z
      .array(exampleSchema)
      .min(2, 'examples needs at least two examples that take different branches')
      .describe('Worked examples, at least two, covering the branches.'),
  })
  .describe('One wizard: content/wizards/<id>.yaml.')
  .meta({ id: 'Wizard' });

export type Wizard = z.output<typeof wizardSchema>;
export type Step = z.output<typeof stepSchema>;
export type QuestionStep = z.output<typeof questionStepSchema>;
export type ResultStep = z.output<typeof resultStepSchema>;
export type Field = z.output<typeof fieldSchema>;
export type Option = z.output<typeof optionSchema>;
export type Rule = z.output<typeof ruleSchema>;
export type Branch = z.output<typeof branchSchema>;
export type Computed = z.output<typeof computedSchema>;
export type Output = z.output<typeof outputSchema>;
export type Warning = z.output<typeof warningSchema>;
export type Example = z.output<typeof exampleSchema>;
