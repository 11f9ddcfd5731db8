/**
 * An exhaustive walk: every option of every radio, checkbox subsets (or each option alone when
 * there are many), optional fields answered and blank. Every path must end at a result or an
 * exit, every step must be reachable, and no output may hold an unfilled placeholder.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import {
  currentStep,
  renderOutputs,
  start,
  submitStep,
  view,
  warnings,
  type WizardState,
} from '../../../src/wizard/runtime/engine.ts';
import type { RawInput, RawValue } from '../../../src/wizard/runtime/fields.ts';
import type { Field } from '../../../src/wizard/authoring/schema/index.ts';
import { addDays } from '../../../src/wizard/runtime/dates.ts';
import { buildIcs } from '../../../src/wizard/runtime/ics.ts';
import { allValidWizards, rawValue, type TestWizard } from './helpers.ts';

function subsets<T>(items: readonly T[]): T[][] {
  return items.reduce<T[][]>((all, item) => [...all, ...all.map((s) => [...s, item])], [[]]);
}

/** Values to try for one field, as raw input. */
function candidates(def: TestWizard, field: Field, today: string): (RawValue | undefined)[] {
  const blank = field.required
    ? []
    : [field.kind === 'any-of' ? [] : field.kind === 'date' ? undefined : ''];
  if (field.kind === 'one-of') return [...field.options.map((o) => o.value), ...blank];
  if (field.kind === 'any-of') {
    const values = field.options.map((o) => o.value);
    const choices =
      values.length <= 5
        ? subsets(values).filter((s) => s.length > 0)
        : [...values.map((v) => [v]), values];
    return [...choices, ...blank];
  }
  const typed = def.examples.map((e) => e.answers[field.id]).find((v) => v !== undefined);
  const fallback = {
    'short-text': 'Sample answer',
    'long-text':
      'A sample answer that is long enough for any minimum length rule in the wizard files, surely.',
    email: 'person@example.com',
    date: addDays(today, 30),
    'id-list': 'ABC-1234',
  }[field.kind];
  return [rawValue(field, typed ?? fallback), ...blank];
}

function inputs(def: TestWizard, fields: Field[], today: string): RawInput[] {
  return fields.reduce<RawInput[]>(
    (all, field) =>
      all.flatMap((input) =>
        candidates(def, field, today).map((value) => ({ ...input, [field.id]: value })),
      ),
    [{}],
  );
}

interface Ending {
  path: string[];
  state: WizardState;
}

function walkAll(def: TestWizard, today: string): Ending[] {
  const endings: Ending[] = [];
  const visit = (state: WizardState, path: string[]) => {
    expect(path.length, `path ${path.join(' > ')} is too long`).toBeLessThanOrEqual(
      def.steps.length,
    );
    const step = currentStep(def, state);
    expect(view(def, state, today).text ?? '', `step "${step.id}"`).not.toMatch(
      /\{\{|\}\}|undefined/,
    );
    if (step.type === 'exit' || step.type === 'result') {
      endings.push({ path, state });
      return;
    }
    const tries = step.type === 'question' ? inputs(def, step.fields, today) : [{}];
    const moves = tries.flatMap((input) => {
      const result = submitStep(def, state, input, today);
      return result.ok ? [result.state] : [];
    });
    expect(
      moves.length,
      `no input gets past step "${step.id}" after ${path.join(' > ')}`,
    ).toBeGreaterThan(0);
    for (const next of moves) {
      expect(next.current, `step "${step.id}" has no way on`).not.toBe(step.id);
      visit(next, [...path, next.current]);
    }
  };
  const first = start(def);
  visit(first, [first.current]);
  return endings;
}

describe.each(allValidWizards())('$file', ({ def }) => {
  const today = def.examples[0]?.today ?? '2026-03-02';
  let endings: Ending[] = [];
  beforeAll(() => {
    endings = walkAll(def, today);
  });

  test('every path ends at a result or an exit, and every step is on some path', () => {
    expect(endings.length).toBeGreaterThan(0);
    const seen = new Set(endings.flatMap((e) => e.path));
    expect(def.steps.map((s) => s.id).filter((id) => !seen.has(id))).toEqual([]);
  });

  test.each([
    ['on the example day', 0],
    ['a year later', 365],
  ])('no output has an unfilled placeholder %s', (_, later) => {
    const day = addDays(today, later);
    for (const { path, state } of endings) {
      const outputs = renderOutputs(def, state.answers, day);
      const end = currentStep(def, state);
      expect(outputs.length, path.join(' > ')).toBe(end.type === 'result' ? end.outputs.length : 0);
      for (const output of outputs) {
        expect(output.text, `${output.id} after ${path.join(' > ')}`).not.toMatch(
          /\{\{|\}\}|undefined|null|NaN|\[object/,
        );
        expect(output.text.trim(), `${output.id} after ${path.join(' > ')} is empty`).not.toBe('');
        if (output.calendar)
          expect(buildIcs(output.calendar)).toMatch(
            /^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/,
          );
      }
      for (const warning of warnings(def, state.answers, day))
        expect(warning.text).not.toMatch(/\{\{|\}\}|undefined/);
    }
  });
});
