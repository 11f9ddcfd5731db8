/**
 * Build-time checks of a wizard file. Every problem becomes one line naming the file, the
 * step (or other part) and what is wrong, written for the person editing the YAML.
 */
import type { z } from 'astro/zod';
import { conditionFields, conditionValues } from './conditions.ts';
import { allFields, computedKind, fieldKind, type ValueKind } from './computed.ts';
import { alwaysAskedBefore, findLoops, reachableFrom, successors } from './graph.ts';
import { wizardSchema, type Condition, type Field, type Step, type Wizard } from './schema.ts';
import { parseTemplate, templateReferences } from './template.ts';

export class WizardContentError extends Error {
  /** One line per problem. */
  readonly problems: string[];

  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.name = 'WizardContentError';
    this.problems = problems;
  }
}

/**
 * Parses and checks one wizard file's data; `file` is its path for messages, for example
 * `content/wizards/appeal-request.yaml`. Throws a WizardContentError listing every problem.
 */
export function validateWizard(raw: unknown, file: string): Wizard {
  const parsed = wizardSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.flatMap((issue) => unwrapUnion(issue));
    throw new WizardContentError(issues.map((issue) => `${file}: ${describeIssue(raw, issue)}`));
  }
  const problems = checkWizard(parsed.data, file);
  if (problems.length > 0) throw new WizardContentError(problems);
  return parsed.data;
}

// ---------------------------------------------------------------------------------------
// Schema problems

type Issue = z.core.$ZodIssue;

function prop(value: unknown, key: PropertyKey): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<PropertyKey, unknown>)[key]
    : undefined;
}

function idOf(value: unknown, index: number, key: 'id' | 'value' | 'name' | undefined): string {
  const id = key === undefined ? undefined : prop(value, key);
  return typeof id === 'string' ? `"${id}"` : `${index + 1}`;
}

/** How a list's items are named in messages: by which property, or (undefined) by number. */
const partNames: Record<string, [string, 'id' | 'value' | 'name' | undefined]> = {
  steps: ['step', 'id'],
  fields: ['field', 'id'],
  options: ['option', 'value'],
  outputs: ['output', 'id'],
  computed: ['computed', 'id'],
  warnings: ['warning', 'id'],
  rules: ['rule', undefined],
  examples: ['example', 'name'],
  next: ['next entry', undefined],
};

/** `steps.2.fields.0.maxLength` → `step "reason": field "impact": maxLength`. */
function describePath(raw: unknown, path: readonly PropertyKey[]): string[] {
  const parts: string[] = [];
  let value = raw;
  for (let i = 0; i < path.length; i += 1) {
    const key = path[i] as PropertyKey;
    const index = path[i + 1];
    const part = partNames[String(key)];
    value = prop(value, key);
    if (part && typeof index === 'number' && Array.isArray(value)) {
      parts.push(`${part[0]} ${idOf(value[index], index, part[1])}`);
      value = value[index];
      i += 1;
    } else {
      parts.push(typeof key === 'number' ? `item ${key + 1}` : String(key));
    }
  }
  return parts;
}

/**
 * A union (`next`: a step id or a list) reports that nothing matched; when exactly one of its
 * options fits the value's type, its own issues say far more, so they are reported instead.
 */
function unwrapUnion(issue: Issue): Issue[] {
  if (issue.code !== 'invalid_union') return [issue];
  const fitting = issue.errors.filter((issues) => issues.every((i) => i.path.length > 0));
  const [only] = fitting;
  if (fitting.length !== 1 || !only) return [issue];
  return only.flatMap((inner) => unwrapUnion({ ...inner, path: [...issue.path, ...inner.path] }));
}

function describeIssue(raw: unknown, issue: Issue): string {
  const parts = describePath(raw, issue.path);
  const last = parts.at(-1) ?? 'the file';
  const where = parts.length > 1 ? `${parts.slice(0, -1).join(': ')}: ` : '';
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `"${k}"`).join(', ');
    return `${parts.length > 0 ? `${parts.join(': ')}: ` : ''}unknown ${issue.keys.length === 1 ? 'property' : 'properties'} ${keys}; check the spelling or remove it`;
  }
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) {
    return `${where}${last} is missing; add it`;
  }
  if (issue.code === 'invalid_type') {
    const expected = {
      string: 'text',
      number: 'a number',
      boolean: 'true or false',
      array: 'a list',
      object: 'a mapping',
    }[String(issue.expected)];
    return `${where}${last} must be ${expected ?? issue.expected}`;
  }
  return `${where}${last}: ${issue.message}`;
}

// ---------------------------------------------------------------------------------------
// Problems across the file

