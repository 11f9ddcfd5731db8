/** Build-time checks: each kind of content mistake gives a line naming the file, the step and the problem. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
  crossCheckWizards,
  validateWizard,
  WizardContentError,
} from '../../../src/wizard/authoring/validate/index.ts';
import { allValidWizards, fixtureDir } from './helpers.ts';

const file = 'content/wizards/fixture.yaml';

// Raw YAML, reshaped freely to make each bad file.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Raw = Record<string, any>;

/** A small valid wizard: a choice that exits or asks why, then a result. */
function base(): Raw {
  return {
    id: 'fixture',
    title: 'Fixture',
    intro: 'A test wizard.',
    timeToComplete: '1 minute',
    youNeed: ['Nothing'],
    computed: [
      {
        id: 'later',
        fn: 'businessDaysAfter',
        date: 'when',
        days: 2,
        blank: 'two business days later',
      },
    ],
    steps: [
      {
        id: 'choice',
        type: 'question',
        title: 'Pick one',
        fields: [
          {
            id: 'pick',
            kind: 'one-of',
            options: [
              { value: 'a', label: 'A' },
              { value: 'b', label: 'B' },
            ],
          },
        ],
        next: [{ when: { field: 'pick', equals: 'a' }, goto: 'stop' }, { goto: 'reason' }],
      },
      {
        id: 'stop',
        type: 'exit',
        title: 'Stop',
        reason: 'Because.',
        nextAction: 'Do something else.',
      },
      {
        id: 'reason',
        type: 'question',
        title: 'Why?',
        fields: [{ id: 'reason', kind: 'short-text' }],
        next: 'when',
      },
      {
        id: 'when',
        type: 'question',
        title: 'When?',
        fields: [{ id: 'when', kind: 'date' }],
        next: 'result',
      },
      {
        id: 'result',
        type: 'result',
        title: 'Done',
        outputs: [
          {
            id: 'text',
            label: 'Text',
            kind: 'text',
            template: 'Because {{reason}}, by {{later}}.',
          },
        ],
      },
    ],
    examples: [
      { name: 'a', today: '2026-01-05', answers: { pick: 'a' }, path: ['choice', 'stop'] },
      {
        name: 'b',
        today: '2026-01-05',
        answers: { pick: 'b', reason: 'x', when: '2026-01-09' },
        path: ['choice', 'reason', 'when', 'result'],
        outputs: { text: 'Because x, by Tuesday 13 January 2026.' },
      },
    ],
  };
}

function problems(raw: unknown, name = file): string[] {
  try {
    validateWizard(raw, name);
  } catch (error) {
    expect(error).toBeInstanceOf(WizardContentError);
    const { problems, message } = error as WizardContentError;
    expect(message).toBe(problems.join('\n'));
    return problems;
  }
  return [];
}

function withChange(change: (raw: Raw) => void): string[] {
  const raw = base();
  change(raw);
  return problems(raw);
}

const step = (raw: Raw, id: string): Raw => raw.steps.find((s: Raw) => s.id === id);

test('the base fixture is valid', () => {
  expect(problems(base())).toEqual([]);
});

