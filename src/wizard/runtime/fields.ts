/**
 * Raw input from the page (strings) → a stored, normalised answer, or an error written
 * for the person. Never throws, whatever it is given.
 */
import { asList, type AnswerValue } from './answers.ts';
import type { CompiledField } from './types.ts';
import { formatIsoDate, isRealDate, parseIsoDate } from './dates.ts';
import { normaliseIdList } from './ids.ts';
import type { Field } from '../authoring/schema/index.ts';
import { findSecret } from './secrets.ts';

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** What the page sends for one field: text and radios a string, checkboxes a list, dates three strings. */
export type RawValue = string | readonly string[] | DateParts;
export type RawInput = Readonly<Record<string, RawValue | undefined>>;

export interface FieldError {
  fieldId: string;
  /** The id of the input to focus from the error summary (`developerId`, `adjustmentDate-month`…). */
  inputId: string;
  message: string;
  /** On a date: the parts at fault, the only boxes marked; left out, the whole date is. */
  parts?: readonly DatePart[] | undefined;
}

export type ParsedField = { ok: true; value: AnswerValue } | { ok: false; error: FieldError };

const dateParts = ['day', 'month', 'year'] as const;
export type DatePart = (typeof dateParts)[number];

/** The years a date field accepts: every date a Seller Central case is about falls inside. */
export const dateFieldYears = { from: 2000, to: 2100 } as const;

const monthNames =
  'january february march april may june july august september october november december'.split(
    ' ',
  );

/**
 * A month as people type it: a number ("12"), or its name in full or cut short to three
 * letters or more, in any case ("Dec", "dec.", "Sept", "December"), as GOV.UK's date input
 * asks; NaN for anything else.
 */
export function monthNumber(text: string): number {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const word = text.toLowerCase().replace(/\.$/, '');
  const index = word.length < 3 ? -1 : monthNames.findIndex((name) => name.startsWith(word));
  return index === -1 ? NaN : index + 1;
}

/** The input id for one part of a date field. */
export function datePartId(field: Field, part: DatePart): string {
  return `${field.id}-${part}`;
}

/** Characters as a person counts them (code points, so an emoji is one). */
export function characterCount(text: string): number {
  return [...text].length;
}

/** "1,200" */
const thousands = (n: number) => n.toLocaleString('en');

/** "1 character", "1,200 characters". */
export function plural(n: number, word: string): string {
  return `${thousands(n)} ${word}${n === 1 ? '' : 's'}`;
}

export interface CharacterCounter {
  /** Negative when over the limit. */
  remaining: number;
  /** "You have 20 characters remaining" / "You have 3 characters too many". */
  message: string;
}

/** The counter under a text field with a maxLength, or undefined when it has none. */
export function characterCounter(field: Field, text: string): CharacterCounter | undefined {
  if ((field.kind !== 'long-text' && field.kind !== 'short-text') || field.maxLength === undefined)
    return undefined;
  const remaining = field.maxLength - characterCount(normaliseText(text, field.kind));
  const message = `You have ${plural(Math.abs(remaining), 'character')} ${remaining < 0 ? 'too many' : 'remaining'}`;
  return { remaining, message };
}

/**
 * Characters taken out of every typed answer on the way in, so no output carries them: control
 * characters; bidirectional embeddings, overrides, isolates and marks (U+202E can make a pasted
 * line read backwards); zero-width spaces, the word joiner and byte-order marks. The zero-width
 * joiner and non-joiner stay: emoji and several scripts are spelt with them.
 */
const hiddenCharacters =
  // eslint-disable-next-line no-control-regex -- control characters are what this finds
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u061C\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

/** Typed text as stored: no hidden characters, and a lone surrogate (no character at all) made U+FFFD. */
const cleanText = (raw: string) => raw.toWellFormed().replace(hiddenCharacters, '');

function normaliseText(raw: string, kind: 'short-text' | 'long-text'): string {
  const text = cleanText(raw.replace(/\r\n?/g, '\n'));
  return (kind === 'short-text' ? text.replace(/\s+/g, ' ') : text).trim();
}

/** The most characters an answer with no maxLength of its own may have (RFC 5321 for an email address). */
export const lengthLimits = { email: 254, id: 40 } as const;

const rawString = (raw: unknown) => (typeof raw === 'string' ? raw : '');

/** A string, or the strings in a list. */
const rawList = (raw: unknown) => [raw].flat().filter((item) => typeof item === 'string');

const wholeMatch = (pattern: string, text: string) =>
  new RegExp(`^(?:${pattern})$`, 'u').test(text);

const emailPattern = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/u;

/** A message with its placeholder filled in, the value as it is (`$` means nothing here). */
const fill = (message: string, placeholder: string, value: string) =>
  message.replaceAll(`{${placeholder}}`, () => value);

