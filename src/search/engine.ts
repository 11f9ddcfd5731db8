/**
 * One search, from what the person typed to the hits shown: the same code runs in the header
 * box, on the search page and in the relevance benchmark, so the benchmark measures what
 * people get.
 *
 * Pagefind returns the pages that hold every known term of the query. A problem described in
 * many words can miss every page that way, so when too few pages hold all the terms, pages
 * holding some of them follow, ranked by how much of the query they cover.
 */
import type {
  PagefindApi,
  PagefindFilters,
  PagefindResponse,
  PagefindResult,
} from './pagefind-api.ts';
import { queryTerms } from './query.ts';
import { searchTuning } from './ranking.ts';
import { shapeResult, type SearchHit } from './shape.ts';
import { offeredSuggestion, rewriteTerms } from './suggest.ts';
import type { Vocabulary } from './vocabulary.ts';

export interface SearchRequest {
  query: string;
  filters?: PagefindFilters;
  /** How many hits to load (each costs one small fragment download). */
  limit: number;
  subResults?: number;
}

export interface SearchOutcome {
  /** The terms searched for: the query without its stop words, people's words in the site's. */
  terms: string[];
  /** How many pages matched. */
  total: number;
  hits: SearchHit[];
  /** Counts per filter value among the matches, for the search page's filters. */
  filterCounts: Record<string, Record<string, number>>;
  /** "Did you mean": the query with its misspelt words corrected, when worth offering. */
  suggestion: string | null;
}

export interface RankedResult {
  result: PagefindResult;
  /** Higher first: 2–3 for pages holding every term, below 1 for pages holding some. */
  score: number;
}

const normalise = (results: readonly PagefindResult[]) => {
  const top = Math.max(...results.map((r) => r.score), Number.MIN_VALUE);
  return new Map(results.map((r) => [r.id, r.score / top]));
};

/**
 * Pages holding every term first, in Pagefind's order; then pages holding some terms, by the
 * average of their normalised score for each term (a page missing a term scores 0 for it).
 */
export function mergeRankings(
  all: readonly PagefindResult[],
  perTerm: readonly (readonly PagefindResult[])[],
): RankedResult[] {
  const ranked = new Map<string, RankedResult>();
  const allScores = normalise(all);
  for (const result of all) ranked.set(result.id, { result, score: 2 + allScores.get(result.id)! });
  const partial = new Map<string, { result: PagefindResult; sum: number }>();
  for (const results of perTerm) {
    const scores = normalise(results);
    for (const result of results) {
      if (ranked.has(result.id)) continue;
      const entry = partial.get(result.id) ?? { result, sum: 0 };
      entry.sum += scores.get(result.id)!;
      partial.set(result.id, entry);
    }
  }
  for (const [id, { result, sum }] of partial) {
    ranked.set(id, { result, score: sum / Math.max(perTerm.length, 1) });
  }
  return [...ranked.values()].sort((a, b) => b.score - a.score);
}

/**
 * Runs one search and loads the data of the first `limit` hits. With the site vocabulary,
 * people's words are put in the site's words first, and a "Did you mean" is worked out.
 */
export async function runSearch(
  pagefind: PagefindApi,
  { query, filters, limit, subResults = searchTuning.subResults }: SearchRequest,
  vocabulary: Vocabulary | null = null,
): Promise<SearchOutcome> {
  const words = queryTerms(query);
  const terms = vocabulary ? rewriteTerms(words, vocabulary) : words;
  if (terms.length === 0) return { terms, total: 0, hits: [], filterCounts: {}, suggestion: null };
  const options = filters ? { filters } : {};
  const all: PagefindResponse = await pagefind.search(terms.join(' '), options);
  let ranked: RankedResult[] = all.results.map((result) => ({ result, score: result.score }));
  const widen = terms.length > 1 && all.results.length < searchTuning.fallbackBelow;
  if (widen) {
    const perTerm = await Promise.all(terms.map((term) => pagefind.search(term, options)));
    ranked = mergeRankings(
      all.results,
      perTerm.map((response) => response.results),
    );
  }
  const data = await Promise.all(ranked.slice(0, limit).map(({ result }) => result.data()));
  const hits = data.map((d) => shapeResult(d, subResults));
  return {
    terms,
    total: ranked.length,
    hits,
    // Pagefind counts only the pages holding every term; with the wider net, count the hits.
    filterCounts: widen ? countFilters(data) : all.filters,
    suggestion: vocabulary
      ? offeredSuggestion(query, vocabulary, ranked.length, words.length)
      : null,
  };
}

/** Counts per filter value over loaded results. */
export function countFilters(
  data: readonly { filters: Record<string, string[] | undefined> }[],
): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const { filters } of data) {
    for (const [key, values] of Object.entries(filters)) {
      for (const value of values ?? []) {
        const group = (counts[key] ??= {});
        group[value] = (group[value] ?? 0) + 1;
      }
    }
  }
  return counts;
}
