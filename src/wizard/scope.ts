/** The values a template reads: answers on the path taken and computed values, as text. */
import { answerText, asList, chosenOptions, isAnswered, type Answers } from './answers.ts';
import {
  allFields,
  computedKind,
  computeValues,
  type ComputedValue,
  type DataItem,
} from './computed.ts';
import { formatLongDate, isIsoDate } from './dates.ts';
import type { Field, Wizard } from './schema.ts';
import type { Scope } from './template.ts';

function valueText(value: ComputedValue | undefined, isDate: boolean): string {
  if (typeof value !== 'string') return '';
  return isDate && isIsoDate(value) ? formatLongDate(value) : value;
}

function isTruthy(value: ComputedValue | string | number | undefined): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return value !== undefined && value !== false && value !== '' && value !== 0;
}

function itemScope(item: DataItem, parent: Scope): Scope {
  const has = (name: string) => Object.hasOwn(item, name);
  return {
    text: (name) => (has(name) ? String(item[name]) : parent.text(name)),
    truthy: (name) => (has(name) ? isTruthy(item[name]) : parent.truthy(name)),
    items: (name) => parent.items(name),
  };
}

function fieldItems(field: Field, answers: Answers): DataItem[] {
  if (field.kind === 'any-of') {
    return chosenOptions(field, answers[field.id]).map((o) => ({
      ...o.data,
      value: o.value,
      label: o.label,
      text: o.text ?? o.label,
    }));
  }
  return field.kind === 'id-list' ? asList(answers[field.id]).map((value) => ({ value })) : [];
}

export interface AnswerContext {
  scope: Scope;
  /** The YYYY-MM-DD value of a date field or date computed value, if it has one. */
  dateValue(name: string): string | undefined;
}

/** The template scope for these answers (already limited to the path taken). */
export function answerContext(def: Wizard, answers: Answers, today: string): AnswerContext {
  const fields = new Map(allFields(def).map((f) => [f.id, f]));
  const computed = computeValues(def, answers, today);
  const dateValues = new Set(
    def.computed.filter((c) => computedKind(c) === 'date').map((c) => c.id),
  );
  const scope: Scope = {
    text(name) {
      const field = fields.get(name);
      return field
        ? answerText(field, answers[name], 'output')
        : valueText(computed[name], dateValues.has(name));
    },
    truthy(name) {
      return fields.has(name) ? isAnswered(answers[name]) : isTruthy(computed[name]);
    },
    items(name) {
      const field = fields.get(name);
      const value = computed[name];
      const items = field
        ? fieldItems(field, answers)
        : Array.isArray(value)
          ? (value as readonly DataItem[])
          : [];
      return items.map((item) => itemScope(item, scope));
    },
  };
  const dateValue = (name: string) => {
    const value = computed[name] ?? answers[name];
    return typeof value === 'string' && isIsoDate(value) ? value : undefined;
  };
  return { scope, dateValue };
}
