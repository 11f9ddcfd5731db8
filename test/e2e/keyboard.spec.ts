import { test, expect, type Page } from '@playwright/test';

/** Tabs through the page once and returns a description of each element that took focus. */
async function tabThrough(page: Page): Promise<string[]> {
  const reached: string[] = [];
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      return {
        key: el.outerHTML.slice(0, 120),
        visibleFocus: style.outlineStyle !== 'none' || style.boxShadow !== 'none',
      };
    });
    if (!info || reached.includes(info.key)) break;
    expect(info.visibleFocus, `focus is visible on ${info.key}`).toBe(true);
    reached.push(info.key);
  }
  return reached;
}

for (const path of ['/', '/faq/', '/faq/cannot-sign-in-to-seller-central/', '/404.html']) {
  test(`the keyboard reaches every link and button on ${path}, with visible focus`, async ({ page }) => {
    await page.goto(path);
    const reached = await tabThrough(page);
    const focusable = await page
      .locator('a[href]:visible, button:visible, input:visible')
      .evaluateAll((els) => els.map((el) => el.outerHTML.slice(0, 120)));
    expect(reached[0]).toContain('Skip to main content');
    expect(reached.toSorted()).toEqual(focusable.toSorted());
  });
}

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/faq/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('the theme toggle works from the keyboard', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await page.getByRole('button', { name: 'Dark theme' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.keyboard.press('Space');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});
