import { describe, expect, test } from 'vitest';
import {
  activePath,
  currentStep,
  effectiveAnswers,
  formInput,
  goTo,
  pathTaken,
  rememberedValues,
  renderOutputs,
  reviewRows,
  start,
  submitStep,
  view,
  warnings,
  type WizardState,
} from '../../../src/wizard/runtime/engine.ts';
import type { CompiledWizard } from '../../../src/wizard/runtime/types.ts';
import { characterCounter, type RawInput } from '../../../src/wizard/runtime/fields.ts';
import { outline } from '../../../src/wizard/authoring/outline.ts';
import { validateWizard } from '../../../src/wizard/authoring/validate/index.ts';
import { allValidWizards, compiled, drive, stepInput, type LoadedWizard } from './helpers.ts';

const wizards = new Map(allValidWizards().map((loaded) => [loaded.def.id, loaded]));
const loaded = (id: string): LoadedWizard => {
  const found = wizards.get(id);
  if (!found) throw new Error(`no wizard ${id}`);
  return found;
};
const signIn = loaded('recover-sign-in').def;
const appeal = loaded('appeal-request').def;
const roles = loaded('role-chooser').def;

function submit(def: CompiledWizard, state: WizardState, input: RawInput = {}): WizardState {
  const result = submitStep(def, state, input, '2026-03-02');
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.state;
}

function answered(def: CompiledWizard, answers: Record<string, string | string[]>): WizardState {
  const run = drive(def, (fields) => stepInput(fields, answers));
  if (!run.ok) throw new Error(JSON.stringify(run.errors));
  return run.state;
}

const appealAnswers = {
  caseLogAccess: 'primary',
  adjustmentDate: '2026-03-20',
  decision: 'removed',
  scope: 'some-roles',
  roles: ['tax-invoicing', 'pricing'],
  grounds: ['impact'],
  impact: 'Our invoicing app creates VAT invoices for sellers and needs the buyer address.',
};

