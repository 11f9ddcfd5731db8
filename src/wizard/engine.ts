/**
 * The wizard engine: pure functions over an immutable state. It knows nothing of the page;
 * the island renders what `view` returns and calls `submitStep`, `back` and `goTo`.
 */
import { answerText, isAnswered, type AnswerValue, type Answers } from './answers.ts';
import { evaluate } from './conditions.ts';
import { isIsoDate } from './dates.ts';
import {
  characterCounter,
  inputId,
  parseField,
  toRawValue,
  type CharacterCounter,
  type FieldError,
  type RawInput,
} from './fields.ts';
import { buildIcs } from './ics.ts';
import { allFields } from './computed.ts';
import { stepById, storedValue, walk } from './path.ts';
import type { Field, Output, QuestionStep, ResultStep, Step, Wizard } from './schema.ts';
import { answerContext, type AnswerContext } from './scope.ts';
import { parseTemplate, renderTemplate, type Scope } from './template.ts';

export type { AnswerValue, Answers } from './answers.ts';
export type { CharacterCounter, DateParts, FieldError, RawInput, RawValue } from './fields.ts';

export interface WizardState {
  /** The step on screen. */
  readonly current: string;
  /** Every answer given, by field id, normalised; answers on a branch left behind are kept but not used. */
  readonly answers: Answers;
  /** Set by a Change link on the review: once nothing else is needed, the next submit returns there. */
  readonly returnTo?: string | undefined;
}

function requireToday(today: string): void {
  if (!isIsoDate(today))
    throw new RangeError(`today must be a date written YYYY-MM-DD, got "${today}"`);
}

function firstStep(def: Wizard): Step {
  const [first] = def.steps;
  if (!first) throw new Error(`Wizard "${def.id}" has no steps`);
  return first;
}

/** A fresh state at the first step. */
export function start(def: Wizard): WizardState {
  return { current: firstStep(def).id, answers: {} };
}

/** The step on screen (the first step if the state names one that does not exist). */
export function currentStep(def: Wizard, state: WizardState): Step {
  return stepById(def, state.current) ?? firstStep(def);
}

/** The path the answers take from the start, up to the first unanswered question or the end. */
export function activePath(def: Wizard, answers: Answers): string[] {
  return walk(def, answers).path;
}

/** The steps taken so far: the active path up to and including the current step. */
export function pathTaken(def: Wizard, state: WizardState): string[] {
  const path = activePath(def, state.answers);
  const index = path.indexOf(state.current);
  return index === -1 ? [firstStep(def).id] : path.slice(0, index + 1);
}

/** Only the answers on the active path: answers on a branch the person left are not used. */
export function effectiveAnswers(def: Wizard, answers: Answers): Answers {
  return walk(def, answers).answers;
}

export function fieldLabel(step: QuestionStep, field: Field): string {
  return field.label ?? step.title;
}

function fieldNoun(step: QuestionStep, field: Field): string {
  return field.blank ?? fieldLabel(step, field);
}

export type SubmitResult =
  | { ok: true; state: WizardState }
  | {
      ok: false;
      state: WizardState;
      /** One per field, in field order; link each to `#${inputId}` from the error summary. */
      errors: FieldError[];
      /** The input as it was sent, to show again so nothing typed is lost. */
      input: RawInput;
    };

function ruleErrors(step: QuestionStep, values: Answers): FieldError[] {
  return step.rules.flatMap((rule): FieldError[] => {
    const field = step.fields.find((f) => f.id === rule.field);
    if (!field) return [];
    const error = { fieldId: field.id, inputId: inputId(field), message: rule.message };
    if (rule.rule === 'required-when')
      return evaluate(rule.when, values) && !isAnswered(values[field.id]) ? [error] : [];
    const [mine, other] = [values[rule.field], values[rule.other]];
    if (
      typeof mine !== 'string' ||
      typeof other !== 'string' ||
      !isIsoDate(mine) ||
      !isIsoDate(other)
    )
      return [];
    const holds = rule.rule === 'date-before' ? mine < other : mine > other;
    return holds ? [] : [error];
  });
}

