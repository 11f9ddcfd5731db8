/**
 * Telling "nothing matches" from "the search could not run". Pagefind forgives a failed
 * download of an index chunk (the words in it are then simply on no page), so a blocked or
 * broken load would read as "No results". The site's word list (vocabulary.ts) is built from
 * the same text as the index: a word in it that Pagefind places on no page means part of the
 * index did not load. Likewise a filtered search whose response knows no value of a filter
 * (Pagefind leaves `totalFilters` empty when the filter index did not load). A load that
 * never answers is given up after a deadline.
 */
import type { PagefindFilters, PagefindResponse } from './pagefind-api.ts';
import { hasExactWord } from './suggest.ts';
import type { Vocabulary } from './vocabulary.ts';

/** The search cannot answer now: part of it did not load, or not in time. */
export class SearchUnavailable extends Error {
  override name = 'SearchUnavailable';
}

/** `promise`, or a SearchUnavailable rejection once `ms` have passed without it settling. */
export function withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new SearchUnavailable(`${what} did not answer within ${ms} ms`)),
      ms,
    );
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/**
 * The terms the site's word list holds exactly but Pagefind placed on no page (filters
 * aside: `unfilteredResultCount`). Empty when the index answered for every word it has.
 */
export function wordsTheIndexLost(
  terms: readonly string[],
  responses: readonly Pick<PagefindResponse, 'unfilteredResultCount'>[],
  vocabulary: Vocabulary | null,
): string[] {
  if (!vocabulary) return [];
  return terms.filter(
    (term, i) => hasExactWord(term, vocabulary) && responses[i].unfilteredResultCount === 0,
  );
}

/** The filters asked for that a response knows no value of: their index did not load. */
export function filtersTheIndexLost(
  filters: PagefindFilters | undefined,
  responses: readonly Pick<PagefindResponse, 'totalFilters'>[],
): string[] {
  const keys = Object.keys(filters ?? {});
  return keys.filter((key) => responses.some((r) => !r.totalFilters[key]));
}

/** Throws SearchUnavailable when the index lost words its word list has, or a filter (above). */
export function assertIndexWhole(
  terms: readonly string[],
  responses: readonly Pick<PagefindResponse, 'unfilteredResultCount' | 'totalFilters'>[],
  vocabulary: Vocabulary | null,
  filters?: PagefindFilters,
): void {
  const lost = [
    ...wordsTheIndexLost(terms, responses, vocabulary).map((w) => `the word "${w}"`),
    ...filtersTheIndexLost(filters, responses).map((f) => `the filter "${f}"`),
  ];
  if (lost.length > 0) {
    throw new SearchUnavailable(
      `the index knows nothing of ${lost.join(', ')}, though the site has it: part of the index did not load`,
    );
  }
}
