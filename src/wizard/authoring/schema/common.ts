/**
 * Pieces every part of a wizard file shares: ids, names, non-empty text, dates, links.
 */
import { z } from 'astro/zod';
import { isoDateSchema } from '../../../lib/iso-date-schema.ts';

export const stepIdPattern = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
export const namePattern = /^[a-z][A-Za-z0-9]*$/;
export const valuePattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const words = (what: string) => z.string().trim().min(1, `${what} must not be empty`);

export const stepId = z
  .string()
  .regex(
    stepIdPattern,
    'a step id is written in lower case with hyphens, for example "business-name"',
  );

/** A field or computed value name, used in templates as {{name}}. */
export const name = z
  .string()
  .regex(
    namePattern,
    'a name is written in camelCase letters and digits, for example "developerId"',
  );

export const wizardId = z
  .string()
  .regex(
    stepIdPattern,
    'a wizard id is written in lower case with hyphens, for example "recover-sign-in"',
  );

export const faqSlug = z
  .string()
  .regex(
    stepIdPattern,
    'an FAQ slug is written in lower case with hyphens, for example "appeal-access-denial"',
  );

/** A calendar date written YYYY-MM-DD. */
export const isoDate = isoDateSchema('a date', '2026-03-20');

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
