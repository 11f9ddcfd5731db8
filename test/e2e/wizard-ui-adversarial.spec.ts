// Adversarial cases for the wizard island's screen (issue 14): answers of any length wrap at
// 320 px and on paper, no typed address becomes a link, Back and Forward show what the address
// says, a script that cannot load says so, and a screen that throws offers a way out.
import type { Page } from '@playwright/test';
import { test, expect } from './site.ts';
import type { Field } from '../../src/wizard/authoring/schema/index.ts';
import {
  allWizards,
  answer,
  blockIslandScripts,
  breakField,
  completeStep,
  openWizard,
  overflowing,
  walkExample,
} from './wizard-driver.ts';

const wizards = await allWizards();
type Def = (typeof wizards)[number];
type Example = Def['examples'][number];

const heading = (page: Page) => page.locator('.wizard-app h2').first();
const narrow = 320;

/** A run with no break opportunity that the credential guard lets through, `length` long. */
const unbroken = (length: number, start = '') =>
  (start + 'Acme_Inventory_Sync_Professional_Edition_V2_'.repeat(Math.ceil(length / 44))).slice(
    0,
    length,
  );

/** An address typed as an answer, long and unbroken: it must wrap, and never become a link. */
const typedUrl = 'https://evil.example/login?next=sellercentral&';

/**
 * The longest unbroken answer each free-text field takes: its maximum length (1,000 characters
 * when it has none), an address where any text goes, capitals where a pattern allows only IDs.
 */
function longAnswer(field: Field): string | undefined {
  switch (field.kind) {
    case 'short-text':
    case 'long-text': {
      const length = field.maxLength ?? 1000;
      return 'pattern' in field && field.pattern ? 'A'.repeat(length) : unbroken(length, typedUrl);
    }
    case 'email':
      return `${unbroken(150).toLowerCase()}@evil.example`;
    case 'id-list':
      return ['A', 'B', 'C'].map((c) => c.repeat(39)).join(', ');
    default:
      return undefined;
  }
}

const freeText = (def: Def, example: Example) =>
  example.path.flatMap((stepId) => {
    const step = def.steps.find((s) => s.id === stepId)!;
    return step.type === 'question' ? step.fields.filter((f) => longAnswer(f) !== undefined) : [];
  });

/** Examples that between them reach every free-text field of the wizard, the fewest that do. */
function coveringExamples(def: Def): Example[] {
  const left = new Set(def.steps.flatMap((s) => (s.type === 'question' ? s.fields : [])));
  for (const field of [...left]) if (longAnswer(field) === undefined) left.delete(field);
  const chosen: Example[] = [];
  while (left.size > 0) {
    const best = def.examples
      .map((example) => ({ example, gain: freeText(def, example).filter((f) => left.has(f)) }))
      // The longest walk among equals: it reaches the review and the result, where answers show.
      .sort(
        (a, b) => b.gain.length - a.gain.length || b.example.path.length - a.example.path.length,
      )[0];
    if (!best || best.gain.length === 0) break;
    chosen.push(best.example);
    for (const field of best.gain) left.delete(field);
  }
  return chosen;
}

