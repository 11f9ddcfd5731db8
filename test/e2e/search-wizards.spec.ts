// Wizard results in search. Wizard pages mark themselves with
// <SearchMeta type="Wizard" …/> inside their data-pagefind-body (src/components/SearchMeta.astro).
import type { Page } from '@playwright/test';
import { test, expect } from './site.ts';

async function searchInBox(page: Page, query: string) {
  await page.keyboard.press('/');
  await page.keyboard.type(query);
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
}

test('"appeal" finds the appeal question and the appeal wizard, the wizard marked as one', async ({
  page,
}) => {
  await page.goto('/faq/');
  await searchInBox(page, 'appeal');
  const wizard = page.locator('.site-search-hit[href="/wizards/appeal-request/"]');
  await expect(wizard).toBeVisible();
  await expect(wizard).toHaveClass(/is-wizard/);
  await expect(wizard.locator('.search-type')).toHaveText('Wizard');
  await expect(page.getByRole('option', { name: /^Draft an appeal request Wizard/ })).toBeVisible();
  await expect(page.locator('.site-search-hit[href="/faq/appeal-access-denial/"]')).toBeVisible();
});

test('"forgot email" marks the sign-in wizard in the box', async ({ page }) => {
  await page.goto('/faq/');
  await searchInBox(page, 'forgot email');
  await expect(
    page.locator('.site-search-hit[href="/wizards/recover-sign-in/"] .search-type'),
  ).toHaveText('Wizard');
});

test('/search/?q=appeal marks the wizard, and the Wizards filter keeps only wizards', async ({
  page,
}) => {
  await page.goto('/search/?q=appeal');
  const wizard = page.locator('.search-result', {
    has: page.locator('a[href="/wizards/appeal-request/"]'),
  });
  await expect(wizard.locator('.search-type')).toHaveText('Wizard');
  await page.getByRole('checkbox', { name: 'Wizards' }).check();
  await expect(page).toHaveURL('/search/?q=appeal&type=Wizard');
  const titles = page.locator('.search-result-title a');
  await expect(titles.first()).toBeVisible();
  for (const href of await titles.evaluateAll((els) => els.map((a) => a.getAttribute('href')))) {
    expect(href).toMatch(/^\/wizards\//);
  }
});

test('every wizard page is indexed with the Wizard type and a category', async ({ page }) => {
  await page.goto('/wizards/');
  const paths = await page
    .locator('.wizard-list h3 a')
    .evaluateAll((els) => els.map((a) => a.getAttribute('href')!));
  expect(paths.length).toBeGreaterThan(0);
  for (const path of paths) {
    const html = await (await page.request.get(path)).text();
    const body = html.slice(html.indexOf('data-pagefind-body'));
    expect(body, path).toContain('data-pagefind-filter="type:Wizard"');
    expect(body, path).toMatch(/data-pagefind-filter="category:[^"]+"/);
  }
});
