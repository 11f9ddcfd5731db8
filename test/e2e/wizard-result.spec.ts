// What a person ends with: Copy that says it worked, checklists that keep an answer whole, and
// the texts the content promises (the message to the developer, the word on MWS's retirement).
import { test, expect } from './site.ts';
import { allWizards, outputText, walkExample } from './wizard-driver.ts';
import type { Page } from '@playwright/test';

const wizards = await allWizards();

/** Walks a wizard's named example, with some answers replaced, to its last step. */
const walk = (page: Page, id: string, name: string, answers: Record<string, string> = {}) =>
  walkExample(
    page,
    wizards.find((w) => w.id === id)!,
    name,
    { answers },
  );

test('Copy shows "Copied" beside its button for a few seconds, and announces it', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.clock.install();
  await walk(page, 'recover-sign-in', 'Support case with everything typed loosely');
  const comment = page.locator('[aria-labelledby="output-comment-label"]');
  await comment.getByRole('button', { name: 'Copy Question or Comment' }).click();
  const status = comment.getByRole('status');
  await expect(status).toHaveText('Copied');
  await expect(status).toBeVisible();
  // Beside the button, on the same line.
  const [button, sign] = [
    await comment.getByRole('button', { name: 'Copy Question or Comment' }).boundingBox(),
    await status.boundingBox(),
  ];
  expect(Math.abs(button!.y + button!.height / 2 - (sign!.y + sign!.height / 2))).toBeLessThan(8);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    await outputText(page, 'comment'),
  );
  await page.clock.runFor(6000);
  await expect(status).toHaveText('');
});

test('a multi-line answer stays one checklist item', async ({ page }) => {
  await walk(page, 'prepare-access-change', 'Lookup values, adjust in time', {
    affectedData: 'Buyer name\nBuyer email',
  });
  const items = page.locator('.checklist li');
  await expect(items).toHaveCount(7);
  await expect(items.nth(2)).toHaveText(
    'Find every place in your application that uses this data: Buyer name\nBuyer email',
  );
  // The line break shows inside the item: "Buyer email" starts a line below "Buyer name".
  const tops = await items
    .nth(2)
    .locator('label')
    .evaluate((label) =>
      ['Buyer name', 'Buyer email'].map((words) => {
        const text = label.firstChild as Text;
        const range = document.createRange();
        range.setStart(text, text.data.indexOf(words));
        range.setEnd(text, text.data.indexOf(words) + words.length);
        return range.getBoundingClientRect().top;
      }),
    );
  expect(tops[1]).toBeGreaterThan(tops[0]);
});

test('Revoke drafts the message to the developer that its checklist refers to', async ({
  page,
}) => {
  await walk(page, 'revoke-developer', 'Disabled for good');
  await expect(page.locator('.checklist')).toContainText('Sent the developer the message below');
  expect(await outputText(page, 'message')).toContain(
    'I clicked the Disable button for Order Sync Pro on the Manage your apps page. Order Sync Pro can no longer make calls to Amazon MWS for my selling account.',
  );
  await expect(page.getByRole('button', { name: 'Copy Message to the developer' })).toBeVisible();
});

test('Ask for help says, where the person chooses the forum or the form, that MWS is no longer available after March 31, 2024', async ({
  page,
}) => {
  const def = wizards.find((w) => w.id === 'ask-mws-help')!;
  await walkExample(page, def, 'Contact form, no error message', { stopAt: 'where' });
  const choice = page.getByRole('group', { name: 'Where will you ask?' });
  await expect(choice).toHaveAccessibleDescription(
    /Amazon MWS will no longer be available after March 31, 2024.*refer to the Migration Hub/,
  );
});

test('on paper: every output in full with its label, and none of the page chrome', async ({
  page,
}) => {
  await walk(page, 'extension-request', 'Primary account holder, in time');
  await page.emulateMedia({ media: 'print' });
  for (const label of ['Reply to your Developer Profile support case', 'How to send it'])
    await expect(page.getByRole('heading', { name: label })).toBeVisible();
  await expect(page.locator('#output-reply')).toBeVisible();
  expect(
    await page.locator('#output-reply').evaluate((el) => el.scrollHeight - el.clientHeight),
  ).toBe(0);
  for (const chrome of [
    page.locator('.site-header'),
    page.locator('.site-footer'),
    page.locator('.breadcrumbs'),
    page.getByRole('link', { name: 'Back' }),
  ])
    await expect(chrome).toBeHidden();
  // Role queries skip what is not shown: no button is left on paper.
  await expect(page.getByRole('button')).toHaveCount(0);
});