describe('problems across the file name the file, the step and the mistake', () => {
  test.each<[string, (raw: Raw) => void, string]>([
    [
      'a template naming an unknown field',
      (raw) => (step(raw, 'result').outputs[0].template = 'Because {{reasn}}.'),
      `${file}: step "result": output "text": template names "{{reasn}}", which is not a field or computed value (did you mean "reason"?)`,
    ],
    [
      'a section naming an unknown field',
      (raw) => (step(raw, 'result').outputs[0].template = '{{#if nothing}}x{{/if}}'),
      `${file}: step "result": output "text": template names "{{#if nothing}}", which is not a field or computed value`,
    ],
    [
      'a template that does not parse',
      (raw) => (step(raw, 'result').outputs[0].template = '{{#if reason}}open'),
      `${file}: step "result": output "text": template: "{{#if reason}}" is never closed; add "{{/if}}"`,
    ],
    [
      'a template tag that is not a placeholder',
      (raw) => (step(raw, 'result').outputs[0].template = '{{reason | upper}}'),
      `${file}: step "result": output "text": template: "{{reason | upper}}" is not a placeholder: write {{name}}, {{#if name}}, {{#unless name}}, {{#each name}} or a closing {{/if}}, {{/unless}}, {{/each}}`,
    ],
    [
      'a value a path to the result does not ask',
      (raw) => {
        step(raw, 'choice').next = [
          { when: { field: 'pick', equals: 'a' }, goto: 'stop' },
          { goto: 'when' },
        ];
        step(raw, 'result').outputs[0].template = 'By {{later}}.';
        raw.steps.push({
          id: 'extra',
          type: 'question',
          title: 'Extra?',
          fields: [{ id: 'extra', kind: 'short-text' }],
          next: 'when',
        });
        step(raw, 'reason').next = 'extra';
        step(raw, 'choice').next = [
          { when: { field: 'pick', equals: 'a' }, goto: 'reason' },
          { goto: 'when' },
        ];
        step(raw, 'result').outputs[0].template = 'Because {{reason}}.';
      },
      `${file}: step "result": output "text": "{{reason}}" may be empty: not every path to this step asks "reason"; wrap it in {{#if reason}}…{{/if}}`,
    ],
    [
      'a step no path reaches',
      (raw) =>
        raw.steps.push({
          id: 'orphan',
          type: 'exit',
          title: 'Orphan',
          reason: 'R.',
          nextAction: 'N.',
        }),
      `${file}: step "orphan": no path reaches this step; send a next or a goto to it, or remove it`,
    ],
    [
      'a step with no way on',
      (raw) => delete step(raw, 'reason').next,
      `${file}: step "reason": has no next, so the wizard would stop here with no way on; add next: <step id>, or make it an exit`,
    ],
    [
      'a goto to an unknown step',
      (raw) => (step(raw, 'reason').next = 'resutl'),
      `${file}: step "reason": next goes to "resutl", which is not a step id (did you mean "result"?)`,
    ],
    [
      'a loop',
      (raw) =>
        (step(raw, 'when').next = [
          { when: { field: 'pick', equals: 'b' }, goto: 'choice' },
          { goto: 'result' },
        ]),
      `${file}: step "when": next leads back to "choice", which makes a loop (choice → reason → when → choice); a wizard must always move on`,
    ],
    [
      'duplicate step ids',
      (raw) =>
        raw.steps.splice(1, 0, {
          id: 'reason',
          type: 'exit',
          title: 'Dup',
          reason: 'R.',
          nextAction: 'N.',
        }),
      `${file}: step "reason": this step id is used more than once; give each step its own id`,
    ],
    [
      'a field and a computed value with the same name',
      (raw) => (raw.computed[0].id = 'reason'),
      `${file}: "reason": this name is used by more than one field or computed value; templates could not tell them apart`,
    ],
    [
      'a when naming an unknown field',
      (raw) => (step(raw, 'choice').next[0].when = { field: 'pik', equals: 'a' }),
      `${file}: step "choice": next entry 1: when names "pik", which is not a field (did you mean "pick"?)`,
    ],
    [
      'a when naming an option the field does not have',
      (raw) => (step(raw, 'choice').next[0].when = { any: [{ field: 'pick', in: ['a', 'c'] }] }),
      `${file}: step "choice": next entry 1: when compares "pick" with "c", which is not one of its options (a, b)`,
    ],
    [
      'a when naming a field asked only later',
      (raw) => (step(raw, 'choice').next[0].when = { answered: 'reason' }),
      `${file}: step "choice": next entry 1: when names "reason", which is asked on step "reason"; that step never comes before this one`,
    ],
    [
      'a list of branches without a default',
      (raw) =>
        (step(raw, 'choice').next = [{ when: { field: 'pick', equals: 'a' }, goto: 'stop' }]),
      `${file}: step "choice": next has no default; end the list with an entry without when (- goto: <step id>)`,
    ],
    [
      'a default that is not last',
      (raw) => step(raw, 'choice').next.reverse(),
      `${file}: step "choice": next entry 1 has no when but is not the last, so the entries after it are never used; move it to the end`,
    ],
    [
      'an id that is not the file name',
      (raw) => (raw.id = 'other'),
      `${file}: id is "other" but the file is named "fixture.yaml"; make them the same`,
    ],
    [
      'a computed value naming an unknown field',
      (raw) => (raw.computed[0].date = 'whenn'),
      `${file}: computed "later": date names "whenn", which is not a field or an earlier computed value (did you mean "when"?)`,
    ],
    [
      'a computed value of the wrong kind',
      (raw) => (raw.computed[0].date = 'reason'),
      `${file}: computed "later": date names "reason", which is not a date field or a date computed value`,
    ],
    [
      'a collect from a field that is not any-of',
      (raw) =>
        raw.computed.push({
          id: 'items',
          fn: 'collect',
          from: 'pick',
          key: 'role',
          blank: 'items',
        }),
      `${file}: computed "items": from names "pick", which is not an any-of field`,
    ],
    [
      'a collect whose options lack the key',
      (raw) => {
        step(raw, 'choice').fields[0].kind = 'any-of';
        step(raw, 'choice').fields[0].options[0].data = { role: 'Pricing' };
        raw.computed.push({
          id: 'items',
          fn: 'collect',
          from: 'pick',
          key: 'role',
          blank: 'items',
        });
      },
      `${file}: computed "items": option "b" of "pick" has no data.role; add it so the option can be collected`,
    ],
    [
      'a yes/no value used as text',
      (raw) => {
        raw.computed.push({ id: 'late', fn: 'beforeToday', date: 'later', blank: 'late' });
        step(raw, 'result').outputs[0].template = '{{late}}';
      },
      `${file}: step "result": output "text": "{{late}}" is a yes/no value; use it as {{#if late}}…{{/if}}`,
    ],
    [
      'each over a value that is not a list',
      (raw) => (step(raw, 'result').outputs[0].template = '{{#each reason}}x{{/each}}'),
      `${file}: step "result": output "text": "{{#each reason}}" needs a list (an any-of or id-list field, or a collect value); "reason" is not one`,
    ],
    [
      'a calendar date that is not a date',
      (raw) => (step(raw, 'result').outputs[0].calendar = { date: 'reason', title: 'T' }),
      `${file}: step "result": output "text": calendar date names "reason", which is not a date field or date computed value`,
    ],
    [
      'a pattern without a message',
      (raw) => (step(raw, 'reason').fields[0].pattern = '[a-z]+'),
      `${file}: step "reason": field "reason": a pattern needs messages.pattern: say in plain words what the answer must look like`,
    ],
    [
      'a pattern that is not a regular expression',
      (raw) =>
        Object.assign(step(raw, 'reason').fields[0], {
          pattern: '[a-z',
          messages: { pattern: 'Letters only' },
        }),
      `${file}: step "reason": field "reason": the pattern "[a-z" is not a valid regular expression`,
    ],
    [
      'two fields without labels on one step',
      (raw) =>
        step(raw, 'reason').fields.push(
          { id: 'more', kind: 'short-text', label: 'More' },
          { id: 'most', kind: 'email' },
        ),
      `${file}: step "reason": field "reason": needs a label: this step has more than one field, so the step title cannot stand for each`,
    ],
    [
      'a rule on a field of another step',
      (raw) =>
        (step(raw, 'reason').rules = [
          { rule: 'required-when', field: 'when', when: { answered: 'pick' }, message: 'M' },
        ]),
      `${file}: step "reason": rule 1: field "when" is not on this step; a rule shows its error on a field of its own step`,
    ],
    [
      'a date rule on a field that is not a date',
      (raw) =>
        (step(raw, 'when').rules = [
          { rule: 'date-after', field: 'when', other: 'reason', message: 'M' },
        ]),
      `${file}: step "when": rule 1: "reason" is not a date field, so date-after cannot compare it`,
    ],
    [
      'a plausibility rule with no span',
      (raw) => (step(raw, 'when').rules = [{ rule: 'date-within', field: 'when', message: 'M' }]),
      `${file}: step "when": rule 1: date-within needs daysBefore, daysAfter or both`,
    ],
    [
      'a label on a computed value that the review cannot show',
      (raw) => raw.computed.push({ id: 'now', fn: 'today', blank: 'today', label: 'Today' }),
      `${file}: computed "now": label shows the value on "Check your answers" below the answer it comes from: only a date or text value worked out from an answer can have one`,
    ],
    [
      'a warning naming an unknown value',
      (raw) => (raw.warnings = [{ id: 'late', if: 'latr', text: 'Late.' }]),
      `${file}: warning "late": if names "latr", which is not a field or computed value (did you mean "later"?)`,
    ],
    [
      'an example naming an unknown field',
      (raw) => (raw.examples[0].answers.pik = 'a'),
      `${file}: example "a": answers names "pik", which is not a field (did you mean "pick"?)`,
    ],
  ])('%s', (_, change, expected) => {
    expect(withChange(change)).toContain(expected);
  });
});