describe('moving through a wizard', () => {
  test('starts at the first step', () => {
    expect(start(signIn)).toEqual({ current: 'try-sign-in-help', answers: {} });
    expect(currentStep(signIn, start(signIn)).type).toBe('info');
  });

  test('info steps move on; question steps store normalised answers', () => {
    let state = submit(signIn, start(signIn));
    expect(state.current).toBe('sign-in-result');
    state = submit(signIn, state, { signInResult: 'still-stuck' });
    expect(state).toEqual({
      current: 'have-developer-id',
      answers: { signInResult: 'still-stuck' },
      returnTo: undefined,
    });
  });

  test('errors come keyed by field, in field order, with the input to link to', () => {
    const state = {
      current: 'dates',
      answers: { tasks: ['set-prices'], restrictedUse: '', developerIds: [] },
    };
    const input = {
      launchDate: { day: '31', month: '2', year: '2027' },
      submitDate: { day: '', month: '', year: '' },
    };
    const result = submitStep(roles, state, input, '2026-03-02');
    expect(result).toEqual({
      ok: false,
      state,
      errors: [
        {
          fieldId: 'submitDate',
          inputId: 'submitDate-day',
          message: 'Enter Date you submit the Developer Profile',
        },
        {
          fieldId: 'launchDate',
          inputId: 'launchDate-day',
          message: 'Date your application launches must be a real date, for example 20 3 2026',
        },
      ],
    });
  });

  test('a rule error on an earlier field comes before a field error on a later one', () => {
    const def = compiled(
      validateWizard(
        {
          id: 'order',
          title: 'Order',
          intro: 'Errors in field order.',
          timeToComplete: '1 minute',
          youNeed: ['Nothing'],
          steps: [
            {
              id: 'ask',
              type: 'question',
              title: 'Two fields',
              fields: [
                { id: 'first', kind: 'short-text', label: 'First', required: false },
                { id: 'second', kind: 'email', label: 'Second' },
              ],
              rules: [
                {
                  rule: 'required-when',
                  field: 'first',
                  when: { notAnswered: 'first' },
                  message: 'Enter the first',
                },
              ],
              next: 'done',
            },
            { id: 'done', type: 'exit', title: 'Done', reason: 'Done.', nextAction: 'Nothing.' },
          ],
          examples: [
            {
              name: 'a',
              today: '2026-01-05',
              answers: { first: 'x', second: 'a@b.co' },
              path: ['ask', 'done'],
            },
            {
              name: 'b',
              today: '2026-01-05',
              answers: { first: 'y', second: 'a@b.co' },
              path: ['ask', 'done'],
            },
          ],
        },
        'content/wizards/order.yaml',
      ),
    );
    const result = submitStep(def, start(def), { first: '', second: 'nope' }, '2026-03-02');
    expect(result.ok ? [] : result.errors.map((e) => e.fieldId)).toEqual(['first', 'second']);
  });

  test('cross-field rules: a date before another, a field required when another is chosen', () => {
    const state = {
      current: 'dates',
      answers: { tasks: ['set-prices'], restrictedUse: '', developerIds: [] },
    };
    const late = {
      submitDate: { day: '2', month: '2', year: '2027' },
      launchDate: { day: '1', month: '2', year: '2027' },
    };
    expect(submitStep(roles, state, late, '2026-03-02')).toMatchObject({
      ok: false,
      errors: [
        {
          fieldId: 'submitDate',
          inputId: 'submitDate-day',
          message: 'The date you submit must be before the date your application launches',
        },
      ],
    });
    expect(
      submitStep(roles, start(roles), { tasks: ['ship-orders'], restrictedUse: '' }, '2026-03-02'),
    ).toMatchObject({
      ok: false,
      errors: [
        {
          fieldId: 'restrictedUse',
          message:
            "Describe how you protect buyers' personal information, because shipping uses it",
        },
      ],
    });
    expect(
      submitStep(roles, start(roles), { tasks: ['set-prices'], restrictedUse: '' }, '2026-03-02')
        .ok,
    ).toBe(true);
  });

  test('a credential typed in an answer is refused before any output exists', () => {
    const state = {
      current: 'developer-id',
      answers: { signInResult: 'still-stuck', haveDeveloperId: 'yes' },
    };
    const result = submitStep(signIn, state, { developerId: 'AKIAIOSFODNN7EXAMPLE' }, '2026-03-02');
    expect(result).toMatchObject({
      ok: false,
      errors: [
        { fieldId: 'developerId', message: expect.stringContaining('an AWS access key ID') },
      ],
    });
  });

  test('submitting an end step changes nothing', () => {
    const state = answered(signIn, { signInResult: 'signed-in' });
    expect(submitStep(signIn, state, {}, '2026-03-02')).toEqual({ ok: true, state });
  });
});

