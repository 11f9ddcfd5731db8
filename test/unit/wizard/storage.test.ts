import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { goTo, start, type WizardState } from '../../../src/wizard/engine';
import { restoreState, serializeState } from '../../../src/wizard/storage';
import { allValidWizards, drive, stepInput } from './helpers';

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
      const run = drive(def, (fields) => stepInput(fields, example.answers));
      for (const stepId of example.path) {
        const moved = goTo(def, run.state, stepId);
        expect(moved.ok).toBe(true);
        expect(restoreState(def, serializeState(def, moved.state))).toEqual({
          ok: true,
          state: moved.state,
        });
      }
    }
  }
  const changing = goTo(appeal, { ...finished(), current: 'check-answers' }, 'decision').state;
  expect(restoreState(appeal, serializeState(appeal, changing))).toEqual({
    ok: true,
    state: changing,
  });
  expect(restoreState(appeal, saved())).toEqual({ ok: true, state: finished() });
});

describe('anything corrupt is refused with a reason, never thrown', () => {
  test.each<[string, unknown, string]>([
    ['random text', 'not json {', 'The saved progress is not readable (not JSON).'],
    [
      'JSON of the wrong shape',
      '{"hello":"world"}',
      'The saved progress does not have the expected shape.',
    ],
    ['null', 'null', 'The saved progress does not have the expected shape.'],
    ['a list', [1, 2], 'The saved progress does not have the expected shape.'],
    [
      'an older version',
      { ...saved(), version: 0 },
      'The saved progress is from version 0 of the site; this version reads 1.',
    ],
    [
      'another wizard',
      { ...saved(), wizard: 'recover-sign-in' },
      'The saved progress belongs to the wizard "recover-sign-in", not "appeal-request".',
    ],
    [
      'a question that no longer exists',
      { ...saved(), answers: { ...saved().answers, gone: 'x' } },
      'The saved answer "gone" is not a question in this wizard any more.',
    ],
    [
      'a date that does not exist',
      { ...saved(), answers: { ...saved().answers, adjustmentDate: '2026-02-30' } },
      'The saved answer to "adjustmentDate" is not one this question accepts any more.',
    ],
    [
      'an option that no longer exists',
      { ...saved(), answers: { ...saved().answers, decision: 'maybe' } },
      'The saved answer to "decision" is not one this question accepts any more.',
    ],
    [
      'a list where text belongs',
      { ...saved(), answers: { ...saved().answers, impact: ['a'] } },
      'The saved answer to "impact" is not one this question accepts any more.',
    ],
    [
      'a secret',
      {
        ...saved(),
        answers: {
          ...saved().answers,
          impact: 'password: hunter2 and more text to pass the minimum length',
        },
      },
      'The saved answer to "impact" is not one this question accepts any more.',
    ],
    [
      'a step that no longer exists',
      { ...saved(), current: 'gone', path: [] },
      'The saved steps no longer match this wizard; it may have changed since.',
    ],
    [
      'a step off the path',
      { ...saved(), current: 'misunderstood' },
      'The saved steps no longer match this wizard; it may have changed since.',
    ],
    [
      'a path that differs',
      { ...saved(), path: ['case-log-access', 'reply'] },
      'The saved steps no longer match this wizard; it may have changed since.',
    ],
    [
      'a review step off the path',
      { ...saved(), returnTo: 'roles' },
      'The saved review step no longer matches this wizard.',
    ],
  ])('%s', (_, input, reason) => {
    expect(restoreState(appeal, input)).toEqual({ ok: false, reason });
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
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 500 },
    );
  });

  test('a fresh start is valid too', () => {
    expect(restoreState(appeal, serializeState(appeal, start(appeal)))).toEqual({
      ok: true,
      state: { current: 'case-log-access', answers: {} },
    });
  });
});
