/**
 * The shape of a wizard file, `content/wizards/<id>.yaml`. Every property carries a
 * `.describe()` text: the README's "Writing a wizard" reference is generated from them
 * (scripts/wizard-docs.ts), so write them for a content author.
 *
 * Checks that span several parts of a file (unknown names, unreachable steps, loops…)
 * live in validate.ts.
 */
import { z } from 'astro/zod';
import { isIsoDate } from './dates.ts';
import { wizardGroupIds } from './groups.ts';

const stepIdPattern = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const namePattern = /^[a-z][A-Za-z0-9]*$/;
const valuePattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const words = (what: string) => z.string().trim().min(1, `${what} must not be empty`);

const stepId = z
  .string()
  .regex(
    stepIdPattern,
    'a step id is written in lower case with hyphens, for example "business-name"',
  );

/** A field or computed value name, used in templates as {{name}}. */
const name = z
  .string()
  .regex(
    namePattern,
    'a name is written in camelCase letters and digits, for example "developerId"',
  );

const wizardId = z
  .string()
  .regex(
    stepIdPattern,
    'a wizard id is written in lower case with hyphens, for example "recover-sign-in"',
  );

const faqSlug = z
  .string()
  .regex(
    stepIdPattern,
    'an FAQ slug is written in lower case with hyphens, for example "appeal-access-denial"',
  );

/** A calendar date written YYYY-MM-DD. A YAML parser may hand it over as a Date at UTC midnight; it is read back in UTC. */
const isoDate = z
  .union([z.string(), z.date()], {
    error: 'a date must be written YYYY-MM-DD, for example 2026-03-20',
  })
  .transform((value) =>
    value instanceof Date
      ? Number.isNaN(value.getTime())
        ? ''
        : value.toISOString().slice(0, 10)
      : value,
  )
  .refine(isIsoDate, 'a date must be a real day written YYYY-MM-DD, for example 2026-03-20');

// ---------------------------------------------------------------------------------------
// Conditions

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

// ---------------------------------------------------------------------------------------
// Fields

export const optionSchema = z
  .strictObject({
    value: z
      .string()
      .regex(
        valuePattern,
        'an option value is written in lower case with hyphens, for example "still-stuck"',
      )
      .describe(
        'What is stored and tested in conditions; lower case with hyphens, unique within the field.',
      ),
    label: words('label').describe(
      'The text beside the radio button or checkbox, as the person reads it.',
    ),
    hint: words('hint').optional().describe('A line of help under the label.'),
    text: words('text')
      .optional()
      .describe('How this option reads inside an output ({{field}}); defaults to the label.'),
    data: z
      .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
      .optional()
      .describe(
        'Facts this option carries for a collect computed value, for example { role: Pricing, restricted: false, why: "…" }.',
      ),
  })
  .describe('One choice of a one-of or any-of field.')
  .meta({ id: 'Option' });

const fieldBase = {
  id: name.describe(
    'The field name, unique in the wizard; templates use it as {{id}}. camelCase, for example "developerId".',
  ),
  label: words('label')
    .optional()
    .describe(
      'The question as the person reads it. May be left out when the step has one field: the step title is used.',
    ),
  hint: words('hint')
    .optional()
    .describe('Help shown under the label: where to find the answer, what it looks like.'),
  blank: words('blank')
    .optional()
    .describe(
      'The answer as a noun phrase, for example "your Developer ID". Shown as [your Developer ID] in the printable outline and used in default error messages; defaults to the label.',
    ),
  required: z
    .boolean()
    .default(true)
    .describe('Whether the person must answer before going on. Default true.'),
  remember: name
    .optional()
    .describe(
      'A key shared across wizards (developerId, sellerId, businessName, email…): the site offers a value typed in another wizard. Give every field that asks for the same thing, in every wizard, the same key, and only fields of the same kind (a short-text field and an id-list may share one: one ID fills the list).',
    ),
  autocomplete: z
    .string()
    .regex(
      /^[a-z-]+( [a-z-]+)*$/,
      'autocomplete is an HTML autocomplete token such as "email" or "organization"',
    )
    .optional()
    .describe('The HTML autocomplete token for the input, for example "email" or "organization".'),
};

const lengthRules = {
  minLength: z.number().int().positive().optional().describe('The fewest characters allowed.'),
  maxLength: z
    .number()
    .int()
    .positive()
    .optional()
    .describe('The most characters allowed; a long-text field shows a character counter.'),
};

const messageText = (rule: string) =>
  words('message').optional().describe(`Error message when ${rule}. Say how to fix it.`);

export const shortTextFieldSchema = z
  .strictObject({
    ...fieldBase,
    kind: z.literal('short-text').describe('A one-line text input.'),
    ...lengthRules,
    pattern: z
      .string()
      .optional()
      .describe(
        'A regular expression the whole answer must match (no slashes, no flags). Needs messages.pattern.',
      ),
    messages: z
      .strictObject({
        required: messageText('the field is blank'),
        minLength: messageText('the answer is too short'),
        maxLength: messageText('the answer is too long'),
        pattern: messageText('the answer does not match the pattern'),
      })
      .optional()
      .describe('Your own error messages; good defaults are used for any left out.'),
  })
  .describe('A one-line text answer, trimmed.')
  .meta({ id: 'ShortTextField' });