describe('Change links and the browser history', () => {
  const atReview = () => {
    const state = answered(appeal, appealAnswers);
    return { ...state, current: 'check-answers' };
  };

  test('only steps on the current path can be reached', () => {
    const state = atReview();
    expect(state.current).toBe('check-answers');
    expect(goTo(appeal, state, 'misunderstood')).toBeUndefined();
    expect(goTo(appeal, state, 'nowhere')).toBeUndefined();
    expect(goTo(appeal, start(appeal), 'impact')).toBeUndefined();
    const forward = goTo(appeal, { ...state, current: 'decision' }, 'impact');
    expect(forward).toMatchObject({ current: 'impact', returnTo: undefined });
  });

  test('after a change that needs nothing else, the next submit returns to the review', () => {
    const moved = goTo(appeal, atReview(), 'decision')!;
    expect(moved).toMatchObject({ current: 'decision', returnTo: 'check-answers' });
    const state = submit(appeal, moved, { decision: 'denied' });
    expect(state).toMatchObject({ current: 'check-answers', answers: { decision: 'denied' } });
    expect(state.returnTo).toBeUndefined();
  });

  test("a date far from plausible for its question is refused with the wizard's own message", () => {
    const state = submit(appeal, start(appeal), { caseLogAccess: 'primary' });
    const attempt = (day: string, month: string, year: string) =>
      submitStep(appeal, state, { adjustmentDate: { day, month, year } }, '2026-12-01');
    const refused = attempt('1', '1', '2020');
    expect(refused).toMatchObject({
      ok: false,
      errors: [
        {
          inputId: 'adjustmentDate-day',
          message: expect.stringMatching(/^Check your adjustment date: it is more than a year/),
        },
      ],
    });
    expect(attempt('1', '12', '2025').ok).toBe(true); // a year before today is still plausible
    expect(attempt('30', '11', '2025').ok).toBe(false);
    expect(attempt('1', '12', '2029').ok).toBe(false);
    expect(attempt('2', 'Dec', '2026')).toMatchObject({
      ok: true,
      state: { answers: { adjustmentDate: '2026-12-02' } },
    });
  });

  test('a changed date shows the step with the value worked out from it, then returns to the review', () => {
    const moved = goTo(appeal, atReview(), 'adjustment-date')!;
    const unchanged = submit(appeal, moved, {
      adjustmentDate: { day: '20', month: '3', year: '2026' },
    });
    expect(unchanged.current).toBe('check-answers');
    let state = submit(appeal, moved, { adjustmentDate: { day: '27', month: '3', year: '2026' } });
    expect(state).toMatchObject({ current: 'deadline', returnTo: 'check-answers' });
    expect(view(appeal, state, '2026-03-02').text).toMatch(
      /^Send your Appeal Request by Friday 20 March 2026/,
    );
    state = submit(appeal, state, {});
    expect(state.current).toBe('check-answers');
    expect(reviewRows(appeal, state.answers, '2026-03-02')).toContainEqual(
      expect.objectContaining({
        question: 'Your last day to send it',
        answer: 'Friday 20 March 2026',
      }),
    );
  });

  test('a change that opens a new branch asks its questions first, then returns to the review', () => {
    const moved = goTo(appeal, atReview(), 'grounds')!;
    let state = submit(appeal, moved, { grounds: ['misunderstood', 'impact'] });
    expect(state.current).toBe('misunderstood');
    state = submit(appeal, state, {
      misunderstood: 'Question 4 was about storage, not marketing.',
    });
    expect(state.current).toBe('check-answers');
  });

  test('answers on a branch left behind are kept for coming back but never used', () => {
    const moved = goTo(appeal, atReview(), 'scope')!;
    const state = submit(appeal, moved, { scope: 'all-access' });
    expect(state.current).toBe('check-answers');
    expect(state.answers.roles).toEqual(['pricing', 'tax-invoicing']);
    expect(effectiveAnswers(appeal, state.answers)).not.toHaveProperty('roles');
    expect(activePath(appeal, state.answers)).not.toContain('roles');
    const reply = renderOutputs(appeal, state.answers, '2026-03-02').find(
      (o) => o.id === 'reply',
    )?.text;
    expect(reply).toContain('Amazon removed Selling Partner API access for my application.');
    expect(reply).not.toContain('Pricing');
    expect(reviewRows(appeal, state.answers, '2026-03-02').map((r) => r.fieldId)).not.toContain(
      'roles',
    );
    const again = submit(appeal, goTo(appeal, state, 'scope')!, { scope: 'some-roles' });
    expect(formInput(appeal, again, 'roles')).toEqual({ roles: ['pricing', 'tax-invoicing'] });
  });

  test('the path taken ends at the current step', () => {
    const state = { ...atReview(), current: 'decision' };
    expect(pathTaken(appeal, state)).toEqual([
      'case-log-access',
      'adjustment-date',
      'deadline',
      'decision',
    ]);
  });
});

