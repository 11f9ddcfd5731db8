/**
 * Fields: the inputs of a question step, one schema per kind, and their options.
 */
import { z } from 'astro/zod';
import { name, valuePattern, words } from './common.ts';

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
