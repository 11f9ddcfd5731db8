/**
 * Property tests: whatever a person types — any length, any script, HTML, template syntax,
 * dates of any year — and whatever a browser stores, the engine never throws, answers with
 * either errors or outputs, and never leaves or re-expands a placeholder.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  currentStep,
  effectiveAnswers,
  goTo,
  pathTaken,
  renderOutputs,
  reviewRows,
  start,
  submitStep,
  view,
  warnings,
  type WizardState,
} from '../../../src/wizard/runtime/engine.ts';
import type { RawInput, RawValue } from '../../../src/wizard/runtime/fields.ts';
import type { Field } from '../../../src/wizard/authoring/schema/index.ts';
import { allFields } from '../../../src/wizard/runtime/values.ts';
import { answerContext } from '../../../src/wizard/runtime/scope.ts';
import { formatIsoDate, isIsoDate } from '../../../src/wizard/runtime/dates.ts';
import { restoreState, stateVersion } from '../../../src/wizard/runtime/storage.ts';
import { allValidWizards, loadWizards, rawValue, type TestWizard } from './helpers.ts';

const tricky = fc.constantFrom(
  '{{developerId}}',
  '{{businessName}}',
  '{{#if roles}}x{{/if}}',
  '{{#each roles}}{{label}}{{/each}}',
  '}}{{',
  '{{',
  '<script>alert(1)</script>',
  '<b>&amp;</b>',
  '$& $1 $$',
  'مرحبا 你好 👍🏽 Ω',
  '\u0000\u200b\r\n',
);

const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ maxLength: 4000 }),
  tricky,
  fc
    .array(fc.oneof(tricky, fc.string({ maxLength: 10 })), { maxLength: 6 })
    .map((parts) => parts.join(' ')),
);

/** YYYY-MM-DD of any year 0 to 9999, real or not, with the days that once crashed every render. */
const anyIsoDate = fc.oneof(
  fc
    .record({
      year: fc.integer({ min: 0, max: 9999 }),
      month: fc.integer({ min: 0, max: 13 }),
      day: fc.integer({ min: 0, max: 32 }),
    })
    .map(formatIsoDate),
  fc.constantFrom(
    '1000-01-01',
    '1000-01-07',
    '0999-12-25',
    '0001-01-01',
    '9999-12-31',
    '2100-12-31',
  ),
);

/** Date parts as anyone may type them: any digits, any year, words, blanks. */
const anyDateParts = fc.record({
  day: fc.oneof(fc.integer({ min: 0, max: 40 }).map(String), fc.string({ maxLength: 4 })),
  month: fc.oneof(fc.integer({ min: 0, max: 13 }).map(String), fc.constantFrom('Dec', 'sept', '')),
  year: fc.oneof(
    fc.integer({ min: 0, max: 9999 }).map((y) => String(y).padStart(4, '0')),
    fc.string({ maxLength: 5 }),
  ),
});

function sample(def: TestWizard, field: Field): RawValue | undefined {
  const typed = def.examples.map((e) => e.answers[field.id]).find((v) => v !== undefined);
  return rawValue(field, typed);
}

/** Mostly answers that pass (so results are reached), often with tricky text mixed in, sometimes anything at all. */
function fieldValue(def: TestWizard, field: Field): fc.Arbitrary<unknown> {
  const valid = sample(def, field);
  const textLike = (base: string) =>
    fc.oneof(
      { weight: 3, arbitrary: fc.constant(base) },
      { weight: 3, arbitrary: fc.tuple(fc.constant(base), tricky).map(([a, b]) => `${a} ${b}`) },
      { weight: 2, arbitrary: anyText },
    );
  const arbitrary = ((): fc.Arbitrary<unknown> => {
    switch (field.kind) {
      case 'one-of':
        return fc.oneof(
          { weight: 5, arbitrary: fc.constantFrom(...field.options.map((o) => o.value)) },
          { weight: 1, arbitrary: anyText },
        );
      case 'any-of':
        return fc.oneof(
          {
            weight: 5,
            arbitrary: fc.subarray(
              field.options.map((o) => o.value),
              { minLength: 1 },
            ),
          },
          { weight: 1, arbitrary: fc.array(anyText, { maxLength: 3 }) },
        );
      case 'date': {
        const part = fc.oneof(fc.integer({ min: 0, max: 3000 }).map(String), anyText);
        return fc.oneof(
          { weight: 3, arbitrary: fc.constant(valid) },
          { weight: 1, arbitrary: fc.record({ day: part, month: part, year: part }) },
          { weight: 2, arbitrary: anyDateParts },
        );
      }
      default:
        return textLike(
          typeof valid === 'string'
            ? valid
            : 'A sample answer long enough for any minimum length in these wizards.',
        );
    }
  })();
  return fc.oneof({ weight: 20, arbitrary }, { weight: 1, arbitrary: fc.anything() });
}

