import { readFileSync } from 'node:fs';
import { test, expect, questionPaths, sitePaths } from './site';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of questionPaths()) {
    test(`${path} reads fully`, async ({ page, browser }) => {
      await page.goto(path);
      const withoutJs = await page.locator('article').innerText();
      const context = await browser.newContext({ javaScriptEnabled: true });
      const scripted = await context.newPage();
      await scripted.goto(page.url());
      const withJs = await scripted.locator('article').innerText();
      await context.close();
      expect(withoutJs.length).toBeGreaterThan(200);
      expect(withoutJs).toBe(withJs);
      await expect(page.getByRole('button', { name: 'Dark theme' })).toBeHidden();
    });
  }
});

test('reading pages ship no JavaScript but the inline theme script', () => {
  for (const path of sitePaths()) {
    const file = path.endsWith('.html') ? `dist${path}` : `dist${path}index.html`;
    const html = readFileSync(file, 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
      ([, attrs]) => !attrs!.includes('application/ld+json'),
    );
    expect(scripts, `${path} has exactly one script`).toHaveLength(1);
    expect(scripts[0]![1], `${path}: the script is inline`).not.toContain('src=');
    expect(Buffer.byteLength(scripts[0]![2]!), `${path}: the theme script is under 1 KB`).toBeLessThan(1024);
    expect(html).not.toMatch(/<link[^>]+rel="(?:modulepreload|preload)"[^>]+\.js/);
  }
});

for (const path of sitePaths()) {
  test(`${path} has no horizontal scroll at 320 px`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
