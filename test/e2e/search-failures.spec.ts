// Search when its files fail or never answer, search links with filters the page does not
// offer, and Back and Forward through searches: the screen always says what is true and what
// the address says.
import type { Page } from '@playwright/test';
import { test, expect } from './site.ts';
import { failPart, stallPagefind } from './search-faults.ts';

const pageStatus = (page: Page) => page.locator('.search-page-status');
const pageInput = (page: Page) =>
  page.getByRole('searchbox', { name: 'Search every question and wizard' });
const unavailable = /^Search is not available right now\./;

test.describe('when part of the search cannot load', () => {
  // Each part, and the search that needs it (the filter index only a filtered one).
  const parts = {
    'index/': '?q=appeal',
    'filter/': '?q=appeal&type=Question',
    'fragment/': '?q=appeal',
    'vocabulary.json': '?q=appeal',
    'asked.json': '?q=appeal',
    'asked/': '?q=appeal',
    'english.json': '?q=apeal',
    'pagefind-entry.json': '?q=appeal',
    'wasm.': '?q=appeal',
  };
  for (const [part, search] of Object.entries(parts)) {
    test(`with ${part} failing, the search page says search is not available, not "No results"`, async ({
      page,
      problems,
    }) => {
      const expectFailures = await failPart(page, problems, part);
      await page.goto(`/search/${search}`);
      await expect(pageStatus(page)).toHaveText(unavailable, { timeout: 15_000 });
      await expect(pageStatus(page)).toContainText('Every question and wizard is listed below');
      await expect(page.getByText(/No results for/)).toHaveCount(0);
      await expect(page.getByRole('region', { name: 'Every question and wizard' })).toBeVisible();
      expectFailures();
    });
  }

  test('with the index chunks failing, the header box says search is not available', async ({
    page,
    problems,
  }) => {
    const expectFailures = await failPart(page, problems, 'index/');
    await page.goto('/faq/');
    await page.keyboard.press('/');
    await page.keyboard.type('appeal');
    const popup = page.locator('.site-search-popup');
    await expect(popup.locator('.site-search-empty')).toHaveText(
      'Search is not available right now. Press Enter to try the search page.',
    );
    await expect(popup.getByText(/No results for/)).toHaveCount(0);
    await expect(page.locator('#site-search [role="status"]')).toHaveText(unavailable);
    expectFailures();
  });
});

test.describe('when pagefind.js never answers', () => {
  test('the search page says it is searching at once, then gives up with "not available"', async ({
    page,
  }) => {
    await stallPagefind(page);
    await page.goto('/search/?q=appeal');
    await expect(pageStatus(page)).toHaveText('Searching…', { timeout: 2_000 });
    await expect(pageStatus(page)).toHaveAttribute('role', 'status');
    await expect(pageStatus(page)).toHaveText(unavailable, { timeout: 12_000 });
  });

  test('the header box says it is searching at once, then gives up with "not available"', async ({
    page,
  }) => {
    await stallPagefind(page);
    await page.goto('/faq/');
    await page.keyboard.press('/');
    await page.keyboard.type('appeal');
    const status = page.locator('#site-search [role="status"]');
    await expect(page.locator('.site-search-busy')).toHaveText('Searching…', { timeout: 2_000 });
    await expect(status).toHaveText('Searching…', { timeout: 2_000 });
    await expect(status).toHaveText(unavailable, { timeout: 12_000 });
    await expect(page.locator('.site-search-busy')).toHaveCount(0);
  });
});

test.describe('a search link with filters the page does not offer', () => {
  test('a filter written as its label or in another case is the filter it names, ticked so it can be cleared', async ({
    page,
  }) => {
    await page.goto('/search/?q=appeal&type=Questions&category=Developer+profile');
    await expect(page.getByRole('checkbox', { name: 'Questions' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Developer Profile' })).toBeChecked();
    await expect(page).toHaveURL('/search/?q=appeal&type=Question&category=Developer+Profile');
    await expect(pageStatus(page)).toHaveText(/^\d+ results? for “appeal” with the filters/);
    await page.getByRole('checkbox', { name: 'Developer Profile' }).uncheck();
    await expect(page).toHaveURL('/search/?q=appeal&type=Question');
  });

  test('a filter the page does not know is dropped: results, no "Clear the filters"', async ({
    page,
  }) => {
    await page.goto('/search/?q=appeal&type=Pages&category=Orders');
    await expect(page.locator('.search-result').first()).toBeVisible();
    await expect(pageStatus(page)).toHaveText(/^\d+ results for “appeal”\.$/);
    await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
    await expect(page.getByText('Clear the filters')).toHaveCount(0);
    await expect(page).toHaveURL('/search/?q=appeal');
  });
});

test.describe('Back and Forward through searches', () => {
  const resultsFor = (page: Page, query: string) =>
    page.getByRole('list', { name: `Results for ${query}` });

  for (const when of ['after the address caught up with the typing', 'at once']) {
    test(`typing a new search and pressing Enter ${when}: Back shows the search before, Forward the new one`, async ({
      page,
    }) => {
      await page.goto('/search/?q=appeal');
      await expect(resultsFor(page, 'appeal')).toBeVisible();
      await pageInput(page).fill('sign in');
      if (when !== 'at once') await expect(page).toHaveURL('/search/?q=sign+in');
      await pageInput(page).press('Enter');
      await expect(resultsFor(page, 'sign in')).toBeVisible();
      await expect(page).toHaveURL('/search/?q=sign+in');

      await page.goBack();
      await expect(page).toHaveURL('/search/?q=appeal');
      await expect(pageInput(page)).toHaveValue('appeal');
      await expect(resultsFor(page, 'appeal')).toBeVisible();
      await expect(pageStatus(page)).toHaveText(/ for “appeal”/);

      await page.goForward();
      await expect(page).toHaveURL('/search/?q=sign+in');
      await expect(pageInput(page)).toHaveValue('sign in');
      await expect(resultsFor(page, 'sign in')).toBeVisible();
    });
  }

  test('a ticked filter is a step of its own: Back unticks it, and the screen follows the address', async ({
    page,
  }) => {
    await page.goto('/search/?q=appeal');
    await page.getByRole('checkbox', { name: 'Wizards' }).check();
    await expect(page).toHaveURL('/search/?q=appeal&type=Wizard');
    await page.goBack();
    await expect(page).toHaveURL('/search/?q=appeal');
    await expect(page.getByRole('checkbox', { name: 'Wizards' })).not.toBeChecked();
    await expect(pageStatus(page)).toHaveText(/^\d+ results for “appeal”\.$/);
  });
});
