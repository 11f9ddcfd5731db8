/**
 * The compiled wizard's types: the form the build hands the browser (compile.ts makes it, the
 * engine runs it). Types only, so the engine, the island and the build can all import them.
 */
import type {
  Condition,
  Field,
  Option,
  Output,
  Rule,
  Step,
  Warning,
} from '../authoring/schema/index.ts';
import type { TemplateNode } from './template.ts';

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
  /** A date whose year is outside the years a date field accepts (dateFieldYears). */
  yearRange?: string | undefined;
  /** "{count}" is how many IDs were typed. */
  maxItems?: string | undefined;
  /** An ID longer than any ID (lengthLimits.id): typed without a separator, or not an ID. */
  itemLength?: string | undefined;
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
