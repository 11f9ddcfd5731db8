/**
 * Raw input from the page (strings) → a stored, normalised answer, or an error written
 * for the person. Never throws, whatever it is given.
 */
import { asList, type AnswerValue } from './answers.ts';
import { formatIsoDate, isRealDate, parseIsoDate } from './dates.ts';
import { normaliseIdList } from './ids.ts';
import type { Field } from './schema.ts';
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
}

export type ParsedField = { ok: true; value: AnswerValue } | { ok: false; error: FieldError };

const dateParts = ['day', 'month', 'year'] as const;
type DatePart = (typeof dateParts)[number];

/** The input id for one part of a date field. */
export function datePartId(field: Field, part: DatePart): string {
  return `${field.id}-${part}`;
}

/** The id of the radio or checkbox for option `index`: the first carries the field id itself. */
export function optionInputId(field: Field, index: number): string {
  const option =
    field.kind === 'one-of' || field.kind === 'any-of' ? field.options[index] : undefined;
  return index === 0 || !option ? field.id : `${field.id}-${option.value}`;
}

/** The input an error on this field links to. */
export function inputId(field: Field): string {
  return field.kind === 'date' ? datePartId(field, 'day') : field.id;
}

/** Characters as a person counts them (code points, so an emoji is one). */
export function characterCount(text: string): number {
  return [...text].length;
}

function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function plural(n: number, word: string): string {
  return `${thousands(n)} ${word}${n === 1 ? '' : 's'}`;
}

export interface CharacterCounter {
  count: number;
  max: number;
  /** Negative when over the limit. */
  remaining: number;
  /** "You have 20 characters remaining" / "You have 3 characters too many". */
  message: string;
}

/** The counter under a long-text field with a maxLength, or undefined when it has none. */
export function characterCounter(field: Field, text: string): CharacterCounter | undefined {
  if ((field.kind !== 'long-text' && field.kind !== 'short-text') || field.maxLength === undefined)
    return undefined;
  const count = characterCount(normaliseText(text, field.kind));
  const remaining = field.maxLength - count;
  const message =
    remaining >= 0
      ? `You have ${plural(remaining, 'character')} remaining`
      : `You have ${plural(-remaining, 'character')} too many`;
  return { count, max: field.maxLength, remaining, message };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

function normaliseText(raw: string, kind: 'short-text' | 'long-text'): string {
  const text = raw.replace(/\r\n?/g, '\n').replace(controlCharacters, '');
  return (kind === 'short-text' ? text.replace(/\s+/g, ' ') : text).trim();
}

function rawString(raw: unknown): string {
  return typeof raw === 'string' ? raw : '';
}

function rawList(raw: unknown): string[] {
  if (typeof raw === 'string') return [raw];
  return Array.isArray(raw) ? raw.filter((item): item is string => typeof item === 'string') : [];
}

function wholeMatch(pattern: string, text: string): boolean {
  return new RegExp(`^(?:${pattern})$`, 'u').test(text);
}

const emailPattern = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/u;

/**
 * Parses one field. `noun` names the answer in default messages ("your Developer ID").
 */
export function parseField(field: Field, raw: unknown, noun: string): ParsedField {
  const fail = (message: string, id = inputId(field)): ParsedField => ({
    ok: false,
    error: { fieldId: field.id, inputId: id, message },
  });
  const ok = (value: AnswerValue): ParsedField => ({ ok: true, value });
  const missing = (fallback: string): ParsedField =>
    field.required
      ? fail(field.messages?.required ?? fallback)
      : ok(field.kind === 'any-of' || field.kind === 'id-list' ? [] : '');

  switch (field.kind) {
    case 'short-text':
    case 'long-text': {
      const text = normaliseText(rawString(raw), field.kind);
      if (text === '') return missing(`Enter ${noun}`);
      const count = characterCount(text);
      if (field.minLength !== undefined && count < field.minLength) {
        return fail(
          field.messages?.minLength ??
            `${capitalise(noun)} must be ${plural(field.minLength, 'character')} or more`,
        );
      }
      if (field.maxLength !== undefined && count > field.maxLength) {
        return fail(
          field.messages?.maxLength ??
            `${capitalise(noun)} must be ${plural(field.maxLength, 'character')} or fewer. Shorten it by ${plural(count - field.maxLength, 'character')}.`,
        );
      }
      if (
        field.kind === 'short-text' &&
        field.pattern !== undefined &&
        !wholeMatch(field.pattern, text)
      ) {
        return fail(field.messages?.pattern ?? `Check ${noun} and type it again`);
      }
      return secretOr(text);
    }
    case 'email': {
      const text = rawString(raw).trim();
      if (text === '') return missing(`Enter ${noun}`);
      if (!emailPattern.test(text)) {
        return fail(
          field.messages?.format ??
            'Enter an email address in the correct format, like name@example.com',
        );
      }
      return ok(text);
    }
    case 'date':
      return parseDate(field, raw, noun);
    case 'one-of': {
      const value = rawString(raw);
      if (value === '')
        return missing(field.blank ? `Select ${noun}` : 'Select one of the options');
      if (!field.options.some((o) => o.value === value))
        return fail('Select one of the options shown');
      return ok(value);
    }
    case 'any-of': {
      const ticked = new Set(rawList(raw));
      const values = field.options.filter((o) => ticked.has(o.value)).map((o) => o.value);
      if (values.length < ticked.size) return fail('Select only the options shown');
      if (values.length === 0)
        return missing(field.blank ? `Select ${noun}` : 'Select at least one option');
      return ok(values);
    }
    case 'id-list': {
      const ids = normaliseIdList(rawString(raw).replace(controlCharacters, ''), {
        uppercase: field.uppercase,
      });
      if (ids.length === 0) return missing(`Enter ${noun}`);
      const pattern = field.itemPattern;
      const bad = pattern === undefined ? undefined : ids.find((id) => !wholeMatch(pattern, id));
      if (bad !== undefined) {
        return fail(
          (field.messages?.pattern ?? `Check "{id}" in ${noun} and correct it`).replaceAll(
            '{id}',
            bad,
          ),
        );
      }
      if (field.maxItems !== undefined && ids.length > field.maxItems) {
        return fail(
          field.messages?.maxItems ??
            `Enter ${plural(field.maxItems, 'ID')} or fewer; you entered ${thousands(ids.length)}`,
        );
      }
      return secretOr(ids);
    }
  }

  function secretOr(value: string | string[]): ParsedField {
    const secret = findSecret(asList(value).join('\n'));
    return secret ? fail(secret.message) : ok(value);
  }
}

function isDateParts(raw: unknown): raw is Partial<Record<DatePart, unknown>> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw);
}