describe('schema problems name the file, the step and the property', () => {
  test.each<[string, (raw: Raw) => void, string]>([
    ['a missing title', (raw) => delete raw.title, `${file}: title is missing; add it`],
    [
      'a missing step title',
      (raw) => delete step(raw, 'stop').title,
      `${file}: step "stop": title is missing; add it`,
    ],
    [
      'an unknown step type',
      (raw) => (step(raw, 'stop').type = 'finish'),
      `${file}: step "stop": type: type must be one of question, info, exit, review, result`,
    ],
    [
      'an unknown field kind',
      (raw) => (step(raw, 'reason').fields[0].kind = 'text'),
      `${file}: step "reason": field "reason": kind: kind must be one of short-text, long-text, email, date, one-of, any-of, id-list`,
    ],
    [
      'a property in the wrong place',
      (raw) => (step(raw, 'stop').next = 'result'),
      `${file}: step "stop": unknown property "next"; check the spelling or remove it`,
    ],
    [
      'a rule that does not fit the kind',
      (raw) => (step(raw, 'when').fields[0].maxLength = 10),
      `${file}: step "when": field "when": unknown property "maxLength"; check the spelling or remove it`,
    ],
    [
      'a wrong type',
      (raw) => (step(raw, 'reason').fields[0].maxLength = 'ten'),
      `${file}: step "reason": field "reason": maxLength must be a number`,
    ],
    [
      'a holiday that is not a real date',
      (raw) => (raw.holidays = ['2026-02-30']),
      `${file}: holidays: item 1: a date must be a real day written YYYY-MM-DD, for example 2026-03-20 (it is "2026-02-30")`,
    ],
    [
      'a step id in the wrong style',
      (raw) => (step(raw, 'stop').id = 'Stop Here'),
      `${file}: step "Stop Here": id: a step id is written in lower case with hyphens, for example "business-name"`,
    ],
    [
      'a condition of an unknown shape',
      (raw) => (step(raw, 'choice').next[0].when = { field: 'pick', is: 'a' }),
      `${file}: step "choice": next entry 1: when: a condition must be one of`,
    ],
    [
      'too few examples',
      (raw) => raw.examples.pop(),
      `${file}: examples: examples needs at least two examples that take different branches`,
    ],
    [
      'an unsafe link',
      (raw) => (step(raw, 'stop').link = { text: 'Go', href: 'javascript:alert(1)' }),
      `${file}: step "stop": link: href: href must start with https:// or / (a page of this site)`,
    ],
  ])('%s', (_, change, expected) => {
    const found = withChange(change);
    expect(
      found.some((line) => line.startsWith(expected)),
      `${expected}\nnot in\n${found.join('\n')}`,
    ).toBe(true);
  });
});

