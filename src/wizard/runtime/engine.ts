/**
 * The wizard engine: pure functions over an immutable state. It knows nothing of the page;
 * the island renders what `view` returns and calls `submitStep` and `goTo`. It runs on the
 * compiled wizard (compile.ts), which the page prepares at build time.
 */
import {
  answerText,
  asList,
  isAnswered,
  isAnswerValue,
  type AnswerValue,
  type Answers,
} from './answers.ts';
import type {
  CompiledField,
  CompiledOutput,
  CompiledQuestionStep,
  CompiledStep,
  CompiledWizard,
  Template,
} from './types.ts';
import { allFields } from './values.ts';
import { evaluate } from './conditions.ts';
import { addDays, requireIsoDate, toDayNumber } from './dates.ts';
import { parseField, toRawValue, type FieldError, type RawInput } from './fields.ts';
import type { IcsEvent } from './ics.ts';
import { stepById, storedValue, walk } from './path.ts';
import { answerContext, type AnswerContext } from './scope.ts';
import { renderTemplate, type Scope } from './template.ts';

export interface WizardState {
  /** The step on screen. */
  readonly current: string;
  /** Every answer given, by field id, normalised; answers on a branch left behind are kept but not used. */
  readonly answers: Answers;
  /** Set by a Change link on the review: once nothing else is needed, the next submit returns there. */
  readonly returnTo?: string | undefined;
}

/** A fresh state at the first step (a wizard always has one). */
export function start(def: CompiledWizard): WizardState {
  return { current: def.steps[0].id, answers: {} };
}

/** The step on screen (the first step if the state names one that does not exist). */
export function currentStep(def: CompiledWizard, state: WizardState): CompiledStep {
  return stepById(def, state.current) ?? def.steps[0];
}

/** The path the answers take from the start, up to the first unanswered question or the end. */
export function activePath(def: CompiledWizard, answers: Answers): string[] {
  return walk(def, answers).path;
}

/** The steps taken so far: the active path up to and including the current step. */
export function pathTaken(def: CompiledWizard, state: WizardState): string[] {
  const path = activePath(def, state.answers);
  const index = path.indexOf(state.current);
  // Off the path, only the first step counts as taken.
  return path.slice(0, index === -1 ? 1 : index + 1);
}

/** Only the answers on the active path: answers on a branch the person left are not used. */
export function effectiveAnswers(def: CompiledWizard, answers: Answers): Answers {
  return walk(def, answers).answers;
}

export type SubmitResult =
  | { ok: true; state: WizardState }
  | {
      ok: false;
      state: WizardState;
      /** One per field, in field order; link each to `#${inputId}` from the error summary. */
      errors: FieldError[];
    };

/** The error of each cross-field rule that fails, on the field it names. */
function ruleErrors(step: CompiledQuestionStep, values: Answers, today: string): FieldError[] {
  return step.rules.flatMap((rule): FieldError[] => {
    const error = { fieldId: rule.field, inputId: rule.inputId, message: rule.message };
    if (rule.rule === 'required-when')
      return evaluate(rule.when, values) && !isAnswered(values[rule.field]) ? [error] : [];
    // Only date fields (validation makes sure), so each is YYYY-MM-DD or blank; a blank one
    // skips the rule.
    const mine = values[rule.field];
    if (!mine) return [];
    if (rule.rule === 'date-within') {
      const { daysBefore = Infinity, daysAfter = Infinity } = rule;
      const days = (date: string) => toDayNumber(requireIsoDate(date));
      const offset = days(String(mine)) - days(today);
      return -offset > daysBefore || offset > daysAfter ? [error] : [];
    }
    const other = values[rule.other];
    if (!other) return [];
    return (rule.rule === 'date-before' ? mine < other : mine > other) ? [] : [error];
  });
}

/**
 * Checks and stores the answers of a question step; on other steps it just moves on. `today`
 * (YYYY-MM-DD) is for rules that hold a date against it.
 */
