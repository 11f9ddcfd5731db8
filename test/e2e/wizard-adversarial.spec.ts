/**
 * Adversarial walks (issue 14): what a person types, what a browser stores and a second tab
 * never crash a wizard or lose an answer. Each case was a failure once.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './site.ts';
import { allWizards, completeStep, openWizard, startWizard, walkExample } from './wizard-driver.ts';

const heading = (page: Page) => page.locator('.wizard-app h2').first();
const saved = (page: Page, key: string) =>
  page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null') as unknown, key);

test('two tabs: a tab left on step 1 continues, and every answer the other tab gave is kept', async ({
  page,
  context,
}) => {
  const def = (await allWizards()).find((w) => w.id === 'ask-mws-help')!;
  const example = def.examples.find((e) => e.name === 'Forum thread with an error message')!;
  const tabB = await context.newPage();
  const errorsInB: string[] = [];
  tabB.on('pageerror', (error) => errorsInB.push(error.message));
  await openWizard(tabB, def.id, example.today);
  await startWizard(tabB);
  await expect(tabB).toHaveURL(new RegExp(`step=${example.path[0]}$`));

  // Tab A answers the nine questions, up to Check your answers.
  await walkExample(page, def, example.name, { stopAt: 'check-answers' });
  const key = `wizard:${def.id}`;
  const byA = (await saved(page, key)) as { answers: Record<string, unknown> };
  expect(Object.keys(byA.answers)).toHaveLength(9);

  // Tab B goes on from its first step: A's answers stay, with B's own first answer.
  await completeStep(tabB, def, example.path[0], example.answers);
  await expect(tabB).toHaveURL(new RegExp(`step=${example.path[1]}$`));
  const after = (await saved(tabB, key)) as { current: string; answers: Record<string, unknown> };
  expect(after.answers).toEqual(byA.answers);
  expect(after.current).toBe(example.path[1]);
  expect(errorsInB).toEqual([]);

  // Tab A reloads on Check your answers: every answer is still there to check.
  await page.reload();
  await expect(heading(page)).toHaveText('Check your answers');
  await expect(page.locator('.summary-row')).toHaveCount(9);
});

test.describe('a year the date field does not accept', () => {
  for (const year of ['1000', '0999', '0001']) {
    test(`year ${year}: the error is on the Year box alone, and the wizard stays usable`, async ({
      page,
    }) => {
      const def = (await allWizards()).find((w) => w.id === 'extension-request')!;
      await walkExample(page, def, 'Primary account holder, in time', {
        stopAt: 'adjustment-date',
        today: '2026-12-01',
      });
      await page.locator('#adjustmentDate-day').fill('1');
      await page.locator('#adjustmentDate-month').fill('1');
      await page.locator('#adjustmentDate-year').fill(year);
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(page).toHaveURL(/step=adjustment-date$/);
      const summary = page.locator('.error-summary');
      await expect(summary).toBeFocused();
      await expect(summary.getByRole('link')).toHaveText('Year must be between 2000 and 2100');
      await expect(summary.getByRole('link')).toHaveAttribute('href', '#adjustmentDate-year');
      for (const [part, invalid] of [
        ['day', null],
        ['month', null],
        ['year', 'true'],
      ] as const) {
        if (invalid)
          await expect(page.locator(`#adjustmentDate-${part}`)).toHaveAttribute(
            'aria-invalid',
            invalid,
          );
        else
          await expect(page.locator(`#adjustmentDate-${part}`)).not.toHaveAttribute('aria-invalid');
      }
      // Back still works, and a real date goes on.
      await page.locator('#adjustmentDate-year').fill('2027');
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(page).toHaveURL(/step=deadline$/);
      await expect(heading(page)).toHaveText('Your last day to send it');
    });
  }
});

test.describe('a stored year-1000 date, which once crashed every load', () => {
  for (const wizard of ['appeal-request', 'extension-request', 'prepare-access-change']) {
    test(`${wizard}: discarded with the usual notice; the shared answer is not offered`, async ({
      page,
    }) => {
      await openWizard(page, wizard, '2026-12-01');
      await page.evaluate((id) => {
        localStorage.setItem(
          `wizard:${id}`,
          JSON.stringify({
            version: 1,
            wizard: id,
            current: 'deadline',
            answers: { caseLogAccess: 'primary', adjustmentDate: '1000-01-03' },
          }),
        );
        localStorage.setItem(
          'wizard:shared-answers',
          JSON.stringify({ adjustmentDate: '1000-01-03' }),
        );
      }, wizard);
      await page.reload();
      await expect(page.locator('.wizard-notice')).toHaveText(
        'Your saved answers could not be used, so they were removed.',
      );
      expect(await saved(page, `wizard:${wizard}`)).toBeNull();
      await page.getByRole('button', { name: 'Start now' }).click();
      await page.getByLabel('Yes, I am the primary account holder').check();
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(page.locator('#adjustmentDate-year')).toHaveValue('');
    });
  }
});

test('a lone surrogate and a right-to-left override typed into an answer: the output is clean and Download works', async ({
  page,
}) => {
  const def = (await allWizards()).find((w) => w.id === 'revoke-developer')!;
  const example = def.examples.find((e) => e.name === 'Disabled for good')!;
  await walkExample(page, def, example.name, { stopAt: 'app-name' });
  // Made in the page: a lone surrogate does not survive the trip from the test as text.
  await page.locator('#appName').evaluate((input: HTMLInputElement) => {
    input.value = `Acme\u202E Sync\u200B ${String.fromCharCode(0xd800)}Tool`;
  });
  await page.getByRole('button', { name: 'Continue' }).click();
  for (const stepId of example.path.slice(example.path.indexOf('disable'), -1))
    await completeStep(page, def, stepId, example.answers);
  const message = page.locator('#output-message');
  await expect(message).toContainText('Acme Sync \uFFFDTool');
  expect(await page.locator('.wizard-app').textContent()).not.toMatch(/[\u202E\u200B]/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Download Message/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('revoke-developer-message.txt');
});

test('a secret key in the ID list is refused in its own words and never shown back', async ({
  page,
}) => {
  const def = (await allWizards()).find((w) => w.id === 'register-developer-profile')!;
  const example = def.examples.find((e) => e.name.startsWith('First profile'))!;
  await walkExample(page, def, example.name, { stopAt: 'developer-ids' });
  const key = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
  await page.locator('#developerIds').fill(`123456789012, ${key}`);
  await page.getByRole('button', { name: 'Continue' }).click();
  const error = page.locator('.field-error');
  await expect(error).toContainText('This looks like it contains an AWS secret access key');
  // What the person typed stays in the box to correct; no message repeats it.
  await expect(page.locator('#developerIds')).toHaveValue(`123456789012, ${key}`);
  for (const text of await page.locator('.error-summary, .field-error').allTextContents())
    expect(text.toUpperCase()).not.toContain(key.slice(0, 13).toUpperCase());
});
