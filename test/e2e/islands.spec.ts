// The island loader (src/islands/loader/boot.ts) when an island's bundle does not arrive.
import { test, expect } from './site.ts';

const wizardBundle = /\/_astro\/islands\/Wizard\.[^/]+\.js/;

test('a bundle that fails to load once is imported again, and the island wakes', async ({
  page,
}) => {
  let failures = 0;
  await page.route(wizardBundle, (route) =>
    failures++ === 0 ? route.abort('aborted') : route.continue(),
  );
  await page.goto('/wizards/recover-sign-in/');
  await page.getByRole('button', { name: 'Start now' }).click();
  await expect(page.locator('[data-island="wizard"]')).toHaveAttribute('data-awake', '');
  expect(failures).toBe(2);
});

test('a bundle that never loads leaves the page as served, with one clear console message', async ({
  page,
  problems,
}) => {
  await page.route(wizardBundle, (route) => route.abort('aborted'));
  await page.goto('/wizards/recover-sign-in/');
  await page.getByRole('button', { name: 'Start now' }).click();
  const island = page.locator('[data-island="wizard"]');
  await expect(island).toHaveAttribute('data-island-failed', '');
  await expect(island).not.toHaveAttribute('data-awake');
  await expect(page.getByRole('heading', { name: 'What you need' })).toBeVisible();
  const messages = problems.list.filter((p) => p.includes('island could not load'));
  expect(messages).toHaveLength(1);
  expect(messages[0]).toContain('"wizard" island could not load from /_astro/islands/Wizard.');
  problems.list = problems.list.filter((p) => !messages.includes(p));
});
