/** What the page hands to the browser: the wizard settled at build time. */
import { describe, expect, test } from 'vitest';
import { compileWizard } from '../../../src/wizard/authoring/compile.ts';
import type { CompiledStep } from '../../../src/wizard/runtime/types.ts';
import { allValidWizards } from './helpers.ts';

const loaded = new Map(allValidWizards().map((w) => [w.def.id, w]));
const source = (id: string) => {
  const found = loaded.get(id);
  if (!found) throw new Error(`no wizard ${id}`);
  return found.source;
};
const stepOf = (steps: CompiledStep[], id: string) => steps.find((s) => s.id === id);

describe('compiling a wizard', () => {
  const targets = {
    base: '/help/',
    wizards: {
      'recover-sign-in': { title: 'Recover sign-in', href: '/help/wizards/recover-sign-in/' },
    },
    faq: {
      'appeal-access-denial': {
        title: 'How do I appeal?',
        href: '/help/faq/appeal-access-denial/',
      },
    },
  };

  test('links are resolved: site paths under the base, other wizards and FAQ questions by title', () => {
    const appeal = compileWizard(source('appeal-request'), targets);
    expect(stepOf(appeal.steps, 'cannot-sign-in')).toMatchObject({
      links: [
        { href: '/help/wizards/recover-sign-in/', text: 'Go to the wizard: Recover sign-in' },
      ],
    });
    const withLink = compileWizard(
      {
        ...source('recover-sign-in'),
        steps: source('recover-sign-in').steps.map((s) =>
          s.type === 'info'
            ? { ...s, link: { text: 'Sign in help', href: '/faq/x/' }, faq: 'appeal-access-denial' }
            : s,
        ),
      },
      targets,
    );
    expect(stepOf(withLink.steps, 'try-sign-in-help')).toMatchObject({
      links: [
        { href: '/help/faq/x/', text: 'Sign in help' },
        { href: '/help/faq/appeal-access-denial/', text: 'Read: How do I appeal?' },
      ],
    });
  });

  test('only what the browser reads is kept; templates arrive parsed', () => {
    const appeal = compileWizard(source('appeal-request'));
    expect(Object.keys(appeal).sort()).toEqual(
      ['computed', 'dates', 'holidays', 'id', 'reviewValues', 'steps', 'warnings'].sort(),
    );
    expect(JSON.stringify(appeal)).not.toMatch(/\{\{/);
    expect(appeal.dates).toEqual(['lastDay']);
  });

  test("a one-question step's hint becomes its field's hint: under the heading, tied to the input", () => {
    const appeal = compileWizard(source('appeal-request'));
    const step = stepOf(appeal.steps, 'adjustment-date');
    expect(step?.type === 'question' && step.hint).toBeUndefined();
    expect(step?.type === 'question' && step.fields[0]?.hint).toBe(
      "The date in Amazon's notice on which your access changes. For example, 20 3 2026.",
    );
  });

  test('an info step knows the answers its text is worked out from; labelled values go on the review', () => {
    const appeal = compileWizard(source('appeal-request'));
    const deadline = stepOf(appeal.steps, 'deadline');
    expect(deadline?.type === 'info' && deadline.reads).toEqual(['adjustmentDate']);
    expect(appeal.reviewValues).toEqual([
      { id: 'lastDay', label: 'Your last day to send it', after: 'adjustmentDate' },
    ]);
  });

  test('a warning lists every step that shows it; a branch names the fields it reads', () => {
    const appeal = compileWizard(source('appeal-request'));
    expect(appeal.warnings[0]?.showOn).toEqual(['deadline', 'check-answers', 'reply']);
    expect(stepOf(appeal.steps, 'case-log-access')?.next).toEqual([
      {
        when: { field: 'caseLogAccess', equals: 'cannot-sign-in' },
        needs: ['caseLogAccess'],
        goto: 'cannot-sign-in',
      },
      { needs: [], goto: 'adjustment-date' },
    ]);
    expect(stepOf(appeal.steps, 'reply')?.next).toEqual([]);
  });
});
