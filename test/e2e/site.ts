import { readFileSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';

/** Every page path in a built site's sitemap, plus the 404 page; read from disk after the build. */
export function sitePaths(outDir = 'dist'): string[] {
  const xml = readFileSync(`${outDir}/sitemap-0.xml`, 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return [...paths, `${paths[0]}404.html`].sort();
}

/** Paths of the question pages only. */
/** Every link on the page to this origin, as an absolute URL. */
export function sameOriginLinks(page: Page): Promise<string[]> {
  return page
    .locator('a[href]')
    .evaluateAll((links) =>
      links.map((a) => (a as HTMLAnchorElement).href).filter((h) => h.startsWith(location.origin)),
    );
}

export const questionPaths = () => sitePaths().filter((p) => /^\/faq\/[^/]+\/$/.test(p));

/** Problems the page reported: console errors, uncaught exceptions, failed or off-site requests. */
export interface PageProblems {
  list: string[];
  /** Paths a test expects to answer with an error status (the 404 page). */
  expectedErrors: Set<string>;
}

export function watchProblems(page: Page, origin: string): PageProblems {
  const problems: PageProblems = { list: [], expectedErrors: new Set() };
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
  return problems;
}

/**
 * A test whose page fails it on any console error, exception, failed or off-site request,
 * or Content-Security-Policy violation.
 */
export const test = base.extend<{ problems: PageProblems }>({
  problems: [
    async ({ page, baseURL }, use) => {
      const problems = watchProblems(page, new URL(baseURL!).origin);
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
      await use(problems);
      expect(problems.list, 'the page reported problems').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
