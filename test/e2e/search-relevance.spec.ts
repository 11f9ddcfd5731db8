// The relevance sets (test/search/queries.json, typos.json) against the real index, through
// the same engine the search box runs. `npm run bench:search` prints the detail.
import { test, expect } from './site';
import { loadCases, measureRelevance } from '../../scripts/bench-search';
import { thresholds } from '../../src/search/relevance';
import { subPathUrl } from '../../playwright.config';

// The engine is added to the page as an inline script, which the site's CSP rightly forbids.
test.use({ bypassCSP: true });
// 70 searches each.
test.slow();

test(`relevance: at least ${thresholds.top3 * 100}% of queries find an answer in the top 3 and ${thresholds.top1 * 100}% first`, async ({
  page,
  baseURL,
}) => {
  const report = await measureRelevance(page, `${baseURL}/`, '/', await loadCases());
  const misses = report.queries
    .filter((q) => q.rank === null || q.rank > 3)
    .map((q) => `${q.query} → ${q.top.join(', ')}`);
  expect(report.rates.top3Rate, `top-3 misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(
    thresholds.top3,
  );
  expect(report.rates.top1Rate, 'top-1 rate').toBeGreaterThanOrEqual(thresholds.top1);
});

test('typos: the right page is in the top 3, from the typo itself or from "Did you mean", for 90%', async ({
  page,
  baseURL,
}) => {
  const report = await measureRelevance(page, `${baseURL}/`, '/', await loadCases());
  const lost = report.typos
    .filter((t) => !((t.rank ?? 99) <= 3 || (t.ownRank ?? 99) <= 3))
    .map((t) => t.typo);
  expect(report.typoReached.top3Rate, `lost: ${lost.join(', ')}`).toBeGreaterThanOrEqual(0.9);
});

test.describe('under the /help/ sub-path', () => {
  test.use({ baseURL: subPathUrl });
  test('the same figures', async ({ page }) => {
    const report = await measureRelevance(page, subPathUrl, '/help/', await loadCases());
    expect(report.rates.top3Rate).toBeGreaterThanOrEqual(thresholds.top3);
    expect(report.rates.top1Rate).toBeGreaterThanOrEqual(thresholds.top1);
  });
});
