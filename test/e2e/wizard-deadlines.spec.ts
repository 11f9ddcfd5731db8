// Deadlines told honestly: the last day ahead with its distance, a passed one named as past with
// what can still be done, the new value after a change, and a progress line that never
// contradicts itself. The browser clock is set by the driver, never the machine's.
import { test, expect } from './site.ts';
import { allWizards, completeStep, openWizard, startWizard, walkExample } from './wizard-driver.ts';
import type { Page } from '@playwright/test';

const wizards = await allWizards();
const heading = (page: Page) => page.locator('.wizard-app h2').first();

const inTime = {
  'extension-request': 'Primary account holder, in time',
  'appeal-request': 'Roles removed, both reasons, in time',
};

/** Walks a deadline wizard's in-time example, on another day and adjustment date, up to `stopAt`. */
function walk(
  page: Page,
  id: keyof typeof inTime,
  today: string,
  adjustmentDate: string,
  stopAt: string,
) {
  const def = wizards.find((w) => w.id === id)!;
  const answers = { adjustmentDate, completionDate: '2027-03-31' };
  return walkExample(page, def, inTime[id], { answers, stopAt, today });
}

for (const [id, request] of [
  ['extension-request', 'Extension Request'],
  ['appeal-request', 'Appeal Request'],
] as const) {
  test(`${id}: a last day already gone is named as past; nothing says to send it by then, and no calendar file is offered`, async ({
    page,
  }) => {
    await walk(page, id, '2026-12-01', '2026-12-02', 'deadline');
    const app = page.locator('.wizard-app');
    await expect(page.locator('.warning-text')).toContainText(
      'The last day was Wednesday 25 November 2026',
    );
    await expect(page.locator('.warning-text')).toContainText('on a case-by-case basis');
    await expect(page.locator('.warning-text')).toContainText(
      `send your ${request} as soon as you can`,
    );
    await expect(app).not.toContainText(/send (it|your [A-Za-z ]+) by/i);
    await expect(app).not.toContainText('send it today');

    const def = wizards.find((w) => w.id === id)!;
    const example = def.examples.find((e) => e.path.at(-1) === 'reply')!;
    for (const stepId of example.path.slice(example.path.indexOf('deadline'), -1))
      await completeStep(page, def, stepId, { ...example.answers, completionDate: '2027-03-31' });
    await expect(heading(page)).toHaveText(`Your ${request}`);
    await expect(app).not.toContainText(/send it by/i);
    await expect(page.locator('#output-howToSend-3').locator('..')).toContainText(
      'send it as soon as you can',
    );
    await expect(page.getByRole('button', { name: /Add to calendar/ })).toHaveCount(0);
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download How to send it as .txt' }).click(),
    ]);
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(await file.path(), 'utf8')).not.toMatch(/send it by/i);
  });
}

test('a last day still ahead is given with its weekday and how many business days are left; the calendar file is offered', async ({
  page,
}) => {
  await walk(page, 'extension-request', '2026-12-01', '2026-12-14', 'deadline');
  await expect(page.locator('.wizard-app')).toContainText(
    'Send your Extension Request by Monday 7 December 2026 (4 business days from today).',
  );
  await expect(page.locator('.warning-text')).toHaveCount(0);
  const def = wizards.find((w) => w.id === 'extension-request')!;
  const example = def.examples[1];
  for (const stepId of example.path.slice(2, -1))
    await completeStep(page, def, stepId, { ...example.answers, completionDate: '2027-03-31' });
  await expect(page.getByRole('button', { name: /Add to calendar/ })).toHaveCount(1);
  // The .ics builder loads on this first press.
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Add to calendar/ }).click(),
  ]);
  expect(file.suggestedFilename()).toBe('extension-request-reply-2026-12-07.ics');
  const { readFileSync } = await import('node:fs');
  expect(readFileSync(await file.path(), 'utf8')).toContain(
    'DTSTART;VALUE=DATE:20261207\r\nDTEND;VALUE=DATE:20261208\r\n',
  );
  await expect(page.locator('.wizard-app')).toContainText('send it by Monday 7 December 2026.');
});

test('Check your answers shows the last day; changing the adjustment date shows the new one before the text', async ({
  page,
}) => {
  await walk(page, 'extension-request', '2026-12-01', '2026-12-14', 'check-answers');
  const lastDayRow = page.locator('.summary-row').filter({ hasText: 'Your last day to send it' });
  await expect(lastDayRow).toContainText('Monday 7 December 2026');
  await page.getByRole('link', { name: 'Change What is your adjustment date?' }).click();
  await page.locator('#adjustmentDate-day').fill('21');
  await page.getByRole('button', { name: 'Continue' }).click();
  // The step that works the last day out comes back first, with the new day on it.
  await expect(heading(page)).toHaveText('Your last day to send it');
  await expect(page.locator('.wizard-app')).toContainText(
    'Send your Extension Request by Monday 14 December 2026 (9 business days from today).',
  );
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(heading(page)).toHaveText('Check your answers');
  await expect(lastDayRow).toContainText('Monday 14 December 2026');
  // An answer changed to the same value goes straight back.
  await page.getByRole('link', { name: 'Change What is your adjustment date?' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(heading(page)).toHaveText('Check your answers');
});

test('the progress line never promises a count that can change: no "Step N of M" on any screen, going back or after a change', async ({
  page,
}) => {
  const noCount = () => expect(page.locator('.wizard-app')).not.toContainText(/Step \d+/);
  await openWizard(page, 'revoke-developer');
  await startWizard(page);
  await noCount();
  await page.getByLabel('Someone else is the primary account holder').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(heading(page)).toHaveText('The primary account holder must revoke the access');
  await noCount();
  await page.getByRole('link', { name: 'Back' }).click();
  await expect(heading(page)).toHaveText(
    'Can you sign in to Seller Central as the primary account holder?',
  );
  await noCount();
  await walk(page, 'appeal-request', '2026-03-02', '2026-03-20', 'check-answers');
  await noCount();
  await page.getByRole('link', { name: 'Change What does the decision cover?' }).click();
  await noCount();
});

test('dates: a month typed as a name is understood; an adjustment date years away is refused with what to check', async ({
  page,
}) => {
  await openWizard(page, 'extension-request', '2026-12-01');
  await startWizard(page);
  await page.getByLabel('Yes, I am the primary account holder').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  const [day, month, year] = ['day', 'month', 'year'].map((p) =>
    page.locator(`#adjustmentDate-${p}`),
  );
  await day.fill('1');
  await month.fill('1');
  await year.fill('2020');
  await page.getByRole('button', { name: 'Continue' }).click();
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(
    'Check your adjustment date: it is more than a year before today or more than three years after.',
  );
  await expect(year).toHaveValue('2020'); // nothing typed is lost
  await day.fill('2');
  await month.fill('Dec');
  await year.fill('2026');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(heading(page)).toHaveText('Your last day to send it');
  await expect(page.locator('.warning-text')).toContainText(
    'The last day was Wednesday 25 November 2026',
  );
  await expect(page.locator('.wizard-app')).toContainText('Wednesday 2 December 2026');
  await page.getByRole('link', { name: 'Back' }).click();
  await expect(month).toHaveValue('12');
  await month.fill('december');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(heading(page)).toHaveText('Your last day to send it');
});
