import { test, expect, type Page } from '@playwright/test';

/**
 * Tabs through the page until focus comes back round, marking each element it reaches,
 * and checks each one shows a visible focus indicator. Returns how many it reached.
 */
async function tabThrough(page: Page): Promise<number> {
  for (let count = 0; count < 300; count++) {
    await page.keyboard.press('Tab');
    const step = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body || el.dataset.tabReached) return { done: true as const };
      el.dataset.tabReached = 'yes';
      const style = getComputedStyle(el);
      return {
        done: false as const,
        label: el.outerHTML.slice(0, 100),
        visibleFocus: style.outlineStyle !== 'none' && style.outlineWidth !== '0px',
      };
    });
    if (step.done) return count;
    expect(step.visibleFocus, `focus is visible on ${step.label}`).toBe(true);
  }
  throw new Error('Tab never came back round: is there a keyboard trap?');
}

for (const path of ['/', '/faq/', '/faq/cannot-sign-in-to-seller-central/', '/404.html']) {
  test(`the keyboard reaches every link and button on ${path}, with visible focus`, async ({
    page,
  }) => {
    await page.goto(path);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    const reached = await tabThrough(page);
    const interactive = page.locator(
      'a[href]:visible, button:visible, input:visible, select:visible, textarea:visible',
    );
    const missed = await interactive.evaluateAll((els) =>
      els
        .filter((el) => !(el as HTMLElement).dataset.tabReached)
        .map((el) => el.outerHTML.slice(0, 100)),
    );
    expect(missed, 'elements the keyboard never reached').toEqual([]);
    expect(reached).toBe(await interactive.count());
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
