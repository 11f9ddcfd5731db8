/**
 * How each page is asked for: the words of the tuning half's queries labelled as answered by
 * it, weighted by how much each word tells the page from the others (tf-idf), each page's
 * weights a vector of length 1. Built at build time and written next to the index as
 * `asked.json`; the engine ranks the pages that answer a query higher the more people asked
 * for them in its words ("kick", "fired", "let … see"). Only labelled pages are in it, so its
 * size follows the query sets, not the site: a page no query names yet is unknown to it, and
 * the engine does not let the known pages climb over it (engine.ts). The held-out half is
 * never read here. Pure: the build passes the texts in.
 */
import { stem } from './phrasing.ts';
import { queryTerms } from './query.ts';

/** Pages and, for each stemmed word, its weight on the pages it has one on. */
export interface AskedModel {
  version: 1;
  /** The pages' site paths ("/faq/revoke-developer-authorization/"), in order. */
  pages: string[];
  /** For each word, its pages and weights as [page index, weight, page index, weight, …]. */
  terms: Record<string, number[]>;
}

/** The file name inside the Pagefind bundle directory. */
export const askedFile = 'asked.json';

/** A text asking for pages: a labelled query. */
export interface AskedText {
  text: string;
  /** The site paths of the pages that answer it. */
  pages: readonly string[];
}

/** Weights are whole numbers: a page's vector of length 1 is stored times `scale`. */
const scale = 50;
/**
 * Weights below this (4% of a page's vector) are left out: they were a third of the file
 * (11.2 KB gzip with them, 7.2 KB without); held out, top-1 moved by two queries of 999. At 3
 * the file is 4.9 KB and five of the 999 queries lose their first place.
 */
const smallest = 2;

/** A text's stemmed meaningful words, once each. */
export const askedTerms = (text: string): string[] => [...new Set(queryTerms(text).map(stem))];

const add = <K>(counts: Map<K, number>, key: K, by = 1) =>
  counts.set(key, (counts.get(key) ?? 0) + by);

/** The model of the texts: for each page, how much each word of its texts tells it apart. */
export function buildAsked(texts: readonly AskedText[]): AskedModel {
  const counts = new Map<string, Map<string, number>>();
  for (const { text, pages } of texts) {
    for (const page of pages) {
      const own = counts.get(page) ?? new Map<string, number>();
      for (const term of askedTerms(text)) add(own, term);
      counts.set(page, own);
    }
  }
  const pages = [...counts.keys()].sort();
  const spread = new Map<string, number>();
  for (const own of counts.values()) for (const term of own.keys()) add(spread, term);
  const terms: Record<string, number[]> = {};
  pages.forEach((page, index) => {
    const own = [...counts.get(page)!];
    const total = own.reduce((sum, [, n]) => sum + n, 0);
    const weights = own.map(
      ([term, n]) => [term, (n / total) * Math.log(1 + pages.length / spread.get(term)!)] as const,
    );
    const length = Math.hypot(...weights.map(([, weight]) => weight));
    for (const [term, weight] of weights) {
      const stored = Math.round((weight / length) * scale);
      if (stored >= smallest) (terms[term] ??= []).push(index, stored);
    }
  });
  return { version: 1, pages, terms: Object.fromEntries(Object.entries(terms).sort()) };
}

/**
 * How much each page of the model is asked for in the query's words, as a share of the most
 * asked (0–1); every page of the model is in the map, those never asked in these words at 0.
 */
export function askedScores(model: AskedModel, query: string): Map<string, number> {
  const sums = new Map<string, number>(model.pages.map((page) => [page, 0]));
  for (const term of askedTerms(query)) {
    const row = Object.hasOwn(model.terms, term) ? model.terms[term] : [];
    for (let i = 0; i + 1 < row.length; i += 2) {
      const page = model.pages[row[i]];
      if (page !== undefined) add(sums, page, row[i + 1]);
    }
  }
  const most = Math.max(0, ...sums.values());
  return new Map([...sums].map(([page, sum]) => [page, most > 0 ? sum / most : 0]));
}

/** Reads a fetched `asked.json`, or null when it is not one. */
export function parseAsked(json: unknown): AskedModel | null {
  if (typeof json !== 'object' || json === null) return null;
  const { version, pages, terms } = json as Record<string, unknown>;
  if (version !== 1 || !Array.isArray(pages) || typeof terms !== 'object' || terms === null) {
    return null;
  }
  if (!pages.every((page): page is string => typeof page === 'string')) return null;
  const isRow = (row: unknown): row is number[] =>
    Array.isArray(row) && row.every((n) => Number.isInteger(n) && (n as number) >= 0);
  if (!Object.values(terms).every(isRow)) return null;
  return { version: 1, pages, terms: terms as Record<string, number[]> };
}
