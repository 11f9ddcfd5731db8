/**
 * The part of Pagefind's browser API (pagefind.js, written next to the index by the build)
 * that the search uses, typed. The `pagefind` npm package types only its Node indexing API.
 */
import {
  askedFile,
  askedShardFile,
  parseAskedHeader,
  parseAskedRows,
  shardedLookup,
  type AskedLookup,
} from './asked.ts';
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
  /** The metadata fields the term matched in (`title`, `aliases`), if any. */
  matchedMetaFields?: string[];
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
 * Imports pagefind.js from the bundle once per page and applies the options (the site's are
 * `pagefindOptions` in ranking.ts). A failed load is forgotten, so the next attempt tries again.
 */
export function loadPagefind(base: string, options: PagefindOptions): Promise<PagefindApi> {
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

interface Entry {
  languages?: Record<string, { page_count?: number }>;
}

const pageCounts = new Map<string, Promise<number>>();

/**
 * How many pages the index holds, from the bundle's entry file (0.2 KB), read once; 0 when it
 * cannot be read (and then tried again next time).
 */
export function loadPageCount(base: string): Promise<number> {
  const url = `${bundlePath(base)}pagefind-entry.json`;
  let promise = pageCounts.get(url);
  if (!promise) {
    promise = fetch(url)
      .then((response) => response.json() as Promise<Entry>)
      .then((entry) =>
        Object.values(entry.languages ?? {}).reduce((sum, l) => sum + (l.page_count ?? 0), 0),
      )
      .catch(() => 0);
    // A count of 0 is not kept: the next search reads the entry file again.
    void promise.then((count) => count || pageCounts.delete(url));
    pageCounts.set(url, promise);
  }
  return promise;
}

const bundleFiles = new Map<string, Promise<unknown>>();

/** A JSON file written next to the index, fetched once; null when it cannot be had. */
function loadBundleFile<T>(base: string, file: string, parse: (json: unknown) => T | null) {
  const url = `${bundlePath(base)}${file}`;
  let promise = bundleFiles.get(url) as Promise<T | null> | undefined;
  if (!promise) {
    promise = fetch(url)
      .then((response) => (response.ok ? response.json() : null))
      .then(parse, () => null);
    void promise.then((value) => value ?? bundleFiles.delete(url));
    bundleFiles.set(url, promise);
  }
  return promise;
}

/**
 * A word list written next to the index (the site's vocabulary, or with `englishFile` the
 * English words to leave alone), fetched once; null when it cannot be had.
 */
export const loadVocabulary = (
  base: string,
  file: string = vocabularyFile,
): Promise<Vocabulary | null> => loadBundleFile(base, file, parseVocabulary);

/**
 * How each page is asked for (asked.ts): its header fetched once, its pages as the URLs
 * Pagefind gives results (with the base); null when it cannot be had. Each query fetches
 * the shards of its own terms, once each; its rows are null when one cannot be had.
 */
export async function loadAsked(base: string): Promise<AskedLookup | null> {
  const header = await loadBundleFile(base, askedFile, parseAskedHeader);
  if (!header) return null;
  const root = base.replace(/\/$/, '');
  return shardedLookup({ ...header, pages: header.pages.map((page) => `${root}${page}`) }, (n) =>
    loadBundleFile(base, askedShardFile(n), parseAskedRows),
  );
}
