import { test as base, expect, type Page } from '@playwright/test';
import { builds, loadSite } from '../build/built-site.ts';

/** Every page of a build (`dist`, the default, or `dist-help`), as served paths; read from disk. */
export function sitePaths(outDir: 'dist' | 'dist-help' = 'dist'): string[] {
  return loadSite(builds.find((b) => b.outDir === outDir)!).pages.map((p) => p.path);
}

/** Problems the page reported: console errors, uncaught exceptions, failed or off-site requests. */
export interface PageProblems {
  list: string[];
  /** Paths a test expects to answer with an error status (the 404 page). */
  expectedErrors: Set<string>;
}

function watchProblems(page: Page, origin: string, problems: PageProblems): void {
  page.on('console', (msg) => {
    // Failed loads are reported below with their URL, where expected ones can be told apart.
    if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) {
      problems.list.push(`console: ${msg.text()}`);
    }
  });
  page.on('response', (res) => {
    if (res.status() >= 400 && !problems.expectedErrors.has(new URL(res.url()).pathname)) {
      problems.list.push(`${res.status()}: ${res.url()}`);
    }
  });
  page.on('pageerror', (error) => problems.list.push(`exception: ${error.message}`));
  page.on('requestfailed', (req) => {
    // A navigation cancels loads still in flight (the favicon); that is not a fault of the page.
    if (req.failure()?.errorText !== 'net::ERR_ABORTED') problems.list.push(`failed: ${req.url()}`);
  });
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) {
      problems.list.push(`left the origin: ${req.url()}`);
    }
  });
}

/**
 * The test of every browser spec. A test that uses `page` gets it watched: it fails on any
 * console error, exception, failed or off-site request, or Content-Security-Policy violation.
 * A test that needs no page opens none. `problems` lets a test expect an error status.
 */
export const test = base.extend<{ problems: PageProblems }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this pattern
  problems: async ({}, use) => use({ list: [], expectedErrors: new Set() }),
  page: async ({ page, baseURL, problems }, use) => {
    watchProblems(page, new URL(baseURL!).origin, problems);
    await page.exposeBinding('reportCspViolation', (_source, text: string) =>
      problems.list.push(`CSP: ${text}`),
    );
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { reportCspViolation: (t: string) => void }).reportCspViolation(
          `${e.violatedDirective} blocked ${e.blockedURI || 'inline code'} (${e.sourceFile}:${e.lineNumber})`,
        );
      });
    });
    await use(page);
    expect(problems.list, 'the page reported problems').toEqual([]);
  },
});

export { expect };