export const longTextFieldSchema = z
  .strictObject({
    ...fieldBase,
    kind: z
      .literal('long-text')
      .describe('A text area; with maxLength it shows a character counter.'),
    ...lengthRules,
    messages: z
      .strictObject({
        required: messageText('the field is blank'),
        minLength: messageText('the answer is too short'),
        maxLength: messageText('the answer is too long'),
      })
      .optional()
      .describe('Your own error messages; good defaults are used for any left out.'),
  })
  .describe('A text of several lines or paragraphs, trimmed; line breaks are kept.')
  .meta({ id: 'LongTextField' });

export const emailFieldSchema = z
  .strictObject({
    ...fieldBase,
    kind: z.literal('email').describe('An email address input.'),
    messages: z
      .strictObject({
        required: messageText('the field is blank'),
        format: messageText('the answer is not an email address'),
      })
      .optional()
      .describe('Your own error messages; good defaults are used for any left out.'),
  })
  .describe('An email address, trimmed.')
  .meta({ id: 'EmailField' });

export const dateFieldSchema = z
  .strictObject({
    ...fieldBase,
    kind: z.literal('date').describe('Day, month and year inputs; stored as YYYY-MM-DD.'),
    messages: z
      .strictObject({
        required: messageText('all three parts are blank'),
        format: messageText('the parts do not make a real date'),
      })
      .optional()
      .describe('Your own error messages; good defaults are used for any left out.'),
  })
  .describe('A calendar date typed as day, month and year (GOV.UK date pattern).')
  .meta({ id: 'DateField' });

const options = z
  .array(optionSchema)
  .min(1, 'options needs at least one option')
  .describe('The choices, in the order shown.');

export const oneOfFieldSchema = z
  .strictObject({
    ...fieldBase,
    kind: z.literal('one-of').describe('Radio buttons: exactly one choice.'),
    options: options.min(2, 'a one-of field needs at least two options'),
    messages: z
      .strictObject({ required: messageText('nothing is selected') })
      .optional()
      .describe('Your own error messages; good defaults are used for any left out.'),
  })
  .describe('Radio buttons; the answer is the chosen option value.')
  .meta({ id: 'OneOfField' });

export const anyOfFieldSchema = z
  .strictObject({
    ...fieldBase,
    kind: z.literal('any-of').describe('Checkboxes: any number of choices.'),
    options,
    messages: z
      .strictObject({ required: messageText('no box is ticked') })
      .optional()
      .describe('Your own error messages; good defaults are used for any left out.'),
  })
  .describe('Checkboxes; the answer is the list of ticked option values, in option order.')
  .meta({ id: 'AnyOfField' });

export const idListFieldSchema = z
  .strictObject({
    ...fieldBase,
    kind: z.literal('id-list').describe('A text area for several IDs.'),
    uppercase: z.boolean().default(false).describe('Upper-case every ID. Default false.'),
    itemPattern: z
      .string()
      .optional()
      .describe(
        'A regular expression every single ID must match (no slashes, no flags). Needs messages.pattern.',
      ),
    maxItems: z.number().int().positive().optional().describe('The most IDs allowed.'),
    messages: z
      .strictObject({
        required: messageText('no ID is typed'),
        pattern: messageText(
          'an ID does not match itemPattern ("{id}" in the message is replaced by that ID)',
        ),
        maxItems: messageText('there are too many IDs'),
      })
      .optional()
      .describe('Your own error messages; good defaults are used for any left out.'),
  })
  .describe(
    'Several IDs typed with any separators (commas, spaces, new lines, semicolons); trimmed, de-duplicated, order kept; stored as a list.',
  )
  .meta({ id: 'IdListField' });

export const fieldSchema = z
  .discriminatedUnion(
    'kind',
    [
      shortTextFieldSchema,
      longTextFieldSchema,
      emailFieldSchema,
      dateFieldSchema,
      oneOfFieldSchema,
      anyOfFieldSchema,
      idListFieldSchema,
    ],
    { error: 'kind must be one of short-text, long-text, email, date, one-of, any-of, id-list' },
  )
  .describe('One input on a question step; `kind` decides which.')
  .meta({ id: 'Field' });

// ---------------------------------------------------------------------------------------
// Cross-field rules

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

// ---------------------------------------------------------------------------------------
// Branching

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

export const linkSchema = z
  .strictObject({
    text: words('text').describe('The link text, saying where it goes.'),
    href: z
      .string()
      .regex(/^(https:\/\/|\/)[^\s]*$/, 'href must start with https:// or / (a page of this site)')
      .describe('An https:// address, or a path on this site starting with /.'),
  })
  .describe('A link to a page.')
  .meta({ id: 'Link' });

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

// ---------------------------------------------------------------------------------------
// Computed values

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

// ---------------------------------------------------------------------------------------
// Examples

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

// ---------------------------------------------------------------------------------------
// The wizard

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
export type FieldKind = Field['kind'];