export function submitStep(
  def: CompiledWizard,
  state: WizardState,
  input: RawInput,
  today: string,
): SubmitResult {
  const step = currentStep(def, state);
  const values: Record<string, AnswerValue> = {};
  if (step.type === 'question') {
    const parsed = step.fields.map((field) => parseField(field, input[field.id]));
    parsed.forEach((result, i) => {
      if (result.ok) values[step.fields[i].id] = result.value;
    });
    const broken = ruleErrors(step, { ...effectiveAnswers(def, state.answers), ...values }, today);
    // One error per field, in field order: its own, else the first rule it breaks.
    const errors = parsed.flatMap((result, i) =>
      result.ok
        ? broken.filter((e) => e.fieldId === step.fields[i].id).slice(0, 1)
        : [result.error],
    );
    if (errors.length > 0) return { ok: false, state, errors };
  }
  const answers = { ...state.answers, ...values };
  const changed = Object.keys(values).filter(
    (id) => JSON.stringify(values[id]) !== JSON.stringify(state.answers[id]),
  );
  const path = activePath(def, answers);
  const next = path[path.indexOf(step.id) + 1];
  if (next === undefined) return { ok: true, state: { ...state, answers } };
  const following = stepById(def, next);
  // Back to the review once nothing else is needed, but first through a step that shows a
  // value the changed answer moves (the new last day), so it is seen before the text.
  const showsChange =
    following?.type === 'info' && following.reads.some((id) => changed.includes(id));
  if (state.returnTo !== undefined && path.includes(state.returnTo) && !showsChange) {
    return { ok: true, state: { current: state.returnTo, answers } };
  }
  return { ok: true, state: { current: next, answers, returnTo: state.returnTo } };
}

/**
 * Moves to a step on the active path: a Change link from the review (the next submit then
 * comes back to the review), or the browser's Back and Forward buttons. Undefined when the
 * step is not on the path the answers take.
 */
export function goTo(
  def: CompiledWizard,
  state: WizardState,
  stepId: string,
): WizardState | undefined {
  const path = activePath(def, state.answers);
  const target = path.indexOf(stepId);
  if (target === -1) return undefined;
  const fromReview =
    currentStep(def, state).type === 'review' && target < path.indexOf(state.current);
  return {
    current: stepId,
    answers: state.answers,
    returnTo: fromReview ? state.current : undefined,
  };
}

export interface ReviewRow {
  /** The step that asks it, for the Change link; none for a value worked out from the answers. */
  stepId?: string | undefined;
  fieldId: string;
  question: string;
  /** The answer as text ("Not answered" when left blank). */
  answer: string;
}

/**
 * "Check your answers": every question on the active path, with the step to change it, and
 * below an answer the values worked out from it that the wizard shows (its last day…).
 */
export function reviewRows(def: CompiledWizard, answers: Answers, today: string): ReviewRow[] {
  const { path, answers: known } = walk(def, answers);
  const { scope } = answerContext(def, known, today);
  return path.flatMap((id) => {
    const step = stepById(def, id);
    if (step?.type !== 'question') return [];
    return step.fields
      .filter((field) => Object.hasOwn(known, field.id))
      .flatMap((field) => [
        {
          stepId: step.id,
          fieldId: field.id,
          question: field.label,
          answer: answerText(field, known[field.id], 'review') || 'Not answered',
        },
        ...def.reviewValues
          .filter((value) => value.after === field.id && scope(value.id)?.text)
          .map((value) => ({
            fieldId: value.id,
            question: value.label,
            answer: scope(value.id)!.text,
          })),
      ]);
  });
}

const render = (template: Template, scope: Scope) => renderTemplate(template, scope).trim();

/** U+2028 LINE SEPARATOR: stands in for an answer's own line breaks while a checklist is split. */
const heldBreak = '\u2028';

/**
 * An "Add to calendar" event, ready for buildIcs (ics.ts). The island loads that builder only
 * when the button is pressed: few people press it, and the page's script budget is tight.
 */
export interface CalendarEvent extends IcsEvent {
  /** A file name for the download, `<wizard>-<output>-<date>.ics`. */
  filename: string;
}

export interface RenderedOutput extends Omit<CompiledOutput, 'calendar'> {
  /** The text to copy (for a checklist, its lines). Render it as text, never as HTML. */
  text: string;
  /** For a checklist: one entry per non-blank line of its template (an answer's line breaks stay inside). */
  items: string[];
  calendar?: CalendarEvent | undefined;
}

function calendarEvent(
  def: CompiledWizard,
  output: CompiledOutput,
  context: AnswerContext,
  today: string,
): CalendarEvent | undefined {
  const spec = output.calendar;
  const date = spec && context.dateValue(spec.date);
  // A reminder only for a day still ahead: never one for a deadline already gone.
  if (!spec || !date || date < today) return undefined;
  const name = `${def.id}-${output.id}-${date}`;
  return {
    uid: `${name}@mws-help`,
    date,
    end: addDays(date, 1),
    title: render(spec.title, context.scope),
    description: spec.description && render(spec.description, context.scope),
    stamp: today,
    filename: `${name}.ics`,
  };
}

