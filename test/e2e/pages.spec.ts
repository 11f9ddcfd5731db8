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
