/**
 * How each page is asked for: a naive Bayes model of the tuning half's queries, each labelled
 * with the pages that answer it. For each page, how often it was asked for, and how often each
 * stemmed word and each pair of adjacent words ("cut off", "my developer") came up in the
 * queries asking for it. The engine ranks the pages that answer a query higher the likelier
 * the model finds them asked for in its words ("kick", "fired", "let … see").
 *
 * Built at build time and written next to the index as `asked.json` (the pages and their
 * counts) and `asked/<n>.json` (the words' counts, spread over `shardCount` files by a hash
 * of the word), so a query fetches only the files of its own words, as Pagefind does with its
 * index. Only labelled pages are in it, so its size follows the query sets, not the site: a
 * page no query names yet is unknown to it, and the engine does not let the known pages climb
 * over it (engine.ts). The tuning half's off-topic questions are one more class of it
 * (`offTopicClass`): a query far likelier asked in their words than for any page is about
 * something this site does not cover. The held-out half is never read here. Pure: the build
 * passes the texts in, the browser passes the fetching in.
 */
import { stem } from './phrasing.ts';
import { queryTerms, tokenize } from './query.ts';

/** The pages of the model and their counts: everything but the words' counts. */
export interface AskedHeader {
  version: 2;
  /** The pages' site paths ("/faq/revoke-developer-authorization/"), in order. */
  pages: string[];
  /** For each page, how many labelled queries it answers. */
  asked: number[];
  /** For each page, how many terms those queries hold in all. */
  total: number[];
  /** How many different terms the model counts for its pages (the off-topic class aside). */
  known: number;
  /** How many files the terms' counts are spread over. */
  shards: number;
}

/** For each term, the pages whose queries hold it and how often: [page index, count, …]. */
export type AskedRows = Record<string, number[]>;

/** The whole model, as built. */
export interface AskedModel extends AskedHeader {
  terms: AskedRows;
}

/**
 * Reads the rows of the terms a query needs (only those the model knows are in the map);
 * null when their files cannot be had.
 */
export interface AskedLookup {
  header: AskedHeader;
  rows(terms: readonly string[]): Promise<ReadonlyMap<string, readonly number[]> | null>;
}

/** The header's file name inside the Pagefind bundle directory. */
export const askedFile = 'asked.json';

/** The file of one shard of the terms' counts, inside the bundle directory. */
export const askedShardFile = (shard: number) => `asked/${shard}.json`;

/**
 * The class of the labelled questions this site does not answer (orders, fees, staff logins
 * …), kept in the model like a page; no result has its address.
 */
export const offTopicClass = '#off-topic';

/** A text asking for pages: a labelled query. */
export interface AskedText {
  text: string;
  /** The site paths of the pages that answer it. */
  pages: readonly string[];
}

/**
 * Terms are spread over this many files: a query's few words fetch a few small files (about
 * 1.3 KB gzip each at 4,000 queries) instead of the whole model. 64 files were 2.5 KB each
 * and put the first query over its budget once sets 19a and 19b joined.
 */
const shardCount = 128;

/**
 * Added to every count (Laplace smoothing): a term never seen with a page makes it unlikely,
 * not impossible. Held out across the tuning sets, 0.2 put the right page first most often
 * (0.05 and 1 lost 84 and 45 of 2,269 queries, the model on its own).
 */
const smoothing = 0.2;

/** A query's terms: its stemmed meaningful words, and each pair of adjacent words, once each. */
export function askedTerms(text: string): string[] {
  const all = tokenize(text).map(stem);
  const pairs = all.slice(1).map((word, i) => `${all[i]} ${word}`);
  return [...new Set([...queryTerms(text).map(stem), ...pairs])];
}

/** Which file a term's counts are in: a 32-bit FNV-1a hash of it, modulo `shards`. */
export function shardOf(term: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    hash = Math.imul(hash ^ term.charCodeAt(i), 0x01000193);
  }
  return (hash >>> 0) % shards;
}

const add = <K>(counts: Map<K, number>, key: K, by = 1) =>
  counts.set(key, (counts.get(key) ?? 0) + by);

const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);

/** Whether a row ([page index, count, …]) counts the term for a page other than `except`. */
const onPages = (row: readonly number[], except: number) =>
  row.some((n, i) => i % 2 === 0 && n !== except);

/** The model of the texts: how often each page is asked for, and in which terms. */
export function buildAsked(texts: readonly AskedText[]): AskedModel {
  const counts = new Map<string, Map<string, number>>();
  const askedFor = new Map<string, number>();
  for (const { text, pages } of texts) {
    for (const page of pages) {
      add(askedFor, page);
      const own = counts.get(page) ?? new Map<string, number>();
      for (const term of askedTerms(text)) add(own, term);
      counts.set(page, own);
    }
  }
  const pages = [...counts.keys()].sort();
  const terms: AskedRows = {};
  pages.forEach((page, index) => {
    for (const [term, n] of counts.get(page)!) (terms[term] ??= []).push(index, n);
  });
  return {
    version: 2,
    pages,
    asked: pages.map((page) => askedFor.get(page)!),
    total: pages.map((page) => sum(counts.get(page)!.values())),
    known: Object.values(terms).filter((row) => onPages(row, pages.indexOf(offTopicClass))).length,
    shards: shardCount,
    terms: Object.fromEntries(Object.entries(terms).sort()),
  };
}

