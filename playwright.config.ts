import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './test/e2e/chromium.ts';

// Two builds are served: the site at the root, and the same site under the /help/ sub-path.
// `npm run test:e2e` builds both first (dist/ and dist-help/).
// E2E_PORT moves both servers (root on it, sub-path on the next), so two checkouts can test at once.
const port = Number(process.env.E2E_PORT ?? 4321);
export const rootUrl = `http://localhost:${port}`;
export const subPathUrl = `http://localhost:${port + 1}/help/`;

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: rootUrl,
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
  },
  webServer: [
    {
      command: `npx astro preview --port ${port} --ignore-lock`,
      url: `${rootUrl}/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `npx astro preview --port ${port + 1} --ignore-lock`,
      url: subPathUrl,
      reuseExistingServer: !process.env.CI,
      env: { BASE_PATH: '/help/', SITE_URL: 'http://localhost:4322', OUT_DIR: './dist-help' },
    },
  ],
});