test('every problem is listed, one per line', () => {
  const found = withChange((raw) => {
    step(raw, 'choice').next[0].when.equals = 'c';
    step(raw, 'result').outputs[0].template = '{{nothing}}';
    raw.id = 'other';
  });
  expect(found).toEqual([
    `${file}: id is "other" but the file is named "fixture.yaml"; make them the same`,
    `${file}: step "choice": next entry 1: when compares "pick" with "c", which is not one of its options (a, b)`,
    `${file}: step "result": output "text": template names "{{nothing}}", which is not a field or computed value`,
  ]);
});

test('dates a YAML parser hands over as Date objects are read back in UTC', () => {
  const raw = base();
  raw.holidays = [new Date(Date.UTC(2026, 0, 7))];
  raw.examples[1].today = new Date(Date.UTC(2026, 0, 5));
  const wizard = validateWizard(raw, file);
  expect(wizard.holidays).toEqual(['2026-01-07']);
  expect(wizard.examples[1]?.today).toBe('2026-01-05');
});

describe.each(readdirSync(join(fixtureDir, 'invalid')).filter((f) => f.endsWith('.yaml')))(
  'fixtures/invalid/%s',
  (name) => {
    const path = join(fixtureDir, 'invalid', name);
    const text = readFileSync(path, 'utf8');
    const expected = [...text.matchAll(/^# expect: (.*)$/gm)].map((m) => `${path}: ${m[1]}`);

    test('lists exactly the expected problems', () => {
      expect(expected.length).toBeGreaterThan(0);
      expect(problems(parse(text), path).sort()).toEqual(expected.sort());
    });
  },
);

describe('checks across wizard files', () => {
  const loaded = () => allValidWizards().map(({ file, source }) => ({ file, wizard: source }));

  test('the wizard files fit together', () => {
    expect(crossCheckWizards(loaded())).toEqual([]);
  });

  test('a link to a wizard that does not exist', () => {
    const files = loaded().filter(({ wizard }) => wizard.id !== 'recover-sign-in');
    const problems = crossCheckWizards(files);
    // Every wizard that offers recover-sign-in is named, appeal-request among them.
    expect(problems).toContain(
      'content/wizards/appeal-request.yaml: step "cannot-sign-in": wizard names "recover-sign-in", but there is no content/wizards/recover-sign-in.yaml',
    );
    for (const problem of problems)
      expect(problem).toMatch(
        /wizard names "recover-sign-in", but there is no content\/wizards\/recover-sign-in\.yaml$/,
      );
  });

  test('a remember key used for fields of different kinds', () => {
    const raw = base();
    step(raw, 'reason').fields[0].remember = 'developerId';
    step(raw, 'when').fields[0].remember = 'email';
    const fixture = { file, wizard: validateWizard(raw, file) };
    expect(crossCheckWizards([...loaded(), fixture])).toEqual([
      `${file}: field "when": remember "email" is a email field in content/wizards/recover-sign-in.yaml ("email") but date here; use another key`,
    ]);
  });
});
