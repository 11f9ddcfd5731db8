// Byte budgets, in bytes (gzip level 9), never in time. Figures for the README come from
// `npm run bench`; these tests only hold the line.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { test, expect } from './site';
import { sitePaths } from './site';
import { openWizard, startWizard } from './wizard-driver';

const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const KB = 1024;

const readingPaths = sitePaths().filter((p) => p === '/faq/' || /^\/faq\/[^/]+\/$/.test(p));

function built(path: string): string {
  return readFileSync(path.endsWith('.html') ? `dist${path}` : `dist${path}index.html`, 'utf8');
}

function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attrs]) => !/type="application\/(ld\+)?json"/.test(attrs!))
    .map(([, , body]) => body!);
}

// Every page carries the header search box, an island: the inline island loader sits beside
// the theme script. No script file loads until the person reaches for search.
test('question and FAQ pages: no script file, theme script < 1 KB, all inline JS < 1.5 KB, HTML < 8 KB, CSS < 10 KB', () => {
  for (const path of readingPaths) {
    const html = built(path);
    const scripts = inlineScripts(html);
    expect(html, `${path} loads no script file`).not.toMatch(/<script[^>]+src=/);
    expect(gzip(scripts[0]!), `${path} theme script`).toBeLessThan(1 * KB);
    expect(gzip(scripts.join('')), `${path} all inline JavaScript`).toBeLessThan(1.5 * KB);
    expect(gzip(html), `${path} HTML`).toBeLessThan(8 * KB);
    const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map(([, href]) =>
      readFileSync(`dist${href}`),
    );
    const inlineCss = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, body]) => body!);
    expect(
      gzip(Buffer.concat([...css, ...inlineCss.map((c) => Buffer.from(c))])),
      `${path} CSS`,
    ).toBeLessThan(10 * KB);
  }
});

test('a wizard page, run from start to result, loads under 15 KB of JavaScript, Preact included', async ({
  page,
}) => {
  const scripts = new Map<string, number>();
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script')
      scripts.set(response.url(), gzip(await response.body()));
  });
  await openWizard(page, 'recover-sign-in');
  await startWizard(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('No, I still cannot sign in').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Yes, I have it').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('#developerId').fill('DEV-1');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('#businessName').fill('Acme');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('#email').fill('a@b.example');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Continue to your text' }).click();
  await expect(page.locator('#output-comment')).toBeVisible();
  const inline = inlineScripts(built('/wizards/recover-sign-in/')).reduce(
    (sum, body) => sum + gzip(body),
    0,
  );
  const files = [...scripts.values()].reduce((sum, size) => sum + size, 0);
  const detail = [...scripts].map(([url, size]) => `${new URL(url).pathname} ${size}`).join(', ');
  expect(inline + files, `inline ${inline} B + files ${files} B (${detail})`).toBeLessThan(15 * KB);
});
