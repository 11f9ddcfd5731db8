// The way through a wizard: coming back to saved answers, clearing them, hints where GOV.UK
// puts them, answers reused across wizards, dates typed as people write them, and the page
// without JavaScript.
import { test, expect } from './site.ts';
import { allWizards, openWizard, startWizard, walkExample } from './wizard-driver.ts';
import type { Page } from '@playwright/test';

const heading = (page: Page) => page.locator('.wizard-app h2').first();
const wizards = await allWizards();

const wizard = (id: string) => wizards.find((w) => w.id === id)!;

/** Recover sign-in, answered up to "Do you have your Amazon MWS Developer ID?". */
const answerTwoSteps = (page: Page) =>
  walkExample(page, wizard('recover-sign-in'), 'Support case with everything typed loosely', {
    stopAt: 'have-developer-id',
  });

test('landing on a wizard with saved answers offers Resume and Start again at once', async ({
  page,
}) => {
  await answerTwoSteps(page);
  await page.goto('/wizards/recover-sign-in/');
  // Nothing clicked, focused or typed: the saved answers wake the wizard by themselves.
  await expect(page.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start now' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Start again' })).toBeVisible();
  await expect(page.locator('body')).toBeFocused(); // focus is not moved on load
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(heading(page)).toHaveText('Do you have your Amazon MWS Developer ID?');

  await page.goto('/wizards/recover-sign-in/');
  await page.getByRole('button', { name: 'Start again' }).click();
  await expect(heading(page)).toHaveText('First, try Seller Central sign in help');
});

test('"Clear my answers" says on screen that the answers were removed from this browser', async ({
  page,
}) => {
  await answerTwoSteps(page);
  await page.getByRole('button', { name: 'Clear my answers' }).click();
  const notice = page.locator('.wizard-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toHaveText('Your answers were removed from this browser.');
  await expect(page.getByRole('status').filter({ has: notice })).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Start now' })).toBeFocused();
  expect(
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('wizard:'))),
  ).toEqual([]);
  await page.goto('/wizards/recover-sign-in/');
  await expect(page.getByRole('button', { name: 'Start now' })).toBeVisible();
});

test("a Developer ID given in Recover sign-in is offered in the Register wizard's developer-IDs box, and an adjustment date in every deadline wizard", async ({
  page,
}) => {
  await answerTwoSteps(page);
  await page.getByLabel('Yes, I have it').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('#developerId').fill('1234-5678-9012');
  await page.getByRole('button', { name: 'Continue' }).click();

  await walkExample(
    page,
    wizard('register-developer-profile'),
    'First profile, IDs typed loosely, shipping and tracking orders',
    { stopAt: 'developer-ids' },
  );
  await expect(page.locator('#developerIds')).toHaveValue('1234-5678-9012');

  await walkExample(page, wizard('extension-request'), 'Primary account holder, in time', {
    stopAt: 'deadline',
  });
  await walkExample(page, wizard('appeal-request'), 'Roles removed, both reasons, in time', {
    stopAt: 'adjustment-date',
  });
  await expect(page.locator('#adjustmentDate-month')).toHaveValue('3');
});

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('a hint sits under its question heading, tied to the input with aria-describedby, and stays in view after Continue; errors are tied the same way', async ({
    page,
  }) => {
    await openWizard(page, 'extension-request', '2026-03-02');
    await startWizard(page);
    await page.getByLabel('Yes, I am the primary account holder').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    const question = page.getByRole('heading', { name: 'What is your adjustment date?' });
    await expect(question).toBeFocused();
    const hint = page.locator('#adjustmentDate-hint');
    await expect(hint).toHaveText(/^The date in Amazon's notice on which your access changes/);
    await expect(hint).toBeInViewport();
    const [headingBox, hintBox] = [await question.boundingBox(), await hint.boundingBox()];
    expect(hintBox!.y).toBeGreaterThan(headingBox!.y);
    const group = page.getByRole('group', { name: 'What is your adjustment date?' });
    await expect(group).toHaveAccessibleDescription(/^The date in Amazon's notice/);

    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(group).toHaveAttribute(
      'aria-describedby',
      'adjustmentDate-hint adjustmentDate-error',
    );
    await expect(group).toHaveAccessibleDescription(/Enter your adjustment date$/);

    await page.locator('#adjustmentDate-day').fill('20');
    await page.locator('#adjustmentDate-month').fill('3');
    await page.locator('#adjustmentDate-year').fill('2026');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    const reason = page.getByLabel('Why do you need more time?');
    await expect(reason).toHaveAccessibleDescription(
      /^Amazon asks you to state the reason clearly/,
    );
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says the step-by-step version needs JavaScript and the checklist works as it is; nothing empty or orphaned is left', async ({
    page,
  }) => {
    await page.goto('/wizards/extension-request/');
    const notice = page.locator('.no-js-only');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(
      'The step-by-step version of this wizard needs JavaScript, which is off or blocked in this browser. The checklist below works as it is',
    );
    // Every heading, paragraph and item a person can see has words in it, and every heading
    // is followed by something; no hidden heading stands in for a button that is not there.
    const problems = await page.locator('main').evaluate((main) =>
      [...main.querySelectorAll('h1, h2, h3, h4, p, li, dt, dd, pre, button')].flatMap((el) => {
        const seen = (el as HTMLElement).offsetParent !== null;
        const text = (el as HTMLElement).innerText.trim();
        if (!seen)
          return el.matches('h1, h2, h3, h4') && el.closest('.sr-only') ? [el.outerHTML] : [];
        if (text === '') return [`empty: ${el.outerHTML}`];
        if (
          el.matches('h2, h3, h4') &&
          !el.nextElementSibling &&
          !el.parentElement?.nextElementSibling
        )
          return [`heading with nothing after it: ${text}`];
        return [];
      }),
    );
    expect(problems).toEqual([]);
    await expect(page.locator('main h2.sr-only, main .sr-only h2')).toHaveCount(0);
    const deadline = page.locator('#outline-deadline');
    await expect(deadline).toContainText(
      '[Unless the last day has passed:] Send your Extension Request by [the last day to send it',
    );
    await expect(page.locator('.wizard-outline')).not.toContainText(/have no the|\[\]/);
  });
});
