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
import { allFields, computedKind } from './computed.ts';
import { conditionFields } from './conditions.ts';
import { plural } from './fields.ts';
import type {
  Computed,
  Condition,
  Field,
  Option,
  Output,
  Rule,
  Step,
  Warning,
  Wizard,
} from './schema.ts';
import { parseTemplate, templateReferences, type TemplateNode } from './template.ts';

export type Template = TemplateNode[];

/**
 * Every error message a field can show: the author's, else the default built from the field's
 * noun. compileField sets each one the field's kind and limits can raise, so the engine reads
 * them without a fallback. A message about a count or a part holds a placeholder the engine
 * fills in: {over}, {count}, {parts}, {id}, {secret}.
 */
export interface FieldMessages {
  /** Nothing entered, nothing chosen, or (a date) all three parts blank. */
  required: string;
  /** Text that looks like a credential: "{secret}" names what it looks like. */
  secret?: string | undefined;
  minLength?: string | undefined;
  /** "{over}" is how much too long it is, "3 characters". */
  maxLength?: string | undefined;
  /** For an id-list, "{id}" is the ID that does not match. */
  pattern?: string | undefined;
  /** An email address that is not one, a date that is not a real day, an option not offered. */
  format?: string | undefined;
  /** A date with some parts blank: "{parts}" names them, "month and year". */
  parts?: string | undefined;
  /** A date whose year is not four digits. */
  year?: string | undefined;
  /** "{count}" is how many IDs were typed. */
  maxItems?: string | undefined;
}

/** An option with the id of its radio or checkbox: the first carries the field id itself. */
export type CompiledOption = Option & { inputId: string };

type WithOptionIds<F> = F extends { options: Option[] }
  ? Omit<F, 'options'> & { options: CompiledOption[] }
  : F;

/** A field with its wording and input ids settled. */
export type CompiledField = WithOptionIds<Field> & {
  /** The question as read: the field's label, else its step's title. */
  label: string;
  /** The answer as a noun phrase for messages, "your Developer ID": blank, else the label. */
  blank: string;
  /** The input an error on this field links to (a date's day). */
  inputId: string;
  messages: FieldMessages;
};

/** Titles and addresses of the pages a wizard may point to, known to the page at build time. */
export interface LinkTargets {
  /** Other wizards by id. */
  wizards: Record<string, { title: string; href: string }>;
  /** FAQ questions by slug. */
  faq: Record<string, { title: string; href: string }>;
  /** The site's base path, for `link.href` values that start with "/". */
  base: string;
}

/** A link as shown under an info or exit step. */
export interface StepLink {
  href: string;
  text: string;
}

/** One way on from a step; the branches are tried in order and the last has no `when`. */
export interface CompiledBranch {
  when?: Condition | undefined;
  /** The fields `when` reads: while one is unanswered, where the step leads is not known yet. */
  needs: string[];
  goto: string;
}

/** A step of type `T` with `Changes` made, `Dropped` left out, and its way on as branches. */
type Settled<T extends Step['type'], Changes, Dropped extends string = never> = Omit<
  Extract<Step, { type: T }>,
  'next' | Dropped | keyof Changes
> &
  Changes & {
    /** Where the step leads (nowhere from an exit or a result). */
    next: CompiledBranch[];
  };

/** The step's link, other wizard and FAQ question, resolved. */
type Links = { links: StepLink[] };

/** A cross-field rule with the input its error links to. */
export type CompiledRule = Rule & { inputId: string };

export type CompiledQuestionStep = Settled<
  'question',
  { fields: CompiledField[]; rules: CompiledRule[] }
>;
export type CompiledInfoStep = Settled<
  'info',
  {
    text: Template;
    /** The fields its text is worked out from: a changed answer to one shows this step again. */
    reads: string[];
  } & Links,
  'link' | 'wizard' | 'faq'
>;
export type CompiledExitStep = Settled<'exit', Links, 'link' | 'wizard' | 'faq'>;
export type CompiledOutput = Omit<Output, 'template' | 'calendar'> & {
  template: Template;
  calendar?: { date: string; title: Template; description?: Template | undefined } | undefined;
};
export type CompiledResultStep = Settled<'result', { outputs: CompiledOutput[] }>;
export type CompiledStep =
  | CompiledQuestionStep
  | CompiledInfoStep
  | CompiledExitStep
  | Settled<'review', object>
  | CompiledResultStep;

export type CompiledWarning = Omit<Warning, 'text'> & {
  text: Template;
  /** Every step that shows it: its own showOn, then every review and result step. */
  showOn: string[];
};

/** A computed value in the forms the engine works out (see schema.ts for what authors write). */
export type CompiledComputed =
  | { id: string; fn: 'businessDays'; date: string; days: number; direction: 1 | -1 }
  | { id: string; fn: 'today' }
  | { id: string; fn: 'beforeToday' | 'businessDaysFromToday'; date: string }
  | {
      id: string;
      fn: 'join';
      from: string;
      /** What each item shows: an option's text, an ID's value, or a collected item's data key. */
      key: string;
      separator: string;
      lastSeparator: string;
    }
  | { id: string; fn: 'collect'; from: string; key: string };

/** A computed value shown on "Check your answers", below the row of the answer it comes from. */
export interface ReviewValue {
  id: string;
  label: string;
  /** The last field, in question order, the value is worked out from. */
  after: string;
}

export interface CompiledWizard {
  id: string;
  holidays: string[];
  computed: CompiledComputed[];
  /** The computed values that hold a date, shown in text as "7 March 2026". */
  dates: string[];
  warnings: CompiledWarning[];
  reviewValues: ReviewValue[];
  steps: CompiledStep[];
}

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
      if (field.maxItems !== undefined)
        messages.maxItems ??= `Enter ${plural(field.maxItems, 'ID')} or fewer; you entered {count}`;
      break;
    case 'email':
      messages.format ??= 'Enter an email address in the correct format, like name@example.com';
      break;
    case 'date':
      messages.format ??= `${Noun} must be a real date, for example 20 3 2026`;
      messages.parts = `${Noun} must include a {parts}`;
      messages.year = 'Year must include 4 numbers, for example 2026';
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

function compileComputed(computed: Computed, fields: Map<string, Field>): CompiledComputed {
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
  const fields = new Set(allFields(def).map((field) => field.id));
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
  const fields = new Map(allFields(def).map((field) => [field.id, field]));
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
