import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './site.ts';
import { openWizard, startWizard } from './wizard-driver.ts';

const heading = (page: Page) => page.locator('.wizard-app h2').first();

test('recover sign-in by keyboard alone: errors, Back, Change from the review, the four outputs', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openWizard(page, 'recover-sign-in');
  // Reach Start from the keyboard: Tab until it has focus, then Enter.
  for (
    let i = 0;
    i < 40 &&
    !(await page
      .getByRole('button', { name: 'Start now' })
      .evaluate((el) => el === document.activeElement));
    i++
  ) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('First, try Seller Central sign in help');
  await expect(heading(page)).toBeFocused();
  await expect(page).toHaveTitle(/^First, try Seller Central sign in help – Recover sign-in/);

  await page.keyboard.press('Tab'); // Back link is not there on step 1: the first Tab reaches the content
  await page.getByRole('button', { name: 'Continue' }).focus();
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Did Seller Central sign in help get you back in?');

  // Continue with nothing chosen: the GOV.UK error pattern.
  await page.getByRole('button', { name: 'Continue' }).focus();
  await page.keyboard.press('Enter');
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('heading')).toHaveText('There is a problem');
  await expect(page).toHaveTitle(/^Error: /);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter'); // the error's link moves focus to the first radio
  await expect(page.locator('#signInResult')).toBeFocused();
  await page.keyboard.press('ArrowDown'); // radios: arrow keys choose
  await expect(page.getByLabel('No, I still cannot sign in')).toBeChecked();
  await page.keyboard.press('Enter'); // Enter in a form submits it
  await expect(heading(page)).toHaveText('Do you have your Amazon MWS Developer ID?');
  await expect(page).toHaveTitle(/^Do you have/);

  await page.getByLabel('Yes, I have it').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  // Focus is on the new question; Tab reaches its input.
  await expect(
    page.getByRole('heading', { name: 'What is your Amazon MWS Developer ID?' }),
  ).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('What is your Amazon MWS Developer ID?')).toBeFocused();
  await page.keyboard.type('  1234-5678-9012 ');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Acme Tools Ltd');
  await page.keyboard.press('Enter');
  // A bad email keeps what was typed and says how to fix it.
  await page.keyboard.press('Tab');
  await page.keyboard.type('dev@acme');
  await page.keyboard.press('Enter');
  await expect(page.locator('.error-summary')).toContainText(
    'Enter an email address in the correct format',
  );
  await expect(page.locator('#email')).toHaveValue('dev@acme');
  await expect(page.locator('#email')).toHaveAttribute('aria-invalid', 'true');
  await page.locator('#email').fill('dev@acme.example');
  await page.keyboard.press('Enter');

  await expect(heading(page)).toHaveText('Check your answers');
  // Change the business name from the review, and come straight back to it.
  await page.getByRole('link', { name: /Change What name is associated/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#businessName')).toHaveValue('Acme Tools Ltd');
  await page.locator('#businessName').fill('Acme Tools Limited');
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Check your answers');
  await expect(page.locator('.summary-list')).toContainText('Acme Tools Limited');
  await page.getByRole('button', { name: 'Continue to your text' }).focus();
  await page.keyboard.press('Enter');

  await expect(heading(page)).toHaveText('Create your support case');
  await expect(page.locator('#output-topic')).toHaveText('Other question or request');
  await expect(page.locator('#output-business')).toHaveText('Acme Tools Limited');
  await expect(page.locator('#output-recipient')).toHaveText('dev@acme.example');
  await expect(page.locator('#output-comment')).toHaveText(
    'I do not know my selling account ID or email. My Amazon MWS Developer ID is 1234-5678-9012. Please assist.',
  );
  // Each of the four values has its own Copy button; copying is announced.
  await expect(page.getByRole('button', { name: /^Copy / })).toHaveCount(4);
  await page.getByRole('button', { name: 'Copy Question or Comment' }).focus();
  await page.keyboard.press('Enter');
  await expect(
    page.locator('[aria-labelledby="output-comment-label"]').getByRole('status'),
  ).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
    'My Amazon MWS Developer ID is 1234-5678-9012.',
  );

  // Download as .txt
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download Business Name as .txt' }).click(),
  ]);
  expect(file.suggestedFilename()).toBe('recover-sign-in-business.txt');
  expect(readFileSync(await file.path(), 'utf8')).toBe('Acme Tools Limited');
});

test('when the clipboard is refused the text is selected and the person told to press Ctrl+C', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('denied')) },
    });
  });
  await walkRecoverSignIn(page);
  await page.getByRole('button', { name: 'Copy Business Name' }).click();
  const status = page.locator('[aria-labelledby="output-business-label"]').getByRole('status');
  await expect(status).toHaveText(/^Press (Ctrl\+C|⌘C) to copy$/);
  await expect(status).toBeVisible();
  await expect(page.locator('#output-business')).toBeFocused();
  expect(await page.evaluate(() => getSelection()?.toString())).toBe('Acme Tools');
});