interface NameInfo {
  kind: ValueKind;
  /** For lists: the names an {{#each}} item has. */
  itemKeys: Set<string>;
  /** The fields it is worked out from. */
  fields: string[];
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const next = [i];
    for (let j = 1; j <= b.length; j += 1) {
      next[j] = Math.min(
        (row[j] ?? 0) + 1,
        (next[j - 1] ?? 0) + 1,
        (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    row = next;
  }
  return row[b.length] ?? 0;
}

function suggest(name: string, known: Iterable<string>): string {
  const close = [...known].find((k) => editDistance(k.toLowerCase(), name.toLowerCase()) <= 2);
  return close ? ` (did you mean "${close}"?)` : '';
}

function duplicates(ids: string[]): string[] {
  return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
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

/** Every problem in a parsed wizard, one line each. */
export function checkWizard(def: Wizard, file: string): string[] {
  const problems: string[] = [];
  const report = (where: string, problem: string) =>
    problems.push(`${file}: ${where ? `${where}: ` : ''}${problem}`);
  const fields = allFields(def);
  const fieldById = new Map(fields.map((f) => [f.id, f]));
  const stepById = new Map(def.steps.map((s) => [s.id, s]));
  const stepOfField = new Map(
    def.steps.flatMap((s) =>
      s.type === 'question' ? s.fields.map((f) => [f.id, s.id] as const) : [],
    ),
  );

  const expectedId = file.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/, '');
  if (def.id !== expectedId)
    report('', `id is "${def.id}" but the file is named "${expectedId}.yaml"; make them the same`);

  // Duplicates
  for (const id of duplicates(def.steps.map((s) => s.id)))
    report(`step "${id}"`, 'this step id is used more than once; give each step its own id');
  const names = [...fields.map((f) => f.id), ...def.computed.map((c) => c.id)];
  for (const id of duplicates(names)) {
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
  for (const key of duplicates(fields.flatMap((f) => (f.remember ? [f.remember] : [])))) {
    report(`remember "${key}"`, 'more than one field remembers this key; keep one');
  }

  // Names a template or function can use
  const info = new Map<string, NameInfo>();
  for (const field of fields)
    info.set(field.id, { kind: fieldKind(field), itemKeys: itemKeysOf(field), fields: [field.id] });
  for (const computed of def.computed) {
    const where = `computed "${computed.id}"`;
    const use = (
      property: string,
      name: string,
      kinds: ValueKind[],
      what: string,
    ): NameInfo | undefined => {
      const found = info.get(name);
      if (!found) {
        report(
          where,
          `${property} names "${name}", which is not a field or an earlier computed value${suggest(name, info.keys())}`,
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
        const field = fieldById.get(computed.from);
        if (field?.kind !== 'any-of') {
          report(where, `from names "${computed.from}", which is not an any-of field`);
          break;
        }
        source = info.get(field.id);
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
    if (
      computed.label !== undefined &&
      (!['date', 'text'].includes(kind) || !source?.fields.length)
    )
      report(
        where,
        'label shows the value on "Check your answers" below the answer it comes from: only a date or text value worked out from an answer can have one',
      );
    info.set(computed.id, { kind, itemKeys, fields: source?.fields ?? [] });
  }

  // The graph
  const [first] = def.steps;
  const reachable = first ? reachableFrom(def, first.id) : new Set<string>();
  const loops = findLoops(def);
  for (const loop of loops) {
    report(
      `step "${loop.at(-2)}"`,
      `next leads back to "${loop.at(-1)}", which makes a loop (${loop.join(' → ')}); a wizard must always move on`,
    );
  }
  const asked = loops.length === 0 ? alwaysAskedBefore(def) : new Map<string, Set<string>>();
  const comesBefore = (earlier: string, later: string) =>
    earlier === later || reachableFrom(def, earlier).has(later);

  const checkCondition = (condition: Condition, where: string, stepId: string) => {
    for (const name of conditionFields(condition)) {
      const field = fieldById.get(name);
      const askedOn = stepOfField.get(name);
      if (!field)
        report(
          where,
          `when names "${name}", which is not a field${suggest(name, fieldById.keys())}`,
        );
      else if (askedOn && !comesBefore(askedOn, stepId)) {
        report(
          where,
          `when names "${name}", which is asked on step "${askedOn}"; that step never comes before this one`,
        );
      }
    }
    for (const { field: name, value } of conditionValues(condition)) {
      const field = fieldById.get(name);
      if (
        field &&
        (field.kind === 'one-of' || field.kind === 'any-of') &&
        !field.options.some((o) => o.value === value)
      ) {
        const values = field.options.map((o) => o.value).join(', ');
        report(
          where,
          `when compares "${name}" with "${value}", which is not one of its options (${values})`,
        );
      }
    }
  };

  const checkTemplate = (template: string, where: string, stepId: string | undefined) => {
    const parsed = parseTemplate(template);
    if (!parsed.ok) {
      report(where, `template: ${parsed.error}`);
      return;
    }
    const available = stepId === undefined ? undefined : asked.get(stepId);
    for (const ref of templateReferences(parsed.nodes)) {
      const tag = ref.use === 'value' ? `{{${ref.name}}}` : `{{#${ref.use} ${ref.name}}}`;
      if (ref.within.some((list) => info.get(list)?.itemKeys.has(ref.name))) continue;
      const found = info.get(ref.name);
      if (!found) {
        report(
          where,
          `template names "${tag}", which is not a field or computed value${suggest(ref.name, info.keys())}`,
        );
      } else if (ref.use === 'value' && found.kind === 'flag') {
        report(where, `"${tag}" is a yes/no value; use it as {{#if ${ref.name}}}…{{/if}}`);
      } else if (ref.use === 'value' && found.kind === 'items') {
        report(
          where,
          `"${tag}" is a list of items; use {{#each ${ref.name}}}…{{/each}} or a join computed value`,
        );
      } else if (ref.use === 'each' && found.kind !== 'list' && found.kind !== 'items') {
        report(
          where,
          `"${tag}" needs a list (an any-of or id-list field, or a collect value); "${ref.name}" is not one`,
        );
      } else if (
        available &&
        ref.use !== 'if' &&
        ref.use !== 'unless' &&
        !ref.guards.includes(ref.name)
      ) {
        const missing = found.fields.find((f) => !available.has(f));
        if (missing) {
          report(
            where,
            `"${tag}" may be empty: not every path to this step asks "${missing}"; wrap it in {{#if ${ref.name}}}…{{/if}}`,
          );
        }
      }
    }
  };

  for (const step of def.steps) checkStep(step);

  function checkStep(step: Step) {
    const where = `step "${step.id}"`;
    if (first && !reachable.has(step.id))
      report(where, 'no path reaches this step; send a next or a goto to it, or remove it');
    if (step.type !== 'exit' && step.type !== 'result') {
      if (step.next === undefined) {
        report(
          where,
          'has no next, so the wizard would stop here with no way on; add next: <step id>, or make it an exit',
        );
      } else if (typeof step.next !== 'string') {
        const branches = step.next;
        const defaults = branches.flatMap((b, i) => (b.when === undefined ? [i] : []));
        if (defaults.length === 0)
          report(
            where,
            'next has no default; end the list with an entry without when (- goto: <step id>)',
          );
        for (const i of defaults.filter((i) => i !== branches.length - 1)) {
          report(
            where,
            `next entry ${i + 1} has no when but is not the last, so the entries after it are never used; move it to the end`,
          );
        }
        branches.forEach(
          (branch, i) =>
            branch.when && checkCondition(branch.when, `${where}: next entry ${i + 1}`, step.id),
        );
      }
      for (const target of successors(step).filter((id) => !stepById.has(id))) {
        report(
          where,
          `next goes to "${target}", which is not a step id${suggest(target, stepById.keys())}`,
        );
      }
    }
    if (step.type === 'question') checkQuestion(step, where);
    if (step.type === 'info') checkTemplate(step.text, where, step.id);
    if (step.type === 'result') {
      for (const output of step.outputs) {
        const at = `${where}: output "${output.id}"`;
        checkTemplate(output.template, at, step.id);
        if (output.calendar) {
          const date = info.get(output.calendar.date);
          if (date?.kind !== 'date')
            report(
              at,
              `calendar date names "${output.calendar.date}", which is not a date field or date computed value`,
            );
          checkTemplate(output.calendar.title, `${at}: calendar title`, step.id);
          if (output.calendar.description)
            checkTemplate(output.calendar.description, `${at}: calendar description`, step.id);
        }
      }
    }
  }

  function checkQuestion(step: Step & { type: 'question' }, where: string) {
    for (const field of step.fields) {
      const at = `${where}: field "${field.id}"`;
      if (step.fields.length > 1 && field.label === undefined) {
        report(
          at,
          'needs a label: this step has more than one field, so the step title cannot stand for each',
        );
      }
      const pattern =
        field.kind === 'short-text'
          ? field.pattern
          : field.kind === 'id-list'
            ? field.itemPattern
            : undefined;
      if (pattern !== undefined) {
        try {
          new RegExp(pattern, 'u');
        } catch {
          report(at, `the pattern "${pattern}" is not a valid regular expression`);
        }
        if (
          field.messages === undefined ||
          !('pattern' in field.messages) ||
          !field.messages.pattern
        ) {
          report(
            at,
            'a pattern needs messages.pattern: say in plain words what the answer must look like',
          );
        }
      }
      if (
        (field.kind === 'short-text' || field.kind === 'long-text') &&
        (field.minLength ?? 0) > (field.maxLength ?? Infinity)
      ) {
        report(at, 'minLength is larger than maxLength, so no answer could pass');
      }
      if (field.kind === 'one-of' || field.kind === 'any-of') {
        for (const value of duplicates(field.options.map((o) => o.value)))
          report(at, `option value "${value}" is used more than once`);
      }
    }
    step.rules.forEach((rule, i) => {
      const at = `${where}: rule ${i + 1}`;
      if (!step.fields.some((f) => f.id === rule.field))
        report(
          at,
          `field "${rule.field}" is not on this step; a rule shows its error on a field of its own step`,
        );
      if (rule.rule === 'required-when') checkCondition(rule.when, at, step.id);
      else if (rule.rule === 'date-within') {
        if (fieldById.get(rule.field)?.kind !== 'date')
          report(at, `"${rule.field}" is not a date field, so date-within cannot check it`);
        if (rule.daysBefore === undefined && rule.daysAfter === undefined)
          report(at, 'date-within needs daysBefore, daysAfter or both');
      } else {
        for (const name of [rule.field, rule.other]) {
          if (fieldById.get(name)?.kind !== 'date')
            report(at, `"${name}" is not a date field, so ${rule.rule} cannot compare it`);
          else if (!comesBefore(stepOfField.get(name) ?? step.id, step.id))
            report(at, `"${name}" is asked on a step that never comes before this one`);
        }
      }
    });
  }

  for (const warning of def.warnings) {
    const where = `warning "${warning.id}"`;
    if (!info.has(warning.if))
      report(
        where,
        `if names "${warning.if}", which is not a field or computed value${suggest(warning.if, info.keys())}`,
      );
    for (const id of warning.showOn.filter((id) => !stepById.has(id)))
      report(where, `showOn names "${id}", which is not a step id`);
    checkTemplate(warning.text, where, undefined);
  }

  def.examples.forEach((example, i) => {
    const where = `example "${example.name}"`;
    for (const name of Object.keys(example.answers).filter((n) => !fieldById.has(n))) {
      report(
        where,
        `answers names "${name}", which is not a field${suggest(name, fieldById.keys())}`,
      );
    }
    for (const id of example.path.filter((id) => !stepById.has(id)))
      report(where, `path names "${id}", which is not a step id`);
    const end = stepById.get(example.path.at(-1) ?? '');
    const outputIds = end?.type === 'result' ? end.outputs.map((o) => o.id) : [];
    for (const id of Object.keys(example.outputs).filter((id) => !outputIds.includes(id))) {
      report(where, `outputs names "${id}", which is not an output of the step the path ends on`);
    }
    for (const id of example.warnings.filter((id) => !def.warnings.some((w) => w.id === id))) {
      report(where, `warnings names "${id}", which is not a warning id`);
    }
    if (def.examples.findIndex((e) => e.name === example.name) !== i)
      report(where, 'another example has the same name');
  });

  return problems;
}

/** Kinds of field that can offer each other a remembered value: one ID and a list of IDs. */
const sharing = (kind: Field['kind']) => (kind === 'id-list' ? 'short-text' : kind);

/** What the checks across wizard files need to know about one file. */
export interface WizardFile {
  file: string;
  wizard: Wizard;
}

/**
 * Problems that span wizard files: a step offering a wizard that does not exist, and a
 * `remember` key shared by fields of different kinds (a date offered to an email field).
 */
export function crossCheckWizards(files: readonly WizardFile[]): string[] {
  const ids = new Set(files.map((f) => f.wizard.id));
  const kinds = new Map<string, { kind: Field['kind']; file: string; field: string }>();
  return files.flatMap(({ file, wizard }) => [
    ...wizard.steps.flatMap((step) =>
      (step.type === 'info' || step.type === 'exit') &&
      step.wizard !== undefined &&
      !ids.has(step.wizard)
        ? [
            `${file}: step "${step.id}": wizard names "${step.wizard}", but there is no content/wizards/${step.wizard}.yaml`,
          ]
        : [],
    ),
    ...allFields(wizard).flatMap((field) => {
      if (field.remember === undefined) return [];
      const first = kinds.get(field.remember);
      if (!first) kinds.set(field.remember, { kind: field.kind, file, field: field.id });
      return first && sharing(first.kind) !== sharing(field.kind)
        ? [
            `${file}: field "${field.id}": remember "${field.remember}" is a ${first.kind} field in ${first.file} ("${first.field}") but ${field.kind} here; use another key`,
          ]
        : [];
    }),
  ]);
}