function plan(def: TestWizard): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(Object.fromEntries(allFields(def).map((f) => [f.id, fieldValue(def, f)])));
}

type Outcome = { kind: 'errors'; state: WizardState } | { kind: 'end'; state: WizardState };

function run(def: TestWizard, answers: Record<string, unknown>): Outcome {
  let state = start(def);
  for (let i = 0; i <= def.steps.length; i += 1) {
    const step = currentStep(def, state);
    if (step.type === 'exit' || step.type === 'result') return { kind: 'end', state };
    const input = Object.fromEntries(
      (step.type === 'question' ? step.fields : []).map((f) => [f.id, answers[f.id]]),
    ) as RawInput;
    const result = submitStep(def, state, input, '2026-03-02');
    if (!result.ok) {
      expect(result.errors.length).toBeGreaterThan(0);
      for (const error of result.errors) {
        expect(error).toEqual({
          fieldId: expect.any(String),
          inputId: expect.any(String),
          message: expect.any(String),
          ...(error.parts && { parts: expect.any(Array) }),
        });
        expect(error.message).not.toMatch(/invalid/i);
      }
      expect(result.state).toBe(state);
      return { kind: 'errors', state };
    }
    state = result.state;
  }
  throw new Error('no end reached');
}

/** The text with every answer the person gave taken out, longest first. */
function withoutAnswers(text: string, answers: Record<string, unknown>): string {
  const typed = Object.values(answers)
    .flatMap((v) => (Array.isArray(v) ? v : [v]))
    .filter((v): v is string => typeof v === 'string' && v !== '')
    .sort((a, b) => b.length - a.length);
  return typed.reduce((rest, value) => rest.split(value).join(''), text);
}

