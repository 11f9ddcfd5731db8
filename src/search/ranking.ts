/**
 * Ranking configuration: the one place the search is tuned. `npm run bench:search` measures
 * the relevance set (test/search/queries.json) against these values; README "Search" records
 * what each change did to the figures.
 */
import type { PagefindOptions } from './pagefind-api.ts';

/**
 * Pagefind's ranking. Starlight's docs tuning (pageLength 0.1, termFrequency 0.1,
 * termSaturation 2, termSimilarity 9) was the starting point and is kept: on this site the
 * four parameters moved the relevance set by one query at most (README "Search"). What moved
 * it is metaWeights: a match in the title (the question as written) or in the aliases (the
 * question as people put it) counts for more than one in the answer.
 */
export const pagefindRanking = {
  termFrequency: 0.1,
  pageLength: 0.1,
  termSaturation: 2,
  termSimilarity: 9,
  metaWeights: { title: 8, aliases: 10 },
} as const;

export const pagefindOptions: PagefindOptions = {
  // In a Web Worker: Pagefind's WebAssembly then runs off the main thread. On the search
  // page (Lighthouse, mobile) that moved the results' paint from 2.4-3.3 s to 1.5 s and
  // took its long tasks off the page; the worker file costs the first query 12.3 KB.
  noWorker: false,
  excerptLength: 24,
  ranking: { ...pagefindRanking, metaWeights: { ...pagefindRanking.metaWeights } },
};

/**
 * How aliases (frontmatter `aliases`, how people phrase a question) are indexed by
 * SearchMeta: always as the searchable `aliases` meta field (weighted by metaWeights above),
 * and as hidden body text of this weight when above 0. Body text scored one query better
 * but put phrases that are not on the page into excerpts and sub-results, so it is off.
 */
export const aliasBodyWeight = 0;

export const searchTuning = {
  /** Below this many pages matching every term, pages matching some of the terms follow. */
  fallbackBelow: 5,
  /** Results in the header box's list (each may bring sub-results). */
  dropdownResults: 6,
  /** Sub-results (headings inside a page) shown under a result. */
  subResults: 2,
  /** Results on the search page. */
  pageResults: 20,
  /** Wait after the last keystroke before searching, in milliseconds. */
  debounceMs: 120,
  /** Wait after results settle before announcing their count to screen readers. */
  announceMs: 600,
} as const;