async function walkRecoverSignIn(page: Page) {
  await openWizard(page, 'recover-sign-in');
  await startWizard(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('No, I still cannot sign in').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Yes, I have it').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('#developerId').fill('DEV-1');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('#businessName').fill('Acme Tools');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('#email').fill('dev@acme.example');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Continue to your text' }).click();
  await expect(heading(page)).toHaveText('Create your support case');
}

test("the browser's Back and Forward buttons move between steps; the address holds only the step id", async ({
  page,
}) => {
  await walkRecoverSignIn(page);
  expect(new URL(page.url()).search).toBe('?step=support-case');
  await page.goBack();
  await expect(heading(page)).toHaveText('Check your answers');
  await page.goBack();
  await expect(page.locator('#email')).toHaveValue('dev@acme.example');
  await page.goForward();
  await expect(heading(page)).toHaveText('Check your answers');
  for (const url of await page.evaluate(() =>
    performance.getEntriesByType('navigation').map((e) => e.name),
  )) {
    expect(url).not.toContain('Acme');
  }
  expect(page.url()).not.toContain('acme');
});

test('a reload keeps the step and the answers; a returning person can resume or start again', async ({
  page,
}) => {
  await walkRecoverSignIn(page);
  await page.reload();
  await expect(heading(page)).toHaveText('Create your support case');
  await expect(page.locator('#output-business')).toHaveText('Acme Tools');

  await page.goto('/wizards/recover-sign-in/');
  await expect(heading(page)).toHaveText('Welcome back');
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(heading(page)).toHaveText('Create your support case');

  await page.goto('/wizards/recover-sign-in/');
  await page.getByRole('button', { name: 'Start again' }).click();
  await expect(heading(page)).toHaveText('First, try Seller Central sign in help');
});

test('answers typed in one wizard are offered in another', async ({ page }) => {
  await walkRecoverSignIn(page);
  await openWizard(page, 'appeal-request');
  const remembered = await page.evaluate(() => localStorage.getItem('wizard:shared-answers'));
  expect(JSON.parse(remembered!)).toMatchObject({
    developerId: 'DEV-1',
    businessName: 'Acme Tools',
    email: 'dev@acme.example',
  });
});

for (const [name, saved] of [
  ['random text', 'q#\u0000not json'],
  ['JSON of the wrong shape', '{"answers":[1,2,3]}'],
  [
    'an older version',
    '{"version":0,"wizard":"recover-sign-in","current":"email","path":[],"answers":{}}',
  ],
] as const) {
  test(`saved progress that is ${name} is discarded with a notice, never a crash`, async ({
    page,
  }) => {
    await page.addInitScript(
      (value) => localStorage.setItem('wizard:recover-sign-in', value),
      saved,
    );
    await openWizard(page, 'recover-sign-in');
    await startWizard(page);
    await expect(page.locator('.wizard-notice')).toContainText(
      'Your saved answers could not be used',
    );
    await expect(heading(page)).toHaveText('First, try Seller Central sign in help');
  });
}

test('with storage that throws on every call the wizard still finishes', async ({ page }) => {
  await page.addInitScript(() => {
    const fail = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    Object.defineProperty(window, 'localStorage', { get: fail });
  });
  await walkRecoverSignIn(page);
  await expect(page.locator('.wizard-notice')).toContainText('not keeping your answers');
  await expect(page.locator('#output-comment')).toHaveText(/Developer ID is DEV-1\./);
});

test('a credential typed into a free-text answer is refused before any output', async ({
  page,
}) => {
  await openWizard(page, 'appeal-request', '2026-03-02');
  await startWizard(page);
  await page.getByLabel('Yes, I am the primary account holder').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('#adjustmentDate-day').fill('20');
  await page.locator('#adjustmentDate-month').fill('3');
  await page.locator('#adjustmentDate-year').fill('2026');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page
    .getByLabel(/denied/i)
    .first()
    .check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel(/all/i).first().check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('input[name="grounds"][value="impact"]').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  const secret = 'Our app broke. Token amzn.mws.4ea38b7b-f563-7709-4bae-87aeaEXAMPLE';
  await page.locator('#impact').fill(secret);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('.error-summary')).toBeVisible();
  await expect(page.locator('#impact')).toHaveValue(secret);
  expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain('amzn.mws.');
});

test('the appeal deadline: a clock after the last day shows a clear warning', async ({ page }) => {
  await openWizard(page, 'appeal-request', '2026-03-18');
  await startWizard(page);
  await page.getByLabel('Yes, I am the primary account holder').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('#adjustmentDate-day').fill('20');
  await page.locator('#adjustmentDate-month').fill('3');
  await page.locator('#adjustmentDate-year').fill('2026');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('.warning-text')).toContainText('13 March 2026');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a wizard page lists what you need, every step and the text with its blanks', async ({
    page,
  }) => {
    await page.goto('/wizards/recover-sign-in/');
    await expect(page.getByRole('button', { name: 'Start now' })).toBeHidden();
    await expect(page.getByRole('heading', { name: 'What you need' })).toBeVisible();
    const outline = page.locator('.wizard-outline');
    await expect(outline.getByRole('heading', { name: 'Every step on one page' })).toBeVisible();
    await expect(outline.locator('.outline-steps > li')).not.toHaveCount(0);
    await expect(outline).toContainText(
      'I do not know my selling account ID or email. My Amazon MWS Developer ID is [your Developer ID]. Please assist.',
    );
  });
});