/** Checks and stores the answers of a question step; on other steps it just moves on. */
export function submitStep(def: Wizard, state: WizardState, input: RawInput): SubmitResult {
  const step = currentStep(def, state);
  const values: Record<string, AnswerValue> = {};
  if (step.type === 'question') {
    const errors: FieldError[] = [];
    for (const field of step.fields) {
      const parsed = parseField(field, input[field.id], fieldNoun(step, field));
      if (parsed.ok) values[field.id] = parsed.value;
      else errors.push(parsed.error);
    }
    const known = { ...effectiveAnswers(def, state.answers), ...values };
    const failed = new Set(errors.map((e) => e.fieldId));
    for (const error of ruleErrors(step, known)) {
      if (!failed.has(error.fieldId)) errors.push(error);
      failed.add(error.fieldId);
    }
    if (errors.length > 0) {
      const order = step.fields.map((f) => f.id);
      errors.sort((a, b) => order.indexOf(a.fieldId) - order.indexOf(b.fieldId));
      return { ok: false, state, errors, input };
    }
  }
  const answers = { ...state.answers, ...values };
  const path = activePath(def, answers);
  const next = path[path.indexOf(step.id) + 1];
  if (next === undefined) return { ok: true, state: { ...state, answers } };
  if (state.returnTo !== undefined && path.includes(state.returnTo)) {
    return { ok: true, state: { current: state.returnTo, answers } };
  }
  return { ok: true, state: { current: next, answers, returnTo: state.returnTo } };
}

/** The step before the current one on the path taken (the same state on the first step). */
export function back(def: Wizard, state: WizardState): WizardState {
  const taken = pathTaken(def, state);
  const previous = taken.at(-2);
  return previous === undefined ? state : { ...state, current: previous };
}

export type GoToResult =
  { ok: true; state: WizardState } | { ok: false; state: WizardState; reason: string };

/**
 * Moves to a step on the active path: a Change link from the review (the next submit then
 * comes back to the review), or the browser's Back and Forward buttons.
 */
export function goTo(def: Wizard, state: WizardState, stepId: string): GoToResult {
  const path = activePath(def, state.answers);
  const target = path.indexOf(stepId);
  if (target === -1) {
    return { ok: false, state, reason: `Step "${stepId}" is not on the path your answers take` };
  }
  const fromReview =
    currentStep(def, state).type === 'review' && target < path.indexOf(state.current);
  return {
    ok: true,
    state: {
      current: stepId,
      answers: state.answers,
      returnTo: fromReview ? state.current : undefined,
    },
  };
}

export interface Progress {
  /** 1 for the first step. */
  step: number;
  /** Steps on the whole path, or null while it depends on a question not yet answered. */
  total: number | null;
}

export function progress(def: Wizard, state: WizardState): Progress {
  const { path, rest } = walk(def, state.answers);
  return {
    step: pathTaken(def, state).length,
    total: rest === null ? null : path.length + rest.length,
  };
}

export interface ReviewRow {
  stepId: string;
  fieldId: string;
  question: string;
  /** The answer as text ("Not answered" when left blank). */
  answer: string;
}

/** "Check your answers": every question on the active path, with the step to change it. */
export function reviewRows(def: Wizard, answers: Answers): ReviewRow[] {
  const { path, answers: known } = walk(def, answers);
  return path.flatMap((id) => {
    const step = stepById(def, id);
    if (step?.type !== 'question') return [];
    return step.fields
      .filter((field) => Object.hasOwn(known, field.id))
      .map((field) => ({
        stepId: step.id,
        fieldId: field.id,
        question: fieldLabel(step, field),
        answer: answerText(field, known[field.id], 'review') || 'Not answered',
      }));
  });
}

function render(template: string, scope: Scope): string {
  const parsed = parseTemplate(template);
  return parsed.ok ? renderTemplate(parsed.nodes, scope).trim() : '';
}

export interface CalendarEvent {
  /** YYYY-MM-DD */
  date: string;
  title: string;
  /** A file name for the download, `<wizard>-<output>-<date>.ics`. */
  filename: string;
  /** The .ics file text (text/calendar). */
  ics: string;
}

export interface RenderedOutput {
  id: string;
  label: string;
  kind: Output['kind'];
  hint?: string | undefined;
  /** The text to copy (for a checklist, its lines). Render it as text, never as HTML. */
  text: string;
  /** For a checklist: one entry per non-blank line. */
  items: string[];
  calendar?: CalendarEvent | undefined;
}

function resultOf(def: Wizard, answers: Answers): ResultStep | undefined {
  const last = stepById(def, activePath(def, answers).at(-1) ?? '');
  return last?.type === 'result' ? last : undefined;
}

function calendarEvent(
  def: Wizard,
  output: Output,
  context: AnswerContext,
  today: string,
): CalendarEvent | undefined {
  const spec = output.calendar;
  const date = spec && context.dateValue(spec.date);
  if (!spec || !date) return undefined;
  const title = render(spec.title, context.scope);
  const description = spec.description && render(spec.description, context.scope);
  const ics = buildIcs({
    uid: `${def.id}-${output.id}-${date}@mws-help`,
    date,
    title,
    description,
    stamp: today,
  });
  return { date, title, filename: `${def.id}-${output.id}-${date}.ics`, ics };
}

