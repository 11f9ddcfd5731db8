import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { goTo, start, submitStep, type WizardState } from '../../../src/wizard/runtime/engine.ts';
import { mergeState, restoreState, serializeState } from '../../../src/wizard/runtime/storage.ts';
import type { RawInput } from '../../../src/wizard/runtime/fields.ts';
import { allValidWizards, drive, stepInput } from './helpers.ts';

const wizards = allValidWizards().map(({ def }) => def);
const appeal = wizards.find((d) => d.id === 'appeal-request');
if (!appeal) throw new Error('appeal-request is missing');

const answers = {
  caseLogAccess: 'primary',
  adjustmentDate: '2026-03-20',
  decision: 'denied',
  scope: 'all-access',
  grounds: ['impact'],
  impact: 'Our repricer updates list prices for 40 sellers every 15 minutes.',
};

function finished(): WizardState {
  const run = drive(appeal!, (fields) => stepInput(fields, answers));
  if (!run.ok) throw new Error('the answers should pass');
  return run.state;
}

const saved = () => JSON.parse(serializeState(appeal, finished()));

test('a saved state comes back as it was, at every step of every example', () => {
  for (const def of wizards) {
    for (const example of def.examples) {
      const run = drive(def, (fields) => stepInput(fields, example.answers), example.today);
      for (const stepId of example.path) {
        const moved = goTo(def, run.state, stepId);
        expect(moved).toBeDefined();
        expect(restoreState(def, serializeState(def, moved!))).toEqual(moved);
      }
    }
  }
  const changing = goTo(appeal, { ...finished(), current: 'check-answers' }, 'decision')!;
  expect(restoreState(appeal, serializeState(appeal, changing))).toEqual(changing);
  expect(restoreState(appeal, saved())).toEqual(finished());
});

describe('anything corrupt or out of date is refused, never thrown', () => {
  const unreadable = 'unreadable';
  const older = 'from an older version';
  const changed = 'no longer fits the wizard';
  test.each<[string, string, unknown]>([
    ['random text', 'not json {', unreadable],
    ['JSON of the wrong shape', unreadable, '{"hello":"world"}'],
    ['null', unreadable, 'null'],
    ['a list', unreadable, [1, 2]],
    ['answers that are a list', unreadable, { ...saved(), answers: ['a'] }],
    ['a review step that is not a step id', unreadable, { ...saved(), returnTo: 3 }],
    ['an older version', older, { ...saved(), version: 0 }],
    ['another wizard', unreadable, { ...saved(), wizard: 'recover-sign-in' }],
    [
      'a question that no longer exists',
      changed,
      { ...saved(), answers: { ...saved().answers, gone: 'x' } },
    ],
    [
      'a date that does not exist',
      changed,
      { ...saved(), answers: { ...saved().answers, adjustmentDate: '2026-02-30' } },
    ],
    [
      'a date in year 1000, which once crashed every render',
      changed,
      { ...saved(), answers: { ...saved().answers, adjustmentDate: '1000-01-01' } },
    ],
    [
      'a lone surrogate, which once made Download .txt throw URIError',
      changed,
      { ...saved(), answers: { ...saved().answers, impact: `${saved().answers.impact} \uD800` } },
    ],
    [
      'a right-to-left override',
      changed,
      { ...saved(), answers: { ...saved().answers, impact: `\u202E${saved().answers.impact}` } },
    ],
    [
      'an option that no longer exists',
      changed,
      { ...saved(), answers: { ...saved().answers, decision: 'maybe' } },
    ],
    [
      'a list where text belongs',
      changed,
      { ...saved(), answers: { ...saved().answers, impact: ['a'] } },
    ],
    [
      'a secret',
      changed,
      {
        ...saved(),
        answers: {
          ...saved().answers,
          impact: 'password: hunter2 and more text to pass the minimum length',
        },
      },
    ],
    ['a step that no longer exists', changed, { ...saved(), current: 'gone' }],
    ['a step off the path', changed, { ...saved(), current: 'misunderstood' }],
    ['a review step off the path', changed, { ...saved(), returnTo: 'roles' }],
  ])('%s: %s', (_, _why, input) => {
    expect(restoreState(appeal, input)).toBeUndefined();
  });

  test('any value at all', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => ({ ...saved(), answers: v })),
        ),
        (input) => {
          const result = restoreState(appeal, input);
          expect(result === undefined || typeof result.current === 'string').toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  test('a fresh start is valid too', () => {
    expect(restoreState(appeal, serializeState(appeal, start(appeal)))).toEqual({
      current: 'case-log-access',
      answers: {},
    });
  });
});

describe('two tabs: a later save never erases answers it did not change', () => {
  const today = '2026-03-02';
  const submit = (state: WizardState, input: RawInput) => {
    const result = submitStep(appeal, state, input, today);
    if (!result.ok) throw new Error('the answer should pass');
    return result.state;
  };
  // Tab B opened the wizard and stayed on its first step; tab A then answered everything.
  const tabB = start(appeal);
  const tabA = finished();

  test('tab B continues its first step: every answer of tab A is kept', () => {
    const next = submit(tabB, { caseLogAccess: 'someone-else' });
    const merged = mergeState(appeal, tabA, tabB, next);
    expect(merged.answers).toEqual({ ...tabA.answers, caseLogAccess: 'someone-else' });
    expect(merged.current).toBe(next.current);
    expect(restoreState(appeal, serializeState(appeal, merged))).toEqual(merged);
  });

  test('an answer this tab holds but did not change does not overwrite the newer one', () => {
    const base = { current: 'decision', answers: { caseLogAccess: 'primary', decision: 'denied' } };
    const next = { ...base, current: 'scope', answers: { ...base.answers, scope: 'all-access' } };
    const stored = { ...tabA, answers: { ...tabA.answers, decision: 'removed' } };
    expect(mergeState(appeal, stored, base, next).answers).toMatchObject({
      decision: 'removed',
      scope: 'all-access',
      impact: tabA.answers.impact,
    });
  });

  test('an answer this tab removed is removed; a fresh start replaces everything', () => {
    const base = { current: 'impact', answers: { ...tabA.answers } };
    const { impact: _, ...rest } = tabA.answers;
    const merged = mergeState(appeal, tabA, base, { current: 'impact', answers: rest });
    expect(JSON.parse(serializeState(appeal, merged)).answers).not.toHaveProperty('impact');
    expect(mergeState(appeal, tabA, base, start(appeal))).toEqual(start(appeal));
  });

  test("when the merged answers no longer lead to this tab's step, it moves to where they lead", () => {
    // Tab A chose to recover sign-in (an exit); tab B, which never changed that, is further on.
    const stored = { current: 'cannot-sign-in', answers: { caseLogAccess: 'cannot-sign-in' } };
    const base = { current: 'adjustment-date', answers: { caseLogAccess: 'primary' } };
    const next = submit(base, { adjustmentDate: { day: '20', month: '3', year: '2026' } });
    const merged = mergeState(appeal, stored, base, next);
    expect(merged.current).toBe('cannot-sign-in');
    expect(restoreState(appeal, serializeState(appeal, merged))).toEqual(merged);
  });

  test("nothing saved yet: this tab's state as it is", () => {
    const next = submit(tabB, { caseLogAccess: 'primary' });
    expect(mergeState(appeal, undefined, tabB, next)).toBe(next);
  });
});
