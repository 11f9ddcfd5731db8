/**
 * The part of Pagefind's browser API (pagefind.js, written next to the index by the build)
 * that the search uses, typed. The `pagefind` npm package types only its Node indexing API.
 */
import { pagefindOptions } from './ranking.ts';
import { parseVocabulary, vocabularyFile, type Vocabulary } from './vocabulary.ts';

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: PagefindSubResult[];
  word_count: number;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

/** Filters as Pagefind takes them: every listed key must match, `any` is one of the values. */
export type PagefindFilters = Record<string, string | string[] | { any: string[] }>;

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Counts for each filter value among the results, with the other filters applied. */
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

export interface PagefindRanking {
  termFrequency?: number;
  pageLength?: number;
  termSaturation?: number;
  termSimilarity?: number;
  metaWeights?: Record<string, number>;
}

export interface PagefindOptions {
  /** Run in the page instead of a Web Worker: one download less, and no worker-src to allow. */
  noWorker?: boolean;
  excerptLength?: number;
  ranking?: PagefindRanking;
}

export interface PagefindApi {
  options(options: PagefindOptions): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: PagefindFilters }): Promise<PagefindResponse>;
  preload(term: string, options?: { filters?: PagefindFilters }): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** Where the bundle is: `<base>pagefind/`, whatever base the site is built with. */
export function bundlePath(base: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}pagefind/`;
}

const loaded = new Map<string, Promise<PagefindApi>>();

/**
 * Imports pagefind.js from the bundle once per page and applies the site's ranking. A failed
 * load is forgotten, so the next attempt tries again.
 */
export function loadPagefind(
  base: string,
  options: PagefindOptions = pagefindOptions,
): Promise<PagefindApi> {
  const url = `${bundlePath(base)}pagefind.js`;
  let promise = loaded.get(url);
  if (!promise) {
    promise = (async () => {
      const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
      await api.options(options);
      await api.init();
      return api;
    })();
    promise.catch(() => loaded.delete(url));
    loaded.set(url, promise);
  }
  return promise;
}

const vocabularies = new Map<string, Promise<Vocabulary | null>>();

/** The typo vocabulary written next to the index, fetched once; null when it cannot be had. */
export function loadVocabulary(base: string): Promise<Vocabulary | null> {
  const url = `${bundlePath(base)}${vocabularyFile}`;
  let promise = vocabularies.get(url);
  if (!promise) {
    promise = fetch(url)
      .then((response) => (response.ok ? response.json() : null))
      .then(parseVocabulary, () => null);
    promise.then((v) => v ?? vocabularies.delete(url));
    vocabularies.set(url, promise);
  }
  return promise;
}
