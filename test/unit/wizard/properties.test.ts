/**
 * Property tests: whatever a person types — any length, any script, HTML, template syntax —
 * the engine never throws, answers with either errors or outputs, and never leaves or
 * re-expands a placeholder.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  currentStep,
  effectiveAnswers,
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
import { allValidWizards, rawValue, type TestWizard } from './helpers.ts';

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