/** The files of a model: its header, and its terms' rows spread over the shards. */
export function askedFiles(model: AskedModel): { header: AskedHeader; shards: AskedRows[] } {
  const { terms, ...header } = model;
  const shards: AskedRows[] = Array.from({ length: header.shards }, () => ({}));
  for (const [term, row] of Object.entries(terms)) shards[shardOf(term, header.shards)][term] = row;
  return { header, shards };
}

/**
 * A lookup that reads each shard the terms need once per call through `shard` (the browser
 * fetches it); its rows are null when one of them cannot be had.
 */
export function shardedLookup(
  header: AskedHeader,
  shard: (n: number) => Promise<AskedRows | null>,
): AskedLookup {
  return {
    header,
    rows: async (terms) => {
      const placed = terms.map((term) => [term, shardOf(term, header.shards)] as const);
      const wanted = [...new Set(placed.map(([, n]) => n))];
      const loaded = new Map(
        await Promise.all(wanted.map(async (n) => [n, await shard(n)] as const)),
      );
      if ([...loaded.values()].includes(null)) return null;
      return new Map(
        placed.flatMap(([term, n]) => {
          const rows = loaded.get(n)!;
          return Object.hasOwn(rows, term) ? [[term, rows[term]] as const] : [];
        }),
      );
    },
  };
}

/** A lookup over a whole model in memory, read through its shards as the browser reads them. */
export function inMemory(model: AskedModel): AskedLookup {
  const { header, shards } = askedFiles(model);
  return shardedLookup(header, (n) => Promise.resolve(shards[n]));
}

/**
 * How likely each page of the model is asked for in the query's words, as a share of the
 * likeliest page (0–1]; every page of the model is in the map, and `offTopicClass`, when the
 * model has it, as a multiple of the likeliest page (above 1 when likelier than every page).
 * With no word the model knows, the shares follow how often each is asked for at all. Null
 * when the rows cannot be had.
 */
export async function askedScores(
  lookup: AskedLookup,
  query: string,
): Promise<Map<string, number> | null> {
  const { pages, asked, total, known } = lookup.header;
  const rows = await lookup.rows(askedTerms(query));
  if (!rows) return null;
  const all = sum(asked);
  const logs = pages.map((_, i) => Math.log(asked[i] / all));
  // Terms only the off-topic questions hold weigh for or against the class alone: the pages'
  // shares among themselves stay what they are without it.
  const classIndex = pages.indexOf(offTopicClass);
  const againstClass = pages.map(() => 0);
  for (const row of rows.values()) {
    const counts = new Map<number, number>();
    for (let i = 0; i + 1 < row.length; i += 2) counts.set(row[i], row[i + 1]);
    const into = onPages(row, classIndex) ? logs : againstClass;
    pages.forEach((_, i) => {
      into[i] += Math.log(((counts.get(i) ?? 0) + smoothing) / (total[i] + smoothing * known));
    });
  }
  const bestOf = (values: readonly number[]) =>
    Math.max(...values.filter((_, i) => i !== classIndex));
  const best = bestOf(logs);
  const shares = new Map(pages.map((page, i) => [page, Math.exp(logs[i] - best)]));
  if (classIndex >= 0) {
    const full = logs.map((log, i) => log + againstClass[i]);
    shares.set(offTopicClass, Math.exp(full[classIndex] - bestOf(full)));
  }
  return shares;
}

const isCounts = (list: unknown, length: number): list is number[] =>
  Array.isArray(list) &&
  list.length === length &&
  list.every((n) => Number.isInteger(n) && (n as number) > 0);

/** Reads a fetched `asked.json`, or null when it is not one. */
export function parseAskedHeader(json: unknown): AskedHeader | null {
  if (typeof json !== 'object' || json === null) return null;
  const { version, pages, asked, total, known, shards } = json as Record<string, unknown>;
  if (version !== 2 || !Array.isArray(pages)) return null;
  if (!pages.every((page): page is string => typeof page === 'string')) return null;
  if (!isCounts(asked, pages.length) || !isCounts(total, pages.length)) return null;
  if (!Number.isInteger(known) || !Number.isInteger(shards) || (shards as number) < 1) return null;
  return { version, pages, asked, total, known: known as number, shards: shards as number };
}

/** Reads a fetched shard (`asked/<n>.json`), or null when it is not one. */
export function parseAskedRows(json: unknown): AskedRows | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  const isRow = (row: unknown): row is number[] =>
    Array.isArray(row) && row.every((n) => Number.isInteger(n) && (n as number) >= 0);
  return Object.values(json).every(isRow) ? (json as AskedRows) : null;
}