/** The outputs of the result the answers reach; none while the path does not reach a result. */
export function renderOutputs(def: Wizard, answers: Answers, today: string): RenderedOutput[] {
  requireToday(today);
  const known = effectiveAnswers(def, answers);
  const result = resultOf(def, known);
  if (!result) return [];
  const context = answerContext(def, known, today);
  return result.outputs.map((output) => {
    const text = render(output.template, context.scope);
    return {
      id: output.id,
      label: output.label,
      kind: output.kind,
      hint: output.hint,
      text,
      items: text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== ''),
      calendar: calendarEvent(def, output, context, today),
    };
  });
}

export interface WizardWarning {
  id: string;
  text: string;
  /** The steps that show it: those in `showOn`, and every review and result step. */
  steps: string[];
}

/** The warnings that hold for these answers, for example "the last day to send it has passed". */
export function warnings(def: Wizard, answers: Answers, today: string): WizardWarning[] {
  requireToday(today);
  const { scope } = answerContext(def, effectiveAnswers(def, answers), today);
  const always = def.steps
    .filter((s) => s.type === 'review' || s.type === 'result')
    .map((s) => s.id);
  return def.warnings
    .filter((warning) => scope.truthy(warning.if))
    .map((warning) => ({
      id: warning.id,
      text: render(warning.text, scope),
      steps: [...warning.showOn, ...always],
    }));
}

/**
 * What to put in a step's inputs: the stored answers as raw input, else a value the person
 * typed in another wizard (`remembered`, by `remember` key), else blank.
 */
export function formInput(
  def: Wizard,
  state: WizardState,
  stepId: string,
  remembered: Answers = {},
): RawInput {
  const step = stepById(def, stepId);
  if (step?.type !== 'question') return {};
  return Object.fromEntries(
    step.fields.map((field) => {
      const shared = field.remember === undefined ? undefined : remembered[field.remember];
      return [
        field.id,
        toRawValue(
          field,
          storedValue(field, state.answers[field.id]) ?? storedValue(field, shared),
        ),
      ];
    }),
  );
}

/** The answers to keep for other wizards, by `remember` key (only answered fields on the active path). */
export function rememberedValues(def: Wizard, answers: Answers): Record<string, AnswerValue> {
  const known = effectiveAnswers(def, answers);
  return Object.fromEntries(
    allFields(def).flatMap((field) =>
      field.remember !== undefined && isAnswered(known[field.id])
        ? [[field.remember, known[field.id] as AnswerValue]]
        : [],
    ),
  );
}

export interface StepView {
  step: Step;
  /** An info step's text with its placeholders filled. */
  text?: string | undefined;
  /** The inputs' starting values (see formInput). */
  input: RawInput;
  /** Counters for text fields with a maxLength, by field id, for the starting values. */
  counters: Record<string, CharacterCounter>;
  progress: Progress;
  /** The steps taken so far, first to current (for breadcrumbs and browser history). */
  path: string[];
  canGoBack: boolean;
  warnings: WizardWarning[];
  /** On a review step: the rows to show. */
  review: ReviewRow[];
  /** On a result step: the outputs. */
  outputs: RenderedOutput[];
}

/** Everything the island needs to draw the current step. */
export function view(
  def: Wizard,
  state: WizardState,
  today: string,
  remembered: Answers = {},
): StepView {
  requireToday(today);
  const step = currentStep(def, state);
  const input = formInput(def, state, step.id, remembered);
  const known = effectiveAnswers(def, state.answers);
  const path = pathTaken(def, state);
  const counters = Object.fromEntries(
    (step.type === 'question' ? step.fields : []).flatMap((field) => {
      const raw = input[field.id];
      const counter = characterCounter(field, typeof raw === 'string' ? raw : '');
      return counter ? [[field.id, counter]] : [];
    }),
  );
  return {
    step,
    text:
      step.type === 'info' ? render(step.text, answerContext(def, known, today).scope) : undefined,
    input,
    counters,
    progress: progress(def, state),
    path,
    canGoBack: path.length > 1,
    warnings: warnings(def, state.answers, today).filter((w) => w.steps.includes(step.id)),
    review: step.type === 'review' ? reviewRows(def, state.answers) : [],
    outputs: step.type === 'result' ? renderOutputs(def, state.answers, today) : [],
  };
}