describe('what the island shows', () => {
  test('review rows: each question on the path, its answer as text and the step to change it', () => {
    const rows = reviewRows(appeal, answered(appeal, appealAnswers).answers, '2026-03-02');
    expect(rows.map((r) => [r.stepId, r.question, r.answer])).toEqual([
      [
        'case-log-access',
        'Can you open your Developer Profile support case?',
        'Yes, I am the primary account holder',
      ],
      ['adjustment-date', 'What is your adjustment date?', 'Friday 20 March 2026'],
      [undefined, 'Your last day to send it', 'Friday 13 March 2026'],
      ['decision', 'What did Amazon decide?', 'Amazon removed access I had'],
      ['scope', 'What does the decision cover?', 'Some roles'],
      ['roles', 'Which roles does the decision cover?', 'Pricing and Tax Invoicing'],
      [
        'grounds',
        'Why do you believe the decision is wrong?',
        "The decision will materially impact my application's functionality",
      ],
      [
        'impact',
        'Describe the application functionality the decision affects',
        appealAnswers.impact,
      ],
    ]);
    const optional = reviewRows(
      roles,
      answered(roles, { tasks: ['set-prices'], submitDate: '2026-12-31' }).answers,
      '2026-03-02',
    );
    expect(optional.find((r) => r.fieldId === 'launchDate')?.answer).toBe('Not answered');
    expect(optional.find((r) => r.fieldId === 'developerIds')?.answer).toBe('Not answered');
  });

  test('a value typed in another wizard fills the input; an own answer wins', () => {
    const state = {
      current: 'developer-id',
      answers: { signInResult: 'still-stuck', haveDeveloperId: 'yes' },
    };
    expect(formInput(signIn, state, 'developer-id', { developerId: '1234-5678' })).toEqual({
      developerId: '1234-5678',
    });
    expect(
      formInput(
        signIn,
        { ...state, answers: { ...state.answers, developerId: 'OWN' } },
        'developer-id',
        { developerId: 'X' },
      ),
    ).toEqual({
      developerId: 'OWN',
    });
    expect(
      formInput(signIn, state, 'developer-id', { developerId: 'AKIAIOSFODNN7EXAMPLE' }),
    ).toEqual({ developerId: '' });
    expect(formInput(signIn, state, 'check-answers')).toEqual({});
  });

  test('one ID and a list of IDs fill each other where they ask the same thing', () => {
    const state = {
      current: 'developer-id',
      answers: { signInResult: 'still-stuck', haveDeveloperId: 'yes' },
    };
    expect(formInput(signIn, state, 'developer-id', { developerId: ['1234-5678'] })).toEqual({
      developerId: '1234-5678',
    });
    expect(formInput(signIn, state, 'developer-id', { developerId: ['1-2', '3-4'] })).toEqual({
      developerId: '',
    });
    const register = loaded('register-developer-profile').def;
    const ids = register.steps.find((s) => s.id === 'developer-ids');
    expect(ids?.type === 'question' && ids.fields[0]?.remember).toBe('developerId');
    expect(
      formInput(register, { current: 'developer-ids', answers: {} }, 'developer-ids', {
        developerId: 'ab12-cd34',
      }),
    ).toEqual({ developerIds: 'AB12-CD34' });
  });

  test('the values to remember for other wizards', () => {
    const state = answered(signIn, {
      signInResult: 'still-stuck',
      haveDeveloperId: 'yes',
      developerId: '1-2',
      businessName: 'Acme',
      email: 'a@b.co',
    });
    expect(rememberedValues(signIn, state.answers)).toEqual({
      developerId: '1-2',
      businessName: 'Acme',
      email: 'a@b.co',
    });
    expect(rememberedValues(signIn, { developerId: '1-2' })).toEqual({});
  });

  test('a deadline that has passed is shown on its step, the review and the result', () => {
    const state = answered(appeal, appealAnswers);
    expect(warnings(appeal, state.answers, '2026-03-13')).toEqual([]);
    expect(warnings(appeal, state.answers, '2026-03-14')).toEqual([
      {
        id: 'lastDayPassed',
        text: 'The last day was Friday 13 March 2026, five business days before your adjustment date. Amazon will consider appeals on a case-by-case basis: if you still want to appeal, send your Appeal Request as soon as you can.',
        steps: ['deadline', 'check-answers', 'reply'],
      },
    ]);
    expect(view(appeal, { ...state, current: 'deadline' }, '2026-03-16').warnings).toHaveLength(1);
    expect(view(appeal, { ...state, current: 'decision' }, '2026-03-16').warnings).toEqual([]);
  });

  test('once the last day has passed, no screen or output says to send it by that day, and no calendar file is offered', () => {
    const state = answered(appeal, appealAnswers);
    const onTheDay = view(appeal, { ...state, current: 'deadline' }, '2026-03-13');
    expect(onTheDay.text).toMatch(/^Send your Appeal Request by Friday 13 March 2026 \(today\)\./);
    const dayBefore = view(appeal, { ...state, current: 'deadline' }, '2026-03-12');
    expect(dayBefore.text).toMatch(/\(1 business day from today\)/);
    expect(renderOutputs(appeal, state.answers, '2026-03-13')[0]?.calendar).toBeDefined();

    const late = '2026-03-16';
    const deadline = view(appeal, { ...state, current: 'deadline' }, late);
    expect(deadline.text).not.toMatch(/send .* by/i);
    expect(deadline.warnings[0]?.text).toMatch(/^The last day was Friday 13 March 2026/);
    expect(deadline.warnings[0]?.text).toContain('on a case-by-case basis');
    const outputs = renderOutputs(appeal, state.answers, late);
    expect(outputs.map((o) => o.text).join('\n')).not.toContain('send it by');
    expect(outputs.map((o) => o.text).join('\n')).toContain('send it as soon as you can');
    expect(outputs.map((o) => o.calendar)).toEqual([undefined, undefined]);
  });

  test('a multi-line answer stays one checklist item, its line break inside it', () => {
    const prepare = loaded('prepare-access-change').def;
    const example = loaded('prepare-access-change').def.examples[1];
    const state = answered(prepare, {
      ...example.answers,
      affectedData: 'Buyer name\nBuyer email',
    });
    const [review] = renderOutputs(prepare, state.answers, example.today);
    expect(review?.items).toHaveLength(7);
    expect(review?.items[2]).toBe(
      'Find every place in your application that uses this data: Buyer name\nBuyer email',
    );
    expect(review?.text).toContain('uses this data: Buyer name\nBuyer email\n');
  });

  test('view: the step, its filled text, inputs, the step before, review and outputs', () => {
    const state = answered(appeal, appealAnswers);
    const deadline = view(appeal, { ...state, current: 'deadline' }, '2026-03-02');
    expect(deadline.text).toBe(
      'Send your Appeal Request by Friday 13 March 2026 (9 business days from today).\nAmazon asks for it at least five business days before your adjustment date, Friday 20 March 2026. Saturdays and Sundays are not counted; public holidays are not taken off here, so allow extra time if one falls in between.',
    );
    expect(deadline.previous).toBe('adjustment-date');
    const impact = view(appeal, { ...state, current: 'impact' }, '2026-03-02');
    expect(impact.input).toEqual({ impact: appealAnswers.impact });
    // The island counts the characters of what is in the input.
    const impactField = impact.step.type === 'question' ? impact.step.fields[0] : undefined;
    expect(characterCounter(impactField!, impact.input.impact as string)).toMatchObject({
      remaining: 3000 - appealAnswers.impact.length,
    });
    expect(view(appeal, { ...state, current: 'check-answers' }, '2026-03-02').review).toHaveLength(
      8,
    );
    const result = view(appeal, state, '2026-03-02');
    expect(result.outputs.map((o) => o.id)).toEqual(['reply', 'howToSend']);
    expect(result.outputs[0]?.calendar).toMatchObject({
      date: '2026-03-13',
      end: '2026-03-14',
      filename: 'appeal-request-reply-2026-03-13.ics',
    });
    expect(result.outputs[1]?.items).toHaveLength(4);
    expect(view(appeal, start(appeal), '2026-03-02')).toMatchObject({
      previous: undefined,
    });
  });

  test('no outputs until the path reaches a result; a bad today is a programming error', () => {
    expect(renderOutputs(appeal, { caseLogAccess: 'primary' }, '2026-03-02')).toEqual([]);
    expect(renderOutputs(signIn, { signInResult: 'signed-in' }, '2026-03-02')).toEqual([]);
    expect(() => renderOutputs(appeal, {}, '2026-3-2')).toThrow(RangeError);
  });
});

