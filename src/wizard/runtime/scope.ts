/**
 * The values a template reads: answers on the path taken and computed values. Each computed
 * value names one engine function (`fn`) and the answers it reads. Today is always passed in
 * as YYYY-MM-DD, so tests and the browser clock decide it.
 */
import { answerText, isAnswered, joinWords, type Answers } from './answers.ts';
import type { CompiledComputed, CompiledWizard } from './types.ts';
import { allFields, collect, fieldItems, type ComputedValue } from './values.ts';
import { businessDaysBetween, formatLongDate, isIsoDate, shiftBusinessDays } from './dates.ts';
import { plural } from './fields.ts';
import { isTruthy, type Scope, type TemplateValue } from './template.ts';

export interface AnswerContext {
  scope: Scope;
  /** The YYYY-MM-DD value of a date field or date computed value, if it has one. */
  dateValue(name: string): string | undefined;
}

/** The template scope for these answers (already limited to the path taken). */
export function answerContext(def: CompiledWizard, answers: Answers, today: string): AnswerContext {
  const values: Record<string, TemplateValue> = {};
  const raw: Record<string, ComputedValue | Answers[string] | undefined> = { ...answers };
  const dateValue = (name: string) => {
    const value = raw[name];
    return typeof value === 'string' && isIsoDate(value) ? value : undefined;
  };
  for (const field of allFields(def)) {
    const answer = answers[field.id];
    values[field.id] = {
      text: answerText(field, answer, 'output'),
      truthy: isAnswered(answer),
      items: fieldItems(field, answer),
    };
  }

  const compute = (value: CompiledComputed): ComputedValue | undefined => {
    switch (value.fn) {
      case 'businessDays': {
        const from = dateValue(value.date);
        const to = from && shiftBusinessDays(from, value.days, value.direction, def.holidays);
        // A day before year 1 or after 9999 has no YYYY-MM-DD name: no value, never a throw.
        return to && isIsoDate(to) ? to : undefined;
      }
      case 'today':
        return today;
      case 'beforeToday': {
        const date = dateValue(value.date);
        return date === undefined ? undefined : date < today;
      }
      case 'businessDaysFromToday': {
        const date = dateValue(value.date);
        if (date === undefined || date < today) return undefined;
        const days = businessDaysBetween(today, date, def.holidays);
        return days === 0 ? 'today' : `${plural(days, 'business day')} from today`;
      }
      case 'join': {
        const items = values[value.from]?.items ?? [];
        const shown = items.map((item) => String(item[value.key] ?? ''));
        return joinWords(shown, value.separator, value.lastSeparator);
      }
      case 'collect': {
        const field = allFields(def).find((f) => f.id === value.from);
        return field ? collect(field, answers[value.from], value.key) : [];
      }
    }
  };
  // In the order declared: each may read the ones before it.
  for (const computed of def.computed) {
    const value = compute(computed);
    raw[computed.id] = value;
    values[computed.id] = {
      text:
        typeof value !== 'string'
          ? ''
          : def.dates.includes(computed.id)
            ? formatLongDate(value)
            : value,
      truthy: isTruthy(value),
      items: Array.isArray(value) ? value : [],
    };
  }
  return { scope: (name) => values[name], dateValue };
}
