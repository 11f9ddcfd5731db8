/**
 * Relevance measurement: the query sets in test/search/ and how their hit rates are counted.
 * `npm run bench:search` and test/e2e/search-relevance.spec.ts both use this.
 */
/** A query as a seller or developer would type it, and the pages that answer it. */
export interface RelevanceCase {
  query: string;
  /** Site paths without the base (`/faq/<slug>/`, `/wizards/<id>/`); any of them counts. */
  expect: string[];
}

/** A hurried misspelling, what was meant, and the pages that answer it. */
export interface TypoCase {
  typo: string;
  meant: string;
  expect: string[];
}

/** The suite fails below these. */
export const thresholds = { top1: 0.75, top3: 0.9 } as const;

/** A result URL as a site path: base, query, hash and `index.html` removed. */
export function sitePathOf(url: string, base: string): string {
  let path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '');
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (prefix !== '/' && path.startsWith(prefix)) path = `/${path.slice(prefix.length)}`;
  return path.replace(/index\.html$/, '');
}

/** 1-based rank of the first expected page among the results, or null when none is there. */
export function hitRank(
  resultPaths: readonly string[],
  expected: readonly string[],
): number | null {
  const index = resultPaths.findIndex((path) => expected.includes(path));
  return index === -1 ? null : index + 1;
}

export interface HitRates {
  total: number;
  top1: number;
  top3: number;
  top1Rate: number;
  top3Rate: number;
}

/** Top-1 and top-3 counts and rates of a list of ranks. */
export function hitRates(ranks: readonly (number | null)[]): HitRates {
  const total = ranks.length;
  const top1 = ranks.filter((rank) => rank === 1).length;
  const top3 = ranks.filter((rank) => rank !== null && rank <= 3).length;
  return {
    total,
    top1,
    top3,
    top1Rate: total ? top1 / total : 0,
    top3Rate: total ? top3 / total : 0,
  };
}

/** Whether the rates clear the thresholds. */
export const passes = (rates: HitRates): boolean =>
  rates.top1Rate >= thresholds.top1 && rates.top3Rate >= thresholds.top3;

/** Checks a query set file's shape; throws naming the first bad entry. */
export function parseCases<T extends RelevanceCase | TypoCase>(
  json: unknown,
  kind: 'queries' | 'typos',
): T[] {
  if (!Array.isArray(json)) throw new Error(`${kind}: expected a list`);
  json.forEach((entry: unknown, i) => {
    const e = entry as Record<string, unknown>;
    const textKeys = kind === 'queries' ? ['query'] : ['typo', 'meant'];
    for (const key of textKeys) {
      if (typeof e[key] !== 'string' || !(e[key] as string).trim()) {
        throw new Error(`${kind}[${i}]: "${key}" must be text`);
      }
    }
    if (
      !Array.isArray(e.expect) ||
      e.expect.length === 0 ||
      !e.expect.every((p) => typeof p === 'string' && /^\/(faq|wizards)\/[a-z0-9-]+\/$/.test(p))
    ) {
      throw new Error(
        `${kind}[${i}]: "expect" must list paths like /faq/<slug>/ or /wizards/<id>/`,
      );
    }
  });
  return json as T[];
}
