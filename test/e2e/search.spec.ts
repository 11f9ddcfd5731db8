// The search box in the header, the search page, and both under the /help/ sub-path.
// Wizard marking and wizard filters are in search-wizards.spec.ts.
import type { Page } from '@playwright/test';
import { test, expect } from './site.ts';
import { subPathUrl } from '../../playwright.config.ts';
import { measureFirstQuery } from '../../scripts/bench-search.ts';

const box = (page: Page) => page.getByRole('combobox', { name: 'Search the help center' });
const options = (page: Page) => page.getByRole('listbox').getByRole('option');
/** Paths of the page results in the box (not sub-results), in order. */
const hitPaths = (page: Page) =>
  page
    .locator('.site-search-hit')
    .evaluateAll((els) => els.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

async function searchInBox(page: Page, query: string) {
  await page.keyboard.press('/');
  await expect(box(page)).toBeFocused();
  await page.keyboard.type(query);
  const list = page.getByRole('listbox', { name: `Results for ${query}` });
  await expect(list).toBeVisible();
  await expect(list).toHaveAttribute('aria-busy', 'false');
  await expect(options(page).first()).toBeVisible();
}

test.describe('the search box', () => {
  test('a reading page loads no search code until the person reaches for the box', async ({
    page,
  }) => {
    const loaded: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script' || request.url().includes('/pagefind/'))
        loaded.push(request.url());
    });
    await page.goto('/faq/what-is-amazon-mws/', { waitUntil: 'networkidle' });
    await page.mouse.wheel(0, 800);
    await page.mouse.move(40, 300);
    await page.waitForTimeout(300);
    expect(loaded, 'nothing loads on its own').toEqual([]);
    await page.keyboard.press('/');
    await expect(box(page)).toBeFocused();
    await expect.poll(() => loaded.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
  });

  test('the first query downloads less than its budget, 150 KB gzip', async ({
    browser,
    baseURL,
  }) => {
    // Pasted: typed, a busy machine searches some of its prefixes too, and the bytes vary.
    const cost = await measureFirstQuery(browser, `${baseURL}/faq/what-is-amazon-mws/`, {
      paste: true,
    });
    expect(cost.total.gzip, 'bytes of the first query, gzip').toBeLessThan(150 * 1024);
  });

  test('"/" focuses it; "forgot email" shows the sign-in question and wizard at the top; arrows and Enter open one', async ({
    page,
  }) => {
    await page.goto('/faq/what-is-amazon-mws/');
    await searchInBox(page, 'forgot email');
    await expect
      .poll(() => hitPaths(page).then((p) => p.slice(0, 2).sort()))
      .toEqual(['/faq/cannot-sign-in-to-seller-central/', '/wizards/recover-sign-in/']);
    await expect(page.locator('.site-search-hit mark').first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
    await expect(box(page)).toHaveAttribute(
      'aria-activedescendant',
      (await options(page).first().getAttribute('id'))!,
    );
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    const href = (await options(page).first().getAttribute('href'))!;
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(href);
  });

  test('Ctrl+K focuses it too; Escape closes the list, then clears the box, then returns focus', async ({
    page,
  }) => {
    await page.goto('/faq/');
    const link = page.getByRole('main').getByRole('link').first();
    await link.focus();
    await page.keyboard.press('Control+k');
    await expect(box(page)).toBeFocused();
    await page.keyboard.type('appeal');
    await expect(options(page).first()).toBeVisible();
    await expect(box(page)).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('listbox')).toBeHidden();
    await expect(box(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(box(page)).not.toHaveAttribute('aria-activedescendant');
    await expect(box(page)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(box(page)).toHaveValue('');
    await page.keyboard.press('Escape');
    await expect(link).toBeFocused();
  });

  test('"/" typed in a text field is text, not the shortcut', async ({ page }) => {
    await page.goto('/search/');
    const input = page.getByRole('searchbox', { name: 'Search every question and wizard' });
    await input.pressSequentially('a/b');
    await expect(input).toBeFocused();
    await expect(input).toHaveValue('a/b');
  });

  test('the result count is announced politely, and a sub-result jumps to its heading', async ({
    page,
  }) => {
    await page.goto('/');
    // Before it hydrates (on this focus) the box is a plain search field.
    await page.getByRole('searchbox', { name: 'Describe your problem in your own words' }).focus();
    await expect(
      page.getByRole('combobox', { name: 'Describe your problem in your own words' }),
    ).toBeFocused();
    await page.keyboard.type('how to appeal');
    await expect(page.locator('#hero-search').getByRole('status')).toHaveText(/^\d+ results?/);
    const sub = page.locator('#hero-search-listbox .site-search-sub[href^="/faq/"]').first();
    const href = (await sub.getAttribute('href'))!;
    expect(href).toMatch(/^\/faq\/[^#]+\/#[\w-]+$/);
    await sub.click();
    await expect(page).toHaveURL(href);
    await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toBeInViewport();
  });

  test("a misspelling shows the correction's results at once, with a way to search as typed", async ({
    page,
  }) => {
    await page.goto('/faq/');
    await searchInBox(page, 'credentails');
    await expect(page.locator('.site-search-correction')).toHaveText(
      'Showing results for credentials',
    );
    await expect
      .poll(() => hitPaths(page).then((p) => p.slice(0, 3)))
      .toContain('/faq/find-identifiers-and-credentials/');
    await expect(page.locator('#site-search').getByRole('status')).toContainText(
      'Showing results for credentials instead of credentails',
    );
    const asTyped = options(page).filter({ hasText: 'Search instead for' });
    await expect(asTyped).toHaveAttribute('href', '/search/?q=credentails&typed=1');
  });

  test('a correctly spelled word is never corrected, and a Seller Central topic is answered honestly', async ({
    page,
  }) => {
    await page.goto('/faq/');
    await searchInBox(page, 'developer profile pending');
    await expect(options(page).first()).toBeVisible();
    await expect(page.locator('.site-search-correction')).toHaveCount(0);
    await expect(options(page).filter({ hasText: 'Did you mean' })).toHaveCount(0);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.keyboard.type('refund my order');
    await expect(page.locator('.site-search-empty')).toContainText(
      'covers developer access to Amazon’s seller APIs',
    );
    await expect(page.locator('#site-search-listbox .site-search-hit')).toHaveCount(0);
  });

  test('Enter with no result chosen goes to the search page for the query', async ({ page }) => {
    await page.goto('/faq/');
    await searchInBox(page, 'appeal');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/search/?q=appeal');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the box is a form to the search page, which lists every question and wizard', async ({
    page,
  }) => {
    await page.goto('/faq/what-is-amazon-mws/');
    await page.getByRole('searchbox', { name: 'Search the help center' }).fill('appeal');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/search/?q=appeal');
    const browse = page.getByRole('region', { name: 'Every question and wizard' });
    await expect(browse.getByText('Search needs JavaScript')).toBeVisible();
    const links = await browse
      .getByRole('link')
      .evaluateAll((els) => els.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const expected = (await page.request.get('/sitemap-0.xml').then((r) => r.text()))
      .match(/<loc>[^<]+<\/loc>/g)!
      .map((loc) => new URL(loc.slice(5, -6)).pathname)
      .filter((p) => /^\/(faq|wizards)\/[^/]+\/$/.test(p));
    expect(links.sort()).toEqual(expected.sort());
  });
});

test.describe('the search page', () => {
  test('/search/?q=appeal lists the appeal question and the appeal wizard', async ({ page }) => {
    await page.goto('/search/?q=appeal');
    const results = page.getByRole('list', { name: 'Results for appeal' });
    await expect(page.getByRole('status')).toHaveText(/^\d+ results for “appeal”/);
    const paths = await results
      .locator('.search-result-title a')
      .evaluateAll((els) => els.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(paths.slice(0, 3)).toEqual(
      expect.arrayContaining(['/faq/appeal-access-denial/', '/wizards/appeal-request/']),
    );
    await expect(results.locator('mark').first()).toHaveText(/appeal/i);
    await expect(
      page.getByRole('searchbox', { name: 'Search every question and wizard' }),
    ).toHaveValue('appeal');
  });

  test('the address is the state: filters go into it, and Back returns to the query', async ({
    page,
  }) => {
    await page.goto('/search/?q=appeal');
    await page.getByRole('checkbox', { name: 'Questions' }).check();
    await expect(page).toHaveURL('/search/?q=appeal&type=Question');
    await expect(page.getByRole('status')).toContainText('with the filters you chose');
    const first = page.locator('.search-result-title a').first();
    await expect(page.locator('.search-result-title a[href^="/wizards/"]')).toHaveCount(0);
    await first.click();
    await expect(page).toHaveURL(/\/faq\//);
    await page.goBack();
    await expect(
      page.getByRole('searchbox', { name: 'Search every question and wizard' }),
    ).toHaveValue('appeal');
    await expect(page.getByRole('checkbox', { name: 'Questions' })).toBeChecked();
    await expect(page.locator('.search-result').first()).toBeVisible();
  });

  test("what is typed before the search page's script arrives is kept and searched", async ({
    page,
  }) => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/islands/SearchPage.*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/search/');
    const input = page.getByRole('searchbox', { name: 'Search every question and wizard' });
    await input.pressSequentially('appeal');
    release();
    await expect(page.getByRole('link', { name: /appeal/i }).first()).toBeVisible();
    await expect(input).toHaveValue('appeal');
    await expect(page).toHaveURL(/\?q=appeal/);
  });

  test('typing updates the results and the address', async ({ page }) => {
    await page.goto('/search/');
    const input = page.getByRole('searchbox', { name: 'Search every question and wizard' });
    await expect(input).toBeFocused();
    await input.pressSequentially('revoke developer');
    await expect(page.locator('.search-result-title a').first()).toHaveAttribute('href', /revoke/);
    await expect(page).toHaveURL('/search/?q=revoke+developer');
  });

  test('a misspelling shows "Showing results for", and "Search instead for" searches as typed', async ({
    page,
  }) => {
    await page.goto('/search/?q=credentails');
    const correction = page.locator('.search-correction');
    await expect(correction).toHaveText(
      'Showing results for credentials. Search instead for credentails',
    );
    await expect(page.locator('.search-result-title a').first()).toHaveAttribute(
      'href',
      /credentials/,
    );
    await correction.getByRole('link', { name: 'credentails' }).click();
    await expect(page).toHaveURL('/search/?q=credentails&typed=1');
    const empty = page.getByRole('region', { name: 'No results for “credentails”' });
    await expect(empty).toBeVisible();
    await expect(empty.getByRole('link', { name: 'Recover sign-in' })).toBeVisible();
    await expect(
      empty.getByRole('link', { name: 'How do I get help using Amazon MWS?' }),
    ).toBeVisible();
    await expect(empty.getByRole('link', { name: 'contact page' })).toHaveAttribute(
      'href',
      'https://sellercentral.amazon.com/cu/help/contact-us',
    );
    await page.goBack();
    await expect(page).toHaveURL('/search/?q=credentails');
    await expect(correction).toBeVisible();
  });

  test('a query with nothing to correct gets no correction and the no-results help', async ({
    page,
  }) => {
    await page.goto('/search/?q=xyzzyq');
    const empty = page.getByRole('region', { name: 'No results for “xyzzyq”' });
    await expect(empty).toContainText('covers developer access to Amazon’s seller APIs');
    await expect(empty.getByRole('link', { name: 'contact page' })).toBeVisible();
    await expect(page.getByText('Did you mean')).toHaveCount(0);
    await expect(page.getByText('Showing results for')).toHaveCount(0);
  });

  test('a Seller Central topic: says the site does not cover it, links Seller Central and the wizards, lists no pages', async ({
    page,
  }) => {
    await page.goto('/search/?q=refund+my+order');
    const answer = page.getByRole('region', {
      name: 'This help center does not cover “refund my order”',
    });
    await expect(answer).toContainText('covers developer access to Amazon’s seller APIs');
    await expect(answer.getByRole('link', { name: 'contact page' })).toHaveAttribute(
      'href',
      'https://sellercentral.amazon.com/cu/help/contact-us',
    );
    await expect(answer.getByRole('link', { name: 'Recover sign-in' })).toBeVisible();
    await expect(page.locator('.search-results')).toHaveCount(0);
    await expect(page.getByRole('status')).toHaveText(
      'This help center does not cover “refund my order”.',
    );
  });

  test('the answers come first; pages that only share a word go below the divider, a few at most', async ({
    page,
  }) => {
    await page.goto('/search/?q=data+protection+policy');
    await expect(page.locator('.search-result-title a').first()).toHaveAttribute(
      'href',
      '/faq/data-protection-policy-help/',
    );
    const mentions = page.getByRole('region', { name: /^Pages that also mention .*“policy”$/ });
    await expect(mentions).toBeVisible();
    expect(await mentions.locator('li').count()).toBeLessThanOrEqual(3);
    expect(await page.locator('.search-page > .search-results > li').count()).toBeLessThanOrEqual(
      8,
    );
  });
});

test.describe('under the /help/ sub-path', () => {
  test.use({ baseURL: subPathUrl });

  test('the box and the search page load the bundle from /help/pagefind/ and link inside /help/', async ({
    page,
  }) => {
    const bundle: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/pagefind/')) bundle.push(new URL(request.url()).pathname);
    });
    await page.goto(`${subPathUrl}faq/`);
    await searchInBox(page, 'forgot email');
    for (const path of await hitPaths(page)) expect(path.startsWith('/help/')).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`${subPathUrl}search/?q=forgot+email`);
    await expect(page.locator('.search-result').first()).toBeVisible();
    const links = await page
      .locator('.search-result a')
      .evaluateAll((els) => els.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(new URL(href).pathname.startsWith('/help/')).toBe(true);
    expect(bundle.length).toBeGreaterThan(0);
    for (const path of bundle) expect(path.startsWith('/help/pagefind/')).toBe(true);
  });
});