/** Nothing wider than the screen, no text out of its box, no typed address as a link. */
async function expectScreenHolds(page: Page, where: string, boxes: boolean): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${where}: the page is wider than the screen`).toBeLessThanOrEqual(narrow);
  // Inputs scroll their own text by design; every other screen shows everything.
  if (boxes) expect(await overflowing(page), where).toEqual([]);
  const links = page.locator('a').filter({ hasText: 'evil.example' });
  const offSite = page.locator('a[href*="evil.example"]');
  expect(await offSite.count(), `${where}: a typed address became a link`).toBe(0);
  expect(await links.count(), `${where}: typed text inside a link`).toBe(0);
}

for (const def of wizards) {
  for (const example of coveringExamples(def)) {
    test(`${def.id} "${example.name}": the longest answers wrap at ${narrow} px and on paper, and no typed address becomes a link`, async ({
      page,
    }) => {
      test.slow();
      await page.setViewportSize({ width: narrow, height: 800 });
      await openWizard(page, def.id, example.today);
      await page.getByRole('button', { name: 'Start now' }).click();
      const answers = { ...example.answers };
      for (const field of freeText(def, example)) answers[field.id] = longAnswer(field)!;
      for (const [index, stepId] of example.path.entries()) {
        await expect(page).toHaveURL(new RegExp(`[?&]step=${stepId}$`));
        const step = def.steps.find((s) => s.id === stepId)!;
        if (step.type === 'question') {
          for (const field of step.fields)
            if (answers[field.id] !== undefined) await answer(page, field, answers[field.id]);
        }
        await expectScreenHolds(page, stepId, step.type !== 'question');
        if (step.type === 'review' || step.type === 'result') {
          await page.emulateMedia({ media: 'print' });
          await expectScreenHolds(page, `${stepId} in print`, true);
          await page.emulateMedia({ media: 'screen' });
        }
        if (index < example.path.length - 1) await completeStep(page, def, stepId, answers);
      }
    });
  }
}

test('a long unbroken ID shown back in an error wraps in the error summary and under the field', async ({
  page,
}) => {
  await page.setViewportSize({ width: narrow, height: 800 });
  const def = wizards.find((w) => w.id === 'register-developer-profile')!;
  await walkExample(page, def, 'First profile, IDs typed loosely, shipping and tracking orders', {
    stopAt: 'developer-ids',
  });
  await page.locator('#developerIds').fill(`${'A'.repeat(30)}_${'B'.repeat(60)}`);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('.error-summary')).toBeFocused();
  await expectScreenHolds(page, 'error summary', false);
  // The field itself scrolls what was typed; its error and the summary show all of theirs.
  const cutOff = (await overflowing(page)).filter((box) => !box.startsWith('textarea#'));
  expect(cutOff).toEqual([]);
});

/** The screen shows the step the address names. */
async function expectScreenMatchesAddress(page: Page, def: Def, when: string): Promise<void> {
  await expect(async () => {
    const stepId = new URL(page.url()).searchParams.get('step');
    const step = def.steps.find((s) => s.id === stepId);
    expect(step, `${when}: the address names a step (${page.url()})`).toBeDefined();
    expect(await heading(page).textContent(), `${when}: the screen shows ?step=${stepId}`).toBe(
      step!.title,
    );
  }).toPass({ timeout: 5000 });
}

test('Change to an answer that leads to an exit, then Back and Forward: the screen always shows the step in the address', async ({
  page,
}) => {
  const def = wizards.find((w) => w.id === 'ask-mws-help')!;
  await walkExample(page, def, 'Forum thread with an error message', { stopAt: 'check-answers' });
  await page.getByRole('link', { name: 'Change What is your question about?' }).click();
  await expect(heading(page)).toHaveText('What is your question about?');
  await page.getByLabel('New work, or a new application').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(heading(page)).toHaveText('Build new work on the Selling Partner API');
  for (const move of ['back', 'back', 'back', 'forward', 'forward', 'forward'] as const) {
    await (move === 'back' ? page.goBack() : page.goForward());
    await expectScreenMatchesAddress(page, def, `after ${move}`);
  }
});

test('a wizard whose script cannot load says so under Start now and points to every step on one page', async ({
  page,
  problems,
}) => {
  await blockIslandScripts(page);
  await page.goto('/wizards/recover-sign-in/');
  const notice = page.getByRole('status').filter({ hasText: 'could not load' });
  await expect(notice).toBeHidden();
  const start = page.getByRole('button', { name: 'Start now' });
  await start.click();
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('Reload the page to try again');
  const [button, note] = [await start.boundingBox(), await notice.boundingBox()];
  expect(note!.y, 'the notice is under Start now').toBeGreaterThan(button!.y + button!.height);
  await notice.getByRole('link', { name: 'every step on one page' }).click();
  await expect(page.getByRole('heading', { name: 'Every step on one page' })).toBeInViewport();
  problems.list = problems.list.filter((p) => !p.includes('island could not load'));
});

test('a screen that throws while it draws shows "Something went wrong", even after a reload, and Clear my answers starts again', async ({
  page,
  problems,
}) => {
  await breakField(page, 'ask-mws-help', 'readDocs');
  await openWizard(page, 'ask-mws-help');
  await page.getByRole('button', { name: 'Start now' }).click();
  await page.getByLabel('An application that already uses Amazon MWS').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  const failed = page.getByRole('heading', { name: 'Something went wrong' });
  await expect(failed).toBeFocused();
  // The page's own steps show again, for a person who cannot go on here.
  await expect(page.getByRole('heading', { name: 'Every step on one page' })).toBeVisible();
  // The progress saved at the broken step fails again on load: the same way out, not a frozen page.
  await page.reload();
  await expect(failed).toBeVisible();
  await page.getByRole('button', { name: 'Clear my answers' }).click();
  await expect(page.getByRole('button', { name: 'Start now' })).toBeFocused();
  await expect(page.getByText('Your answers were removed from this browser.')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('wizard:ask-mws-help'))).toBeNull();
  await page.getByRole('button', { name: 'Start now' }).click();
  await expect(heading(page)).toHaveText('What is your question about?');
  await expect(page.getByLabel('An application that already uses Amazon MWS')).not.toBeChecked();
  const messages = problems.list.filter((p) => p.includes('The wizard stopped working'));
  expect(messages.length).toBeGreaterThan(0);
  problems.list = problems.list.filter((p) => !messages.includes(p));
});
