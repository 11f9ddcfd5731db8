// Ways to make search's files fail in a browser test, as a flaky network or a broken deploy
// would: used by search-failures.spec.ts and by the axe checks of the states they cause.
import type { Page, Route } from '@playwright/test';
import type { PageProblems } from './site.ts';

/**
 * Fails every request for a part of the Pagefind bundle (`index/`, `vocabulary.json`, `asked/`, …).
 * Call what it returns at the end of the test: it takes the failures the page then reports
 * off the problem list (Pagefind's own complaints included: its worker throws "Failed to load
 * Pagefind metadata"), so the fixture still fails on anything else.
 */
export async function failPart(page: Page, problems: PageProblems, part: string) {
  await page.route(`**/pagefind/${part}**`, (route) => route.abort('failed'));
  return () => {
    const rest = problems.list.filter((p) => !/pagefind/i.test(p));
    problems.list.splice(0, problems.list.length, ...rest);
  };
}

/** Holds every request for pagefind.js unanswered, as a stalled connection would. */
export async function stallPagefind(page: Page): Promise<Route[]> {
  const held: Route[] = [];
  await page.route('**/pagefind/pagefind.js', (route) => void held.push(route));
  return held;
}
