// Screenshots of the built site for the README and for looking at what changed:
// `npm run build && node scripts/screenshots.ts` (the preview server must not be running).
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../test/e2e/chromium.ts';

const pages = [
  { name: 'home', path: '/' },
  { name: 'question', path: '/faq/cannot-sign-in-to-seller-central/' },
  { name: 'wizard', path: '/wizards/recover-sign-in/' },
  { name: 'search', path: '/search/?q=appeal' },
  ...process.argv.slice(2).map((path, i) => ({ name: `extra-${i + 1}`, path })),
];
const widths = { desktop: 1280, phone: 375 } as const;

const server = spawn('npx', ['astro', 'preview', '--port', '4329', '--ignore-lock'], {
  stdio: 'ignore',
});
try {
  await waitFor('http://localhost:4329/');
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  for (const theme of ['light', 'dark'] as const) {
    for (const [device, width] of Object.entries(widths)) {
      const page = await browser.newPage({ colorScheme: theme, viewport: { width, height: 900 } });
      for (const { name, path } of pages) {
        // networkidle: the search page's results arrive after the page loads.
        await page.goto(`http://localhost:4329${path}`, { waitUntil: 'networkidle' });
        await page.screenshot({
          path: `docs/screenshots/${name}-${theme}-${device}.png`,
          fullPage: true,
        });
      }
      await page.close();
    }
  }
  await browser.close();
} finally {
  server.kill();
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up`);
}