/** The outputs of the result the answers reach; none while the path does not reach a result. */
export function renderOutputs(
  def: CompiledWizard,
  answers: Answers,
  today: string,
): RenderedOutput[] {
  requireIsoDate(today); // a programming error, not the person's
  const { path, answers: known } = walk(def, answers);
  const result = stepById(def, path.at(-1) ?? '');
  if (result?.type !== 'result') return [];
  const context = answerContext(def, known, today);
  // In a checklist each line of the template is one item: a line break inside an answer
  // ("Buyer name⏎Buyer email") is held apart while the lines are split, and kept in its item.
  const held: Scope = (name) => {
    const value = context.scope(name);
    return value && { ...value, text: value.text.replaceAll('\n', heldBreak) };
  };
  return result.outputs.map((output) => {
    const lines = render(output.template, output.kind === 'checklist' ? held : context.scope);
    return {
      ...output,
      text: lines.replaceAll(heldBreak, '\n'),
      items: lines
        .split('\n')
        .map((line) => line.trim().replaceAll(heldBreak, '\n'))
        .filter(Boolean),
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
export function warnings(def: CompiledWizard, answers: Answers, today: string): WizardWarning[] {
  requireIsoDate(today); // a programming error, not the person's
  const { scope } = answerContext(def, effectiveAnswers(def, answers), today);
  return def.warnings
    .filter((warning) => scope(warning.if)?.truthy)
    .map((warning) => ({
      id: warning.id,
      text: render(warning.text, scope),
      steps: warning.showOn,
    }));
}

/** Values typed in other wizards, by `remember` key, as read from storage: not yet checked. */
export type Remembered = Readonly<Record<string, unknown>>;

/**
 * A value typed in another wizard, if this field accepts it as its own answer: one ID from a
 * one-line field fills a list of IDs, and a list of one ID fills a one-line field.
 */
function offered(field: CompiledField, value: unknown): AnswerValue | undefined {
  if (!isAnswerValue(value)) return undefined;
  const list = asList(value);
  const raw =
    field.kind === 'id-list'
      ? list.join(', ')
      : field.kind === 'any-of' || list.length !== 1
        ? value
        : list[0];
  const parsed = parseField(field, toRawValue(field, raw));
  return parsed.ok && isAnswered(parsed.value) ? parsed.value : undefined;
}

/**
 * What to put in a step's inputs: the stored answers as raw input, else a value the person
 * typed in another wizard (`remembered`, by `remember` key) that this field accepts, else blank.
 */
export function formInput(
  def: CompiledWizard,
  state: WizardState,
  stepId: string,
  remembered: Remembered = {},
): RawInput {
  const step = stepById(def, stepId);
  if (step?.type !== 'question') return {};
  return Object.fromEntries(
    step.fields.map((field) => {
      const shared = field.remember === undefined ? undefined : remembered[field.remember];
      return [
        field.id,
        toRawValue(field, storedValue(field, state.answers[field.id]) ?? offered(field, shared)),
      ];
    }),
  );
}

/** The answers to keep for other wizards, by `remember` key (only answered fields on the active path). */
export function rememberedValues(
  def: CompiledWizard,
  answers: Answers,
): Record<string, AnswerValue> {
  const known = effectiveAnswers(def, answers);
  return Object.fromEntries(
    allFields(def).flatMap((field) =>
      field.remember !== undefined && isAnswered(known[field.id])
        ? [[field.remember, known[field.id]]]
        : [],
    ),
  );
}

export interface StepView {
  step: CompiledStep;
  /** An info step's text with its placeholders filled. */
  text?: string | undefined;
  /** The inputs' starting values (see formInput). */
  input: RawInput;
  /** The step before this one on the path taken, for the Back link; none on the first step. */
  previous?: string | undefined;
  /** The warnings this step shows. */
  warnings: WizardWarning[];
  /** On a review step: the rows to show. */
  review: ReviewRow[];
  /** On a result step: the outputs. */
  outputs: RenderedOutput[];
}

/**
 * Everything the island needs to draw the current step. No step count: a branching wizard
 * cannot say reliably how many steps are left (GOV.UK question pages: show a total only when
 * it is reliable), and a count that changes with the answers contradicts itself.
 */
export function view(
  def: CompiledWizard,
  state: WizardState,
  today: string,
  remembered: Remembered = {},
): StepView {
  const step = currentStep(def, state);
  const { answers } = state;
  return {
    step,
    text:
      step.type === 'info'
        ? render(step.text, answerContext(def, effectiveAnswers(def, answers), today).scope)
        : undefined,
    input: formInput(def, state, step.id, remembered),
    previous: pathTaken(def, state).at(-2),
    warnings: warnings(def, answers, today).filter((w) => w.steps.includes(step.id)),
    review: step.type === 'review' ? reviewRows(def, answers, today) : [],
    outputs: step.type === 'result' ? renderOutputs(def, answers, today) : [],
  };
}
