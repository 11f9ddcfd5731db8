import { test, sitePaths } from './site';
import { expectNoAxeViolations } from './a11y';

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });
    for (const path of sitePaths()) {
      test(`axe finds no WCAG 2.2 A/AA violation on ${path}`, async ({ page }) => {
        await page.goto(path);
        await test.expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await expectNoAxeViolations(page, `${path} (${theme})`);
      });
    }
  });
}
