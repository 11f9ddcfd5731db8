import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './test/e2e/chromium';

// Two builds are served: the site at the root, and the same site under the /help/ sub-path.
// `npm run test:e2e` builds both first (dist/ and dist-help/).
export const rootUrl = 'http://localhost:4321';
export const subPathUrl = 'http://localhost:4322/help/';

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
      command: 'npx astro preview --port 4321 --ignore-lock',
      url: `${rootUrl}/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: 'npx astro preview --port 4322 --ignore-lock',
      url: subPathUrl,
      reuseExistingServer: !process.env.CI,
      env: { BASE_PATH: '/help/', SITE_URL: 'http://localhost:4322', OUT_DIR: './dist-help' },
    },
  ],
});
