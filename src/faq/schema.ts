import { z } from 'astro/zod';
import { isoDateSchema } from '../lib/iso-date-schema.ts';
import { categoryIds } from './categories.ts';

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The message for a field left out ("<field> is required: <what>") apart from one given as the
 * wrong type ("<field> must be <what>"): `order: seven` is there, just not a number.
 */
const required = (field: string, what: string) => ({
  error: (issue: { input?: unknown }) =>
    issue.input === undefined ? `${field} is required: ${what}` : `${field} must be ${what}`,
});

/** Frontmatter of one FAQ question: `content/faq/<category>/<slug>.mdx`. */
export const faqSchema = z.strictObject({
  /** The question exactly as a reader would ask it; the page's h1 and title. */
  question: z
    .string(required('question', 'the question as the reader asks it, ending in "?"'))
    .trim()
    .min(10, 'question is too short: write the whole question')
    .refine((q) => q.endsWith('?'), 'question must end with a question mark'),
  /** Which FAQ group it belongs to; must match the folder the file lives in. */
  category: z.enum(categoryIds, {
    error: `category must be one of: ${categoryIds.join(', ')}`,
  }),
  /** Position within its category (1 = first); drives lists and previous/next links. */
  order: z
    .number(required('order', 'a whole number, 1 for the first question in its category'))
    .int('order must be a whole number')
    .positive('order must be 1 or more'),
  /** One sentence that answers the question; the meta description and the text under it in lists. */
  summary: z
    .string(required('summary', 'one sentence that answers the question'))
    .trim()
    .min(40, 'summary is too short: at least 40 characters that answer the question')
    .max(180, 'summary is too long: keep it to one sentence of at most 180 characters')
    .refine((s) => !s.includes('\n'), 'summary must be a single line'),
  /** How people actually phrase this problem, in their words; indexed by search, not shown as a list. */
  aliases: z
    .array(
      z.string().trim().min(3, 'each alias needs at least 3 characters'),
      required('aliases', 'a list of ways people phrase this question'),
    )
    .min(1, 'aliases needs at least one phrasing'),
  /** Slugs of other questions worth reading next; each must exist. */
  related: z.array(
    z
      .string()
      .regex(
        slugPattern,
        'each related entry must be a question slug such as "what-is-amazon-mws"',
      ),
    required('related', 'a list of question slugs (use [] for none)'),
  ),
  /** Ids of wizards that carry out this question's procedure (file names in content/wizards/). */
  wizards: z.array(
    z
      .string()
      .regex(slugPattern, 'each wizards entry must be a wizard id such as "recover-sign-in"'),
    required('wizards', 'a list of wizard ids (use [] for none)'),
  ),
  /** The day a person last checked this answer against the source FAQ, YYYY-MM-DD. */
  reviewed: isoDateSchema('reviewed', '2026-11-28'),
});

export type FaqFrontmatter = z.output<typeof faqSchema>;