describe('the printable outline', () => {
  test('what you need, numbered steps, and outputs with blanks in brackets', () => {
    const printed = outline(loaded('recover-sign-in').source);
    expect(printed.youNeed).toEqual(loaded('recover-sign-in').source.youNeed);
    expect(printed.steps.map((s) => [s.number, s.stepId])).toEqual([
      [1, 'try-sign-in-help'],
      [2, 'sign-in-result'],
      [3, 'signed-in'],
      [4, 'have-developer-id'],
      [5, 'no-developer-id'],
      [6, 'developer-id'],
      [7, 'business-name'],
      [8, 'email'],
      [9, 'support-case'],
    ]);
    expect(printed.steps[1]?.lines).toEqual([
      'Note down your answer to "Did Seller Central sign in help get you back in?" (one of: "Yes, I can sign in now", "No, I still cannot sign in").',
      'If your answer to "Did Seller Central sign in help get you back in?" is "Yes, I can sign in now", go to step 3.',
      'Otherwise, go to step 4.',
    ]);
    expect(printed.steps[2]?.lines[0]).toBe(
      'If your answer to "Did Seller Central sign in help get you back in?" is "Yes, I can sign in now", then stop here. You do not need a support case, because you can sign in to your Seller Central account. Go back to what you were doing, for example submitting your Developer Profile.',
    );
    expect(printed.steps[5]?.lines).toEqual([
      'Type the ID only. Never type access keys, tokens or passwords here.',
      'Note down your Developer ID.',
    ]);
    expect(printed.outputs.at(-1)).toEqual({
      label: 'Question or Comment',
      hint: 'In the Question or Comment box, paste:',
      kind: 'text',
      text: 'I do not know my selling account ID or email. My Amazon MWS Developer ID is [your Developer ID]. Please assist.',
    });
  });

  test('sections and computed values in the outline', () => {
    const printed = outline(loaded('appeal-request').source);
    const reply = printed.outputs[0]?.text ?? '';
    expect(reply).toContain('My adjustment date is [your adjustment date].');
    expect(reply).toContain('[Only if you have the roles the decision covers:]');
    expect(printed.outputs[1]?.text).toContain(
      'send it by [the last day to send it (five business days before your adjustment date)]',
    );
    expect(printed.steps.find((s) => s.stepId === 'deadline')?.lines[0]).toMatch(
      /^\[Unless the last day has passed:\] Send your Appeal Request by \[the last day/,
    );
    expect(printed.outputs[1]?.text).toContain(
      '[If the last day has passed:] Reply to the case: paste the reply and send it as soon as you can.',
    );
    for (const { source } of allValidWizards()) {
      const all = outline(source);
      expect(JSON.stringify(all)).not.toMatch(/\{\{|\}\}|undefined/);
      expect(all.steps.map((s) => s.number)).toEqual(all.steps.map((_, i) => i + 1));
    }
  });
});
