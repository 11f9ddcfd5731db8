import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
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

// Reading pages load no script file. Inline they carry two scripts: the theme script and the
// island loader (src/islands/boot.ts), which loads nothing until the person reaches for the
// search box (or a wizard). The search page itself loads its search at once.
test('reading pages ship no script file: the inline theme script and the island loader only', () => {
  for (const path of sitePaths().filter((p) => p !== '/search/')) {
    const file = path.endsWith('.html') ? `dist${path}` : `dist${path}index.html`;
    const html = readFileSync(file, 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
      ([, attrs]) => !attrs!.includes('application/ld+json'),
    );
    for (const [tag] of scripts)
      expect(tag, `${path}: every script is inline`).not.toMatch(/^<script[^>]*\ssrc=/);
    expect(scripts, `${path}: two scripts`).toHaveLength(2);
    const [theme, loader] = scripts.map(([, , body]) => body!);
    expect(theme, `${path}: the first script is the theme script`).toContain('data-theme-toggle');
    expect(Buffer.byteLength(theme!), `${path}: the theme script is under 1 KB`).toBeLessThan(1024);
    expect(loader, `${path}: the second is the island loader`).toContain('[data-island]');
    expect(gzipSync(loader!, { level: 9 }).length, `${path}: the island loader, gzip`).toBeLessThan(
      1024,
    );
    expect(html).not.toMatch(/<link[^>]+rel="(?:modulepreload|preload)"[^>]+\.js/);
  }
});

for (const path of sitePaths()) {
  test(`${path} has no horizontal scroll at 320 px`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
