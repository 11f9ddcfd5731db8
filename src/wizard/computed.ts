/**
 * Computed values: each names one engine function (`fn`) and the answers it reads. Today is
 * always passed in as YYYY-MM-DD, so tests and the browser clock decide it.
 */
import { asList, chosenOptions, joinWords, type Answers } from './answers.ts';
import { isIsoDate, shiftBusinessDays } from './dates.ts';
import type { Computed, Field, Wizard } from './schema.ts';

export type DataItem = Readonly<Record<string, string | number | boolean>>;
export type ComputedValue = string | boolean | readonly DataItem[];
export type ComputedValues = Readonly<Record<string, ComputedValue | undefined>>;

/** What kind of value a name holds, for checking how templates and functions use it. */
export type ValueKind = 'text' | 'date' | 'flag' | 'list' | 'items';

export function allFields(def: Wizard): Field[] {
  return def.steps.flatMap((step) => (step.type === 'question' ? step.fields : []));
}

export function fieldKind(field: Field): ValueKind {
  if (field.kind === 'date') return 'date';
  return field.kind === 'any-of' || field.kind === 'id-list' ? 'list' : 'text';
}

export function computedKind(computed: Computed): ValueKind {
  switch (computed.fn) {
    case 'businessDaysBefore':
    case 'businessDaysAfter':
    case 'today':
      return 'date';
    case 'beforeToday':
      return 'flag';
    case 'join':
      return 'text';
    case 'collect':
      return 'items';
  }
}

/** The data objects of the ticked options, the first one for each value of `key`. */
export function collect(field: Field, value: Answers[string] | undefined, key: string): DataItem[] {
  const seen = new Set<string>();
  return chosenOptions(field, value).flatMap((option) => {
    const data = option.data;
    const id = data?.[key];
    if (!data || id === undefined || seen.has(String(id))) return [];
    seen.add(String(id));
    return [data];
  });
}

/** Every computed value, in the order declared, from the answers on the path taken. */
export function computeValues(def: Wizard, answers: Answers, today: string): ComputedValues {
  const fields = new Map(allFields(def).map((f) => [f.id, f]));
  const holidays = new Set(def.holidays);
  const values: Record<string, ComputedValue | undefined> = {};
  const read = (name: string) => values[name] ?? answers[name];
  const dateOf = (name: string) => {
    const value = read(name);
    return typeof value === 'string' && isIsoDate(value) ? value : undefined;
  };
  const listOf = (name: string, key: string | undefined): string[] => {
    const field = fields.get(name);
    if (field) {
      return field.kind === 'any-of'
        ? chosenOptions(field, answers[name]).map((o) => o.text ?? o.label)
        : [...asList(answers[name])];
    }
    const items = values[name];
    return Array.isArray(items) ? items.map((item: DataItem) => String(item[key ?? ''] ?? '')) : [];
  };

  for (const computed of def.computed) {
    values[computed.id] = (() => {
      switch (computed.fn) {
        case 'businessDaysBefore':
        case 'businessDaysAfter': {
          const from = dateOf(computed.date);
          const direction = computed.fn === 'businessDaysAfter' ? 1 : -1;
          return from && shiftBusinessDays(from, computed.days, direction, holidays);
        }
        case 'today':
          return today;
        case 'beforeToday': {
          const date = dateOf(computed.date);
          return date === undefined ? undefined : date < today;
        }
        case 'join': {
          const items = listOf(computed.from, computed.key);
          return joinWords(items, computed.separator, computed.lastSeparator ?? computed.separator);
        }
        case 'collect': {
          const field = fields.get(computed.from);
          return field ? collect(field, answers[computed.from], computed.key) : [];
        }
      }
    })();
  }
  return values;
}
