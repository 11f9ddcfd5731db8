/**
 * The names in a wizard file: ids that must match the file or be unique, and the fields and
 * computed values templates can use, each checked against what it is worked out from.
 */
import { computedKind, fieldKind, type ValueKind } from '../value-kinds.ts';
import type { Computed, Field, Wizard } from '../schema/index.ts';
import type { WizardIndex } from '../wizard-index.ts';
import { didYouMean } from '../../../lib/edit-distance.ts';
import { duplicates, type Check, type NameInfo } from './check.ts';

type Report = Check['report'];

/** The id against the file name, and every id or key that must be unique. */
export function checkIds(def: Wizard, index: WizardIndex, file: string, report: Report): void {
  const expectedId = file.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/, '');
  if (def.id !== expectedId)
    report('', `id is "${def.id}" but the file is named "${expectedId}.yaml"; make them the same`);
  const { fields } = index;
  for (const id of duplicates(def.steps.map((s) => s.id)))
    report(`step "${id}"`, 'this step id is used more than once; give each step its own id');
  for (const id of duplicates([...fields.map((f) => f.id), ...def.computed.map((c) => c.id)])) {
    report(
      `"${id}"`,
      'this name is used by more than one field or computed value; templates could not tell them apart',
    );
  }
  const outputs = def.steps.flatMap((s) => (s.type === 'result' ? s.outputs.map((o) => o.id) : []));
  for (const id of duplicates(outputs))
    report(`output "${id}"`, 'this output id is used more than once');
  for (const id of duplicates(def.warnings.map((w) => w.id)))
    report(`warning "${id}"`, 'this warning id is used more than once');
  for (const key of duplicates(fields.flatMap((f) => (f.remember ? [f.remember] : []))))
    report(`remember "${key}"`, 'more than one field remembers this key; keep one');
}

function itemKeysOf(field: Field): Set<string> {
  if (field.kind === 'id-list') return new Set(['value']);
  if (field.kind !== 'any-of') return new Set();
  return new Set([
    'value',
    'label',
    'text',
    ...field.options.flatMap((o) => Object.keys(o.data ?? {})),
  ]);
}

/**
 * Every name a template or function can use, fields first, then the computed values in order
 * (each may use only earlier ones); a computed value naming something it cannot use is reported.
 */
export function collectNames(
  def: Wizard,
  index: WizardIndex,
  report: Report,
): Map<string, NameInfo> {
  const names = new Map<string, NameInfo>();
  for (const field of index.fields)
    names.set(field.id, {
      kind: fieldKind(field),
      itemKeys: itemKeysOf(field),
      fields: [field.id],
    });
  for (const computed of def.computed) {
    names.set(computed.id, computedName(computed, names, index, report));
  }
  return names;
}

function computedName(
  computed: Computed,
  names: ReadonlyMap<string, NameInfo>,
  index: WizardIndex,
  report: Report,
): NameInfo {
  const where = `computed "${computed.id}"`;
  const use = (property: string, name: string, kinds: ValueKind[], what: string) => {
    const found = names.get(name);
    if (!found) {
      report(
        where,
        `${property} names "${name}", which is not a field or an earlier computed value${didYouMean(name, names.keys())}`,
      );
    } else if (!kinds.includes(found.kind)) {
      report(where, `${property} names "${name}", which is not ${what}`);
    } else return found;
    return undefined;
  };
  let source: NameInfo | undefined;
  let itemKeys = new Set<string>();
  switch (computed.fn) {
    case 'businessDaysBefore':
    case 'businessDaysAfter':
    case 'beforeToday':
    case 'businessDaysFromToday':
      source = use('date', computed.date, ['date'], 'a date field or a date computed value');
      break;
    case 'today':
      break;
    case 'join':
      source = use(
        'from',
        computed.from,
        ['list', 'items'],
        'an any-of or id-list field or a collect value',
      );
      if (
        source?.kind === 'items' &&
        (computed.key === undefined || !source.itemKeys.has(computed.key))
      ) {
        report(
          where,
          `key must name the data to show for each item of "${computed.from}" (one of: ${[...source.itemKeys].join(', ')})`,
        );
      }
      break;
    case 'collect': {
      const field = index.fieldById.get(computed.from);
      if (field?.kind !== 'any-of') {
        report(where, `from names "${computed.from}", which is not an any-of field`);
        break;
      }
      source = names.get(field.id);
      for (const option of field.options.filter((o) => o.data?.[computed.key] === undefined)) {
        report(
          where,
          `option "${option.value}" of "${field.id}" has no data.${computed.key}; add it so the option can be collected`,
        );
      }
      itemKeys = new Set(field.options.flatMap((o) => Object.keys(o.data ?? {})));
      break;
    }
  }
  const kind = computedKind(computed);
  if (computed.label !== undefined && (!['date', 'text'].includes(kind) || !source?.fields.length))
    report(
      where,
      'label shows the value on "Check your answers" below the answer it comes from: only a date or text value worked out from an answer can have one',
    );
  return { kind, itemKeys, fields: source?.fields ?? [] };
}