describe.each(allValidWizards())('$file', ({ def, source }) => {
  const today = def.examples[0]?.today ?? '2026-03-02';

  test('any answers: errors or outputs, no unfilled or re-expanded placeholder', () => {
    let results = 0;
    fc.assert(
      fc.property(plan(def), (answers) => {
        const outcome = run(def, answers);
        if (outcome.kind === 'errors') return;
        const stored = effectiveAnswers(def, outcome.state.answers);
        const outputs = renderOutputs(def, outcome.state.answers, today);
        if (currentStep(def, outcome.state).type === 'result') results += 1;
        for (const output of outputs) {
          expect(withoutAnswers(output.text, stored)).not.toMatch(/\{\{|\}\}/);
          const whole = /^\{\{(\w+)\}\}$/.exec(
            source.steps
              .flatMap((s) => (s.type === 'result' ? s.outputs : []))
              .find((o) => o.id === output.id)?.template ?? '',
          );
          const value = whole?.[1] === undefined ? undefined : stored[whole[1]];
          if (typeof value === 'string') expect(output.text).toBe(value);
        }
        for (const warning of warnings(def, outcome.state.answers, today)) {
          expect(withoutAnswers(warning.text, stored)).not.toMatch(/\{\{|\}\}/);
        }
      }),
      { numRuns: 300 },
    );
    if (def.steps.some((s) => s.type === 'result')) expect(results).toBeGreaterThan(0);
  });

  test('any stored answers at all: nothing throws', () => {
    const stepIds = def.steps.map((s) => s.id);
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(...allFields(def).map((f) => f.id), 'other'),
          fc.oneof(anyText, fc.array(anyText), fc.anything()),
        ),
        fc.constantFrom(...stepIds),
        (answers, current) => {
          const state = { current, answers } as WizardState;
          const outputs = renderOutputs(def, state.answers, today);
          for (const output of outputs)
            expect(withoutAnswers(output.text, effectiveAnswers(def, state.answers))).not.toMatch(
              /\{\{|\}\}/,
            );
          reviewRows(def, state.answers, '2026-03-02');
          warnings(def, state.answers, today);
          view(def, state, today);
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** A value as a browser may hold it for an answer: typed text, a date of any year, a list, anything. */
const anyStored = fc.oneof(
  anyText,
  anyIsoDate,
  fc.array(fc.oneof(anyText, anyIsoDate)),
  fc.jsonValue(),
);

/** Everything the island draws for a state, at every step on its path as Back and Change reach them. */
function drawEverything(
  def: TestWizard,
  state: WizardState,
  today: string,
  shared: Record<string, unknown>,
) {
  view(def, state, today, shared);
  for (const stepId of pathTaken(def, state)) {
    const moved = goTo(def, state, stepId);
    if (moved) view(def, moved, today, shared);
  }
}

describe.each(loadWizards())('$file: stored state and computed values', ({ def }) => {
  const today = def.examples[0]?.today ?? '2026-03-02';
  const fieldIds = allFields(def).map((f) => f.id);
  const stepIds = def.steps.map((s) => s.id);
  const rememberKeys = [...new Set(allFields(def).flatMap((f) => f.remember ?? []))];

  test('any stored progress and shared answers: restored or refused, and what is restored draws at every step', () => {
    const progress = fc.oneof(
      fc.string(),
      fc.json(),
      fc.jsonValue(),
      fc.record({
        version: fc.oneof(fc.constant(stateVersion), fc.jsonValue()),
        wizard: fc.oneof(fc.constant(def.id), fc.string()),
        current: fc.oneof(fc.constantFrom(...stepIds), fc.string()),
        answers: fc.dictionary(fc.oneof(fc.constantFrom(...fieldIds), fc.string()), anyStored),
        returnTo: fc.option(fc.constantFrom(...stepIds), { nil: undefined }),
      }),
    );
    const shared = fc.dictionary(
      fc.oneof(fc.constantFrom(...rememberKeys, 'other'), fc.string()),
      anyStored,
    );
    fc.assert(
      fc.property(progress, shared, fc.boolean(), (saved, remembered, asText) => {
        const restored = restoreState(def, asText ? (JSON.stringify(saved) ?? '') : saved);
        drawEverything(def, restored ?? start(def), today, remembered);
      }),
      { numRuns: 300 },
    );
  });

  test('computed values for any dates of any year, on any day: never a throw', () => {
    const dateFields = allFields(def)
      .filter((f) => f.kind === 'date')
      .map((f) => f.id);
    // Real days of any year 1 to 9999: answers reach computed values only after a walk has
    // checked them (the stored-state property above sends everything else), and today comes
    // from the browser clock (localToday).
    const anyRealDay = anyIsoDate.filter(isIsoDate);
    fc.assert(
      fc.property(
        fc.record(Object.fromEntries(dateFields.map((id) => [id, anyRealDay]))),
        fc.oneof(anyRealDay, fc.constant(today)),
        (dates, day) => {
          const context = answerContext(def, dates, day);
          for (const computed of def.computed) {
            context.scope(computed.id);
            context.dateValue(computed.id);
          }
          // Through the engine too: stored answers holding those dates, viewed on that day.
          const state = { current: stepIds.at(-1)!, answers: dates };
          if (
            /^\d{4}-\d{2}-\d{2}$/.test(day) &&
            restoreState(def, { version: stateVersion, wizard: def.id, ...state })
          )
            drawEverything(def, state, day, {});
        },
      ),
      { numRuns: 300 },
    );
  });

  test('date parts of any year typed at every date question: an error on one part or a stored date', () => {
    const dateSteps = def.steps.filter(
      (s) => s.type === 'question' && s.fields.some((f) => f.kind === 'date'),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...(dateSteps.length ? dateSteps : def.steps)),
        anyDateParts,
        (step, parts) => {
          if (step.type !== 'question') return;
          const input = Object.fromEntries(
            step.fields.map((f) => [f.id, f.kind === 'date' ? parts : undefined]),
          );
          const result = submitStep(def, { current: step.id, answers: {} }, input, today);
          const stored = result.ok ? Object.values(result.state.answers) : [];
          for (const value of stored)
            if (typeof value === 'string' && /^\d{4}-/.test(value))
              expect(Number(value.slice(0, 4))).toBeGreaterThanOrEqual(2000);
          if (!result.ok)
            for (const error of result.errors)
              expect(error.inputId).toMatch(new RegExp(`^${error.fieldId}`));
          drawEverything(def, result.state, today, {});
        },
      ),
      { numRuns: 300 },
    );
  });
});
