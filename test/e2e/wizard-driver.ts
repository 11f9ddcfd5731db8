import { resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { loadWizardFiles } from '../../src/wizard/authoring/loader.ts';
import type { Field, Wizard } from '../../src/wizard/authoring/schema/index.ts';

type Example = Wizard['examples'][number];
type Answer = Example['answers'][string];

/** Every wizard in content/wizards/, validated exactly as the build validates it. */
export async function allWizards(): Promise<Wizard[]> {
  const root = resolve(import.meta.dirname, '../..');
  return (await loadWizardFiles(resolve(root, 'content/wizards'), root)).map((f) => f.wizard);
}

/** Opens a wizard with the browser clock on `today` (noon, so no time zone moves the day). */
export async function openWizard(page: Page, id: string, today?: string): Promise<void> {
  if (today) await page.clock.setFixedTime(new Date(`${today}T12:00:00`));
  await page.goto(`/wizards/${id}/`);
}

/** Starts a wizard from its first step, whether or not this browser holds answers from before. */
export async function startWizard(page: Page): Promise<void> {
  // With saved answers the wizard offers Resume and Start again instead of Start now.
  await page
    .getByRole('button', { name: /^(Start now|Start again)$/ })
    .first()
    .click();
  const heading = page.locator('.wizard-app h2').first();
  await expect(heading).toBeFocused();
  if ((await heading.textContent()) === 'Welcome back') {
    await page.getByRole('button', { name: 'Start again' }).click();
    await expect(heading).not.toHaveText('Welcome back');
    await expect(heading).toBeFocused();
  }
}

/** Types or picks one answer the way a person would, by the field's kind. */
export async function answer(page: Page, field: Field, value: Answer): Promise<void> {
  switch (field.kind) {
    case 'date': {
      const [year, month, day] = String(value).split('-');
      await page.locator(`#${field.id}-day`).fill(String(Number(day)));
      await page.locator(`#${field.id}-month`).fill(String(Number(month)));
      await page.locator(`#${field.id}-year`).fill(year);
      return;
    }
    case 'one-of':
      await page.locator(`input[name="${field.id}"][value="${String(value)}"]`).check();
      return;
    case 'any-of':
      for (const option of [value].flat())
        await page.locator(`input[name="${field.id}"][value="${option}"]`).check();
      return;
    default:
      await page.locator(`#${field.id}`).fill([value].flat().join(', '));
  }
}

/** Answers the current step from the example and presses its main button. */
export async function completeStep(
  page: Page,
  def: Wizard,
  stepId: string,
  answers: Example['answers'],
): Promise<void> {
  const step = def.steps.find((s) => s.id === stepId)!;
  if (step.type === 'question') {
    for (const field of step.fields) {
      const value = answers[field.id];
      if (value !== undefined) await answer(page, field, value);
    }
  }
  await page.locator('.wizard-app form button[type="submit"]').click();
}

export interface Walk {
  /** Answers to use instead of the example's, by field id. */
  answers?: Example['answers'];
  /** The step to stop on (default: the example's last). */
  stopAt?: string;
  /** The browser's day (default: the example's). */
  today?: string;
}

/** Opens a wizard and answers an example's path, as a person would, up to `stopAt`. */
export async function walkExample(
  page: Page,
  def: Wizard,
  exampleName: string,
  { answers = {}, stopAt, today }: Walk = {},
): Promise<void> {
  const example = def.examples.find((e) => e.name === exampleName);
  if (!example) throw new Error(`${def.id} has no example "${exampleName}"`);
  const end = stopAt ?? example.path.at(-1)!;
  await openWizard(page, def.id, today ?? example.today);
  await startWizard(page);
  for (const stepId of example.path.slice(0, example.path.indexOf(end)))
    await completeStep(page, def, stepId, { ...example.answers, ...answers });
  await expect(page).toHaveURL(new RegExp(`[?&]step=${end}$`));
}

/** What the result screen shows for one output: a block's text, or a checklist's lines. */
export async function outputText(page: Page, outputId: string): Promise<string> {
  const block = page.locator(`#output-${outputId}`);
  if (await block.count()) return (await block.textContent()) ?? '';
  return (
    await page
      .locator(`section[aria-labelledby="output-${outputId}-label"] .checklist label`)
      .allTextContents()
  ).join('\n');
}

/**
 * Every element on the wizard's screen whose content does not fit in it (it would scroll or be
 * cut off), as "pre#output-reply 574 > 355". Visually hidden text (`.sr-only`) is left out: it
 * is clipped on purpose, for screen readers only.
 */
export function overflowing(page: Page): Promise<string[]> {
  return page.locator('.wizard-app').evaluate((app) =>
    [app, ...app.querySelectorAll('*')]
      .filter((el) => !el.closest('.sr-only'))
      .flatMap((el) => {
        const tall = el.scrollHeight > el.clientHeight;
        if (!tall && el.scrollWidth <= el.clientWidth) return [];
        const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${el.className}`;
        return [
          tall
            ? `${name} ${el.scrollHeight} > ${el.clientHeight} high`
            : `${name} ${el.scrollWidth} > ${el.clientWidth} wide`,
        ];
      }),
  );
}

/** Checks the screen shows all its text at 1280 px, at 320 px and in print, then restores 1280 px. */
export async function expectNothingCutOff(page: Page, what: string): Promise<void> {
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 720 });
    expect(await overflowing(page), `${what} at ${width} px`).toEqual([]);
  }
  await page.emulateMedia({ media: 'print' });
  expect(await overflowing(page), `${what} in print`).toEqual([]);
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1280, height: 720 });
}

/** Every island script fails to load, as on a dropped connection or a blocked file. */
export async function blockIslandScripts(page: Page): Promise<void> {
  await page.route(/\/_astro\/islands\/.+\.js/, (route) => route.abort('aborted'));
}

/**
 * Serves the wizard page with one field's options taken out of the wizard the island is given,
 * so drawing that field throws: a failure the test can force whatever the engine guards.
 */
export async function breakField(page: Page, wizardId: string, fieldId: string): Promise<void> {
  await page.route(new RegExp(`/wizards/${wizardId}/(\\?.*)?$`), async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      new RegExp(`(&quot;id&quot;:&quot;${fieldId}&quot;.*?&quot;)options(&quot;)`),
      '$1unreadable$2',
    );
    await route.fulfill({ response, body: html });
  });
}