/** Parses one field. Its messages come settled from compile.ts; the counts are filled in here. */
export function parseField(field: CompiledField, raw: unknown): ParsedField {
  const { messages } = field;
  const fail = (message: string, id = field.inputId, parts?: DatePart[]): ParsedField => ({
    ok: false,
    error: { fieldId: field.id, inputId: id, message, ...(parts && { parts }) },
  });
  const ok = (value: AnswerValue): ParsedField => ({ ok: true, value });
  const missing = (): ParsedField =>
    field.required
      ? fail(messages.required)
      : ok(field.kind === 'any-of' || field.kind === 'id-list' ? [] : '');
  /** The error for text that looks like a credential, which is never shown back. */
  const secretIn = (text: string): ParsedField | undefined => {
    const secret = findSecret(text);
    return secret === undefined ? undefined : fail(fill(messages.secret!, 'secret', secret));
  };

  switch (field.kind) {
    case 'short-text':
    case 'long-text': {
      const text = normaliseText(rawString(raw), field.kind);
      if (text === '') return missing();
      const count = characterCount(text);
      if (count < (field.minLength ?? 0)) return fail(messages.minLength!);
      const max = field.maxLength ?? Infinity;
      if (count > max) {
        return fail(fill(messages.maxLength!, 'over', plural(count - max, 'character')));
      }
      const secret = secretIn(text);
      if (secret) return secret;
      if (
        field.kind === 'short-text' &&
        field.pattern !== undefined &&
        !wholeMatch(field.pattern, text)
      )
        return fail(messages.pattern!);
      return ok(text);
    }
    case 'email': {
      const text = cleanText(rawString(raw)).trim();
      if (text === '') return missing();
      if (characterCount(text) > lengthLimits.email) return fail(messages.maxLength!);
      return secretIn(text) ?? (emailPattern.test(text) ? ok(text) : fail(messages.format!));
    }
    case 'one-of': {
      const value = rawString(raw);
      if (value === '') return missing();
      return field.options.some((o) => o.value === value) ? ok(value) : fail(messages.format!);
    }
    case 'any-of': {
      const ticked = new Set(rawList(raw));
      const values = field.options.filter((o) => ticked.has(o.value)).map((o) => o.value);
      if (values.length < ticked.size) return fail(messages.format!);
      return values.length === 0 ? missing() : ok(values);
    }
    case 'id-list': {
      // Checked as typed, before upper case: a secret key keeps the mix of cases that gives it away.
      const typed = normaliseIdList(cleanText(rawString(raw)), { uppercase: false });
      if (typed.length === 0) return missing();
      const secret = secretIn(typed.join('\n'));
      if (secret) return secret;
      if (typed.some((id) => characterCount(id) > lengthLimits.id))
        return fail(messages.itemLength!);
      const ids = field.uppercase ? [...new Set(typed.map((id) => id.toUpperCase()))] : typed;
      const pattern = field.itemPattern;
      const bad = pattern === undefined ? undefined : ids.find((id) => !wholeMatch(pattern, id));
      if (bad !== undefined) return fail(fill(messages.pattern!, 'id', bad));
      const max = field.maxItems ?? Infinity;
      if (ids.length > max) {
        return fail(fill(messages.maxItems!, 'count', thousands(ids.length)));
      }
      return ok(ids);
    }
    case 'date': {
      const source: Partial<Record<DatePart, unknown>> =
        typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {};
      const part = (p: DatePart) => rawString(source[p]).trim();
      // GOV.UK: mark the parts at fault; the whole date when nothing is entered or it is impossible.
      const at = (parts: DatePart[], message = messages.format!) =>
        fail(message, datePartId(field, parts[0]), parts);
      const blank = dateParts.filter((p) => part(p) === '');
      if (blank.length === 3) return missing();
      if (blank[0]) return at(blank, fill(messages.parts!, 'parts', blank.join(' and ')));
      const month = monthNumber(part('month'));
      const notNumber = dateParts.filter((p) =>
        p === 'month' ? Number.isNaN(month) : !/^\d{1,4}$/.test(part(p)),
      );
      if (notNumber[0]) return at(notNumber);
      const year = Number(part('year'));
      if (part('year').length !== 4) return at(['year'], messages.year);
      if (year < dateFieldYears.from || year > dateFieldYears.to)
        return at(['year'], messages.yearRange);
      const date = { year, month, day: Number(part('day')) };
      if (date.month < 1 || date.month > 12) return at(['month']);
      if (date.day < 1 || date.day > 31) return at(['day']);
      if (isRealDate(date)) return ok(formatIsoDate(date));
      return fail(messages.format!, datePartId(field, 'day')); // 30 February: the whole date
    }
  }
}

/** A stored answer back as raw input, to fill the form when the person returns to a step. */
export function toRawValue(field: Field, value: AnswerValue | undefined): RawValue {
  switch (field.kind) {
    case 'date': {
      const date = typeof value === 'string' ? parseIsoDate(value) : undefined;
      return date
        ? { day: String(date.day), month: String(date.month), year: String(date.year) }
        : { day: '', month: '', year: '' };
    }
    case 'any-of':
      return asList(value);
    case 'id-list':
      return asList(value).join(', ');
    default:
      return typeof value === 'string' ? value : '';
  }
}