function parseDate(field: Field & { kind: 'date' }, raw: unknown, noun: string): ParsedField {
  const source = isDateParts(raw) ? raw : {};
  const parts = Object.fromEntries(
    dateParts.map((p) => [p, rawString(source[p]).trim()]),
  ) as Record<DatePart, string>;
  const fail = (message: string, part: DatePart): ParsedField => ({
    ok: false,
    error: { fieldId: field.id, inputId: datePartId(field, part), message },
  });
  const blank = dateParts.filter((p) => parts[p] === '');
  if (blank.length === 3) {
    return field.required
      ? fail(field.messages?.required ?? `Enter ${noun}`, 'day')
      : { ok: true, value: '' };
  }
  const [firstBlank] = blank;
  if (firstBlank)
    return fail(`${capitalise(noun)} must include a ${blank.join(' and ')}`, firstBlank);
  const notNumber = dateParts.find((p) => !/^\d{1,4}$/.test(parts[p]));
  const realDate =
    field.messages?.format ?? `${capitalise(noun)} must be a real date, for example 20 3 2026`;
  if (notNumber) return fail(realDate, notNumber);
  if (parts.year.length !== 4) return fail('Year must include 4 numbers, for example 2026', 'year');
  const date = { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) };
  if (date.month < 1 || date.month > 12) return fail(realDate, 'month');
  if (!isRealDate(date)) return fail(realDate, 'day');
  return { ok: true, value: formatIsoDate(date) };
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

/** Whether a stored value has the shape this field stores (for restoring saved state). */
export function isStoredValue(field: Field, value: unknown): value is AnswerValue {
  if (field.kind === 'any-of' || field.kind === 'id-list') {
    return Array.isArray(value) && value.every((v) => typeof v === 'string');
  }
  return typeof value === 'string';
}
