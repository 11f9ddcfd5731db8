import type { Page } from '@playwright/test';
import { test, expect, sitePaths } from './site.ts';
import { rootUrl, subPathUrl } from '../../playwright.config.ts';

// Every page of both builds in a real browser, one page object each build: it renders without
// a console error or failed request, its stylesheet applies, and at 320 px nothing scrolls
// sideways. What can be checked from the files alone (links, titles, budgets, HTML validity,
// CSP) is in test/build/.
for (const [outDir, baseURL] of [
  ['dist', rootUrl],
  ['dist-help', subPathUrl],
] as const) {
  test.describe(outDir, () => {
    test.use({ baseURL });
    test(`every page in ${outDir}/ renders styled, without errors and without sideways scroll at 320 px`, async ({
      page,
      problems,
    }) => {
      test.slow();
      await page.setViewportSize({ width: 320, height: 640 });
      for (const path of sitePaths(outDir)) {
        if (path.endsWith('404.html')) problems.expectedErrors.add(path);
        await page.goto(path);
        await expect(page.locator('h1'), path).toBeVisible();
        const { background, overflow } = await page.evaluate(() => ({
          background: getComputedStyle(document.body).backgroundColor,
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        }));
        expect(background, `${path}: the stylesheet applied`).not.toBe('rgba(0, 0, 0, 0)');
        expect(overflow, `${path} scrolls sideways at 320 px`).toBeLessThanOrEqual(0);
      }
    });
  });
}

test('an unknown address answers 404 with a page that helps', async ({ page, problems }) => {
  problems.expectedErrors.add('/no-such-page/');
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(
    page.getByRole('main').getByRole('link', { name: 'Go to the home page' }),
  ).toBeVisible();
  await expect(
    page.getByRole('main').getByRole('link', { name: 'See all questions' }),
  ).toBeVisible();
});

test('a question page has breadcrumbs, related questions, previous/next and a reviewed date', async ({
  page,
}) => {
  await page.goto('/faq/save-developer-profile-draft/');
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(crumbs.getByRole('link')).toHaveText(['Home', 'FAQ', 'Developer Profile']);
  await expect(page.getByRole('heading', { name: 'Related questions' })).toBeVisible();
  const pager = page.getByRole('navigation', { name: 'More in Developer Profile' });
  await expect(pager.getByRole('link')).toHaveCount(2);
  await expect(page.locator('time[datetime]')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  const jsonLd = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent())!,
  );
  expect(jsonLd['@type']).toBe('BreadcrumbList');
  expect(jsonLd.itemListElement).toHaveLength(4);
});

/** The layout shifts the page has had, not caused by input (what cumulative layout shift adds up). */
function layoutShifts(page: Page): Promise<number[]> {
  return page.evaluate(
    () =>
      new Promise<number[]>((done) => {
        new PerformanceObserver((list) =>
          done(
            list
              .getEntries()
              .filter((e) => !(e as unknown as { hadRecentInput: boolean }).hadRecentInput)
              .map((e) => (e as unknown as { value: number }).value),
          ),
        ).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => done([]), 500);
      }),
  );
}

test.describe('nothing moves once drawn', () => {
  test.use({ viewport: { width: 412, height: 823 } });

  test('search results opened from the address push nothing down', async ({ page }) => {
    await page.goto('/search/?q=appeal');
    await expect(page.locator('.search-result').first()).toBeVisible();
    expect(await layoutShifts(page)).toEqual([]);
  });

  test('search results for what is typed push nothing down', async ({ page }) => {
    await page.goto('/search/');
    await expect(page.getByRole('status')).toHaveText('Type a few words about your problem.');
    await page.getByLabel('Search every question and wizard').pressSequentially('appeal');
    await expect(page.locator('.search-result').first()).toBeVisible();
    // Results typed for arrive well after the last key: no shift is excused as input.
    await page.waitForTimeout(600);
    expect(await layoutShifts(page)).toEqual([]);
  });
});
