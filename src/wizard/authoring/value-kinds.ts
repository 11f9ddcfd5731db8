/** Fields and computed values by the kind of value they hold, for checking how templates use them. */
import type { Computed, Field } from './schema/index.ts';

/** What kind of value a name holds, for checking how templates and functions use it. */
export type ValueKind = 'text' | 'date' | 'flag' | 'list' | 'items';

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
    case 'businessDaysFromToday':
      return 'text';
    case 'collect':
      return 'items';
  }
}
