/** Stored answers: normalised values keyed by field id. */
import { formatLongDate } from './dates.ts';
import type { Field, Option } from '../authoring/schema/index.ts';

/** Text fields, dates (YYYY-MM-DD) and one-of values are strings; any-of and id-list answers are lists. */
export type AnswerValue = string | readonly string[];
export type Answers = Readonly<Record<string, AnswerValue>>;

/** Whether a value has the shape of an answer: text, or a list of texts. */
export function isAnswerValue(value: unknown): value is AnswerValue {
  return (
    typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string'))
  );
}

/** Blank text and empty lists count as not answered. */
export function isAnswered(value: AnswerValue | undefined): boolean {
  return typeof value === 'string' ? value !== '' : Array.isArray(value) && value.length > 0;
}

export function asList(value: AnswerValue | undefined): readonly string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? (value === '' ? [] : [value]) : value;
}

function optionsOf(field: Field): readonly Option[] {
  return field.kind === 'one-of' || field.kind === 'any-of' ? field.options : [];
}

/** The options whose values are in the answer, in option order. */
export function chosenOptions(field: Field, value: AnswerValue | undefined): Option[] {
  const chosen = new Set(asList(value));
  return optionsOf(field).filter((o) => chosen.has(o.value));
}

/** "A, B and C" */
export function joinWords(
  items: readonly string[],
  separator = ', ',
  lastSeparator = ' and ',
): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(separator)}${lastSeparator}${items.at(-1)}`;
}

/** How an answer reads in the review (option labels) or inside an output (option `text` where given). */
export function answerText(
  field: Field,
  value: AnswerValue | undefined,
  mode: 'review' | 'output',
): string {
  if (!isAnswered(value)) return '';
  switch (field.kind) {
    case 'date':
      return formatLongDate(String(value));
    case 'one-of':
    case 'any-of':
      return joinWords(
        chosenOptions(field, value).map((o) => (mode === 'output' ? (o.text ?? o.label) : o.label)),
      );
    case 'id-list':
      return asList(value).join(', ');
    default:
      return String(value);
  }
}
