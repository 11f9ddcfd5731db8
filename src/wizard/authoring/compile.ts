/**
 * The wizard as the engine runs it, prepared at build time. Everything that does not depend
 * on the answers is settled here once: templates are parsed into nodes; every field gets its
 * label, its noun, its input ids and all its error messages; each step's way on becomes a list
 * of branches naming the fields they read; links, computed values and the steps that show a
 * warning are resolved. The browser receives this form as a prop, so it ships neither the
 * template parser nor the default wording, and never reads what it does not need (examples,
 * intro, FAQ slugs…).
 *
 * Build time only: the Astro page and the tests call compileWizard; the island never does.
 */
import { indexWizard } from './wizard-index.ts';
import { computedKind } from './value-kinds.ts';
import { conditionFields } from './condition-names.ts';
import { dateFieldYears, lengthLimits, plural } from '../runtime/fields.ts';
import type { Computed, Field, Step, Wizard } from './schema/index.ts';
import { parseTemplate, templateReferences } from './template-parse.ts';
import type {
  CompiledBranch,
  CompiledComputed,
  CompiledField,
  CompiledStep,
  CompiledWizard,
  FieldMessages,
  LinkTargets,
  StepLink,
  Template,
} from '../runtime/types.ts';

/** Parses a template that validation has already accepted. */
export function compileTemplate(template: string): Template {
  const parsed = parseTemplate(template);
  if (!parsed.ok) throw new Error(`Template cannot be compiled: ${parsed.error}`);
  return parsed.nodes;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const secretMessage =
  'This looks like it contains {secret}. Remove it: never put keys, tokens or passwords in a support case or a message. Amazon does not need them to help you.';

/** Settles a field's label, noun and messages; `stepTitle` stands in for a missing label. */
export function compileField(field: Field, stepTitle: string): CompiledField {
  const label = field.label ?? stepTitle;
  const noun = field.blank ?? label;
  const Noun = capitalise(noun);
  const own: Partial<FieldMessages> = field.messages ?? {};
  const choose = field.blank ? `Select ${noun}` : undefined;
  const required =
    own.required ??
    (field.kind === 'one-of'
      ? (choose ?? 'Select one of the options')
      : field.kind === 'any-of'
        ? (choose ?? 'Select at least one option')
        : `Enter ${noun}`);
  const messages: FieldMessages = { ...own, required };
  switch (field.kind) {
    case 'short-text':
    case 'long-text':
      messages.secret = secretMessage;
      if (field.minLength !== undefined)
        messages.minLength ??= `${Noun} must be ${plural(field.minLength, 'character')} or more`;
      if (field.maxLength !== undefined)
        messages.maxLength ??= `${Noun} must be ${plural(field.maxLength, 'character')} or fewer. Shorten it by {over}.`;
      if (field.kind === 'short-text' && field.pattern !== undefined)
        messages.pattern ??= `Check ${noun} and type it again`;
      break;
    case 'id-list':
      messages.secret = secretMessage;
      messages.pattern ??= `Check "{id}" in ${noun} and correct it`;
      messages.itemLength = `Each ID in ${noun} must be ${plural(lengthLimits.id, 'character')} or fewer. Put a comma, a space or a new line between IDs`;
      if (field.maxItems !== undefined)
        messages.maxItems ??= `Enter ${plural(field.maxItems, 'ID')} or fewer; you entered {count}`;
      break;
    case 'email':
      messages.secret = secretMessage;
      messages.format ??= 'Enter an email address in the correct format, like name@example.com';
      messages.maxLength = `${Noun} must be ${plural(lengthLimits.email, 'character')} or fewer`;
      break;
    case 'date':
      messages.format ??= `${Noun} must be a real date, for example 20 3 2026`;
      messages.parts = `${Noun} must include a {parts}`;
      messages.year = 'Year must include 4 numbers, for example 2026';
      messages.yearRange = `Year must be between ${dateFieldYears.from} and ${dateFieldYears.to}`;
      break;
    case 'one-of':
      messages.format = 'Select one of the options shown';
      break;
    case 'any-of':
      messages.format = 'Select only the options shown';
  }
  const inputId = field.kind === 'date' ? `${field.id}-day` : field.id;
  const options =
    'options' in field
      ? field.options.map((option, index) => ({
          ...option,
          inputId: index === 0 ? field.id : `${field.id}-${option.value}`,
        }))
      : undefined;
  return {
    ...field,
    ...(options && { options }),
    label,
    blank: noun,
    inputId,
    messages,
  } as CompiledField;
}

function compileComputed(computed: Computed, fields: ReadonlyMap<string, Field>): CompiledComputed {
  switch (computed.fn) {
    case 'businessDaysBefore':
    case 'businessDaysAfter': {
      const direction = computed.fn === 'businessDaysAfter' ? 1 : -1;
      return {
        id: computed.id,
        fn: 'businessDays',
        date: computed.date,
        days: computed.days,
        direction,
      };
    }
    case 'join': {
      const kind = fields.get(computed.from)?.kind;
      return {
        id: computed.id,
        fn: 'join',
        from: computed.from,
        key: kind === 'any-of' ? 'text' : kind === 'id-list' ? 'value' : (computed.key ?? ''),
        separator: computed.separator,
        lastSeparator: computed.lastSeparator ?? computed.separator,
      };
    }
    default:
      return computed;
  }
}

function stepLinks(
  { link, wizard, faq }: Extract<Step, { type: 'info' | 'exit' }>,
  targets: LinkTargets,
): StepLink[] {
  const other = wizard === undefined ? undefined : targets.wizards[wizard];
  const question = faq === undefined ? undefined : targets.faq[faq];
  return [
    ...(link ? [{ ...link, href: link.href.replace(/^\//, targets.base) }] : []),
    ...(other ? [{ href: other.href, text: `Go to the wizard: ${other.title}` }] : []),
    ...(question ? [{ href: question.href, text: `Read: ${question.title}` }] : []),
  ];
}

function compileNext(step: Step): CompiledBranch[] {
  if (step.type === 'exit' || step.type === 'result' || step.next === undefined) return [];
  if (typeof step.next === 'string') return [{ needs: [], goto: step.next }];
  return step.next.map((branch) => ({
    ...branch,
    needs: branch.when ? conditionFields(branch.when) : [],
  }));
}

/** The fields a template name is worked out from: the field itself, or a computed value's sources. */
type Sources = (name: string) => string[];

function sourcesOf(def: Omit<Wizard, 'examples'>): Sources {
  const { fieldById: fields } = indexWizard(def);
  const computed = new Map(def.computed.map((c) => [c.id, c]));
  const sources: Sources = (name) => {
    if (fields.has(name)) return [name];
    const value = computed.get(name);
    const from = value && ('date' in value ? value.date : 'from' in value ? value.from : '');
    return from ? sources(from) : [];
  };
  return sources;
}

function compileStep(step: Step, targets: LinkTargets, sources: Sources): CompiledStep {
  const next = compileNext(step);
  switch (step.type) {
    case 'question': {
      // A one-question step's heading is its question, so the step's hint goes with the
      // field: under the heading and tied to the input (GOV.UK question pages).
      const single = step.fields.length === 1 && step.hint !== undefined;
      const fields = step.fields.map((field) =>
        compileField(
          single ? { ...field, hint: [step.hint, field.hint].filter(Boolean).join(' ') } : field,
          step.title,
        ),
      );
      const inputOf = (id: string) => fields.find((field) => field.id === id)?.inputId ?? id;
      return {
        ...step,
        hint: single ? undefined : step.hint,
        next,
        fields,
        rules: step.rules.map((rule) => ({ ...rule, inputId: inputOf(rule.field) })),
      };
    }
    case 'info': {
      const { link: _link, wizard: _wizard, faq: _faq, ...rest } = step;
      const text = compileTemplate(step.text);
      const reads = [...new Set(templateReferences(text).flatMap((ref) => sources(ref.name)))];
      return { ...rest, next, text, reads, links: stepLinks(step, targets) };
    }
    case 'exit': {
      const { link: _link, wizard: _wizard, faq: _faq, ...rest } = step;
      return { ...rest, next, links: stepLinks(step, targets) };
    }
    case 'review':
      return { ...step, next };
    case 'result':
      return {
        ...step,
        next,
        outputs: step.outputs.map(({ calendar, ...output }) => ({
          ...output,
          template: compileTemplate(output.template),
          calendar: calendar && {
            date: calendar.date,
            title: compileTemplate(calendar.title),
            description:
              calendar.description === undefined
                ? undefined
                : compileTemplate(calendar.description),
          },
        })),
      };
  }
}

/**
 * The wizard as the browser needs it (examples and page text left out). Without `targets`
 * (in tests), site paths stay as written and other wizards and FAQ questions are not linked.
 */
export function compileWizard(
  def: Omit<Wizard, 'examples'>,
  targets: LinkTargets = { wizards: {}, faq: {}, base: '/' },
): CompiledWizard {
  const { fieldById: fields } = indexWizard(def);
  const order = [...fields.keys()];
  const sources = sourcesOf(def);
  const alwaysShown = def.steps
    .filter((s) => s.type === 'review' || s.type === 'result')
    .map((s) => s.id);
  return {
    id: def.id,
    holidays: def.holidays,
    computed: def.computed.map((computed) => compileComputed(computed, fields)),
    dates: def.computed.filter((c) => computedKind(c) === 'date').map((c) => c.id),
    warnings: def.warnings.map((warning) => ({
      ...warning,
      text: compileTemplate(warning.text),
      showOn: [...warning.showOn, ...alwaysShown],
    })),
    reviewValues: def.computed.flatMap(({ id, label }) => {
      const after = sources(id)
        .sort((a, b) => order.indexOf(a) - order.indexOf(b))
        .at(-1);
      return label && after ? [{ id, label, after }] : [];
    }),
    steps: def.steps.map((step) => compileStep(step, targets, sources)),
  };
}
