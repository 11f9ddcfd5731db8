import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, sameOriginLinks, sitePaths } from './site';

const paths = sitePaths();

test('the site has the home page, the FAQ index, 26 questions and a 404 page', () => {
  expect(paths).toContain('/');
  expect(paths).toContain('/faq/');
  expect(paths).toContain('/404.html');
  expect(paths.filter((p) => /^\/faq\/[^/]+\/$/.test(p))).toHaveLength(26);
});

test('every page has a unique title and description, a canonical URL and Open Graph tags', () => {
  const seen = { titles: new Set<string>(), descriptions: new Set<string>() };
  for (const path of paths) {
    const file = path.endsWith('.html') ? `dist${path}` : `dist${path}index.html`;
    const html = readFileSync(file, 'utf8');
    const title = html.match(/<title>([^<]+)<\/title>/)?.[1];
    const description = html.match(/<meta name="description" content="([^"]+)"/)?.[1];
    expect(title, `${path} has a title`).toBeTruthy();
    expect(description, `${path} has a description`).toBeTruthy();
    expect(seen.titles.has(title!), `${path} title "${title}" is unique`).toBe(false);
    expect(seen.descriptions.has(description!), `${path} description is unique`).toBe(false);
    seen.titles.add(title!);
    seen.descriptions.add(description!);
    if (path !== '/404.html') {
      expect(html).toContain(`<link rel="canonical" href="http://localhost:4321${path}">`);
    }
    for (const property of ['og:title', 'og:description', 'og:url', 'og:type']) {
      expect(html, `${path} has ${property}`).toContain(`property="${property}"`);
    }
    expect((html.match(/<h1[\s>]/g) ?? []).length, `${path} has one h1`).toBe(1);
  }
});

for (const path of paths) {
  test(`${path} loads without errors and every link on it resolves`, async ({ page, request }) => {
    const response = await page.goto(path);
    expect(response?.ok() || path === '/404.html').toBe(true);
    await expect(page.locator('h1')).toBeVisible();
    const hrefs = await sameOriginLinks(page);
    for (const href of new Set(hrefs)) {
      const url = new URL(href);
      const target = await request.get(url.pathname);
      expect(target.status(), `${path} links to ${url.pathname}`).toBe(200);
      if (url.hash) {
        const body = await target.text();
        expect(body, `${path} links to the anchor ${url.hash}`).toContain(
          `id="${decodeURIComponent(url.hash.slice(1))}"`,
        );
      }
    }
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

test('every h2 and h3 in an answer has an anchor link to itself', async ({ page }) => {
  for (const path of paths.filter((p) => p.startsWith('/faq/') && p !== '/faq/')) {
    await page.goto(path);
    const headings = page.locator('article :is(h2, h3)');
    for (const heading of await headings.all()) {
      const id = await heading.getAttribute('id');
      expect(id, `${path}: heading has an id`).toBeTruthy();
      await expect(page.locator(`article a[href="#${id}"]`)).toHaveCount(1);
    }
  }
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
