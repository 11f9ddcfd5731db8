/**
 * Relevance measurement: the query sets in test/search/ and how their figures are counted.
 * Each set comes in two halves: `tuning/`, to tune on, and `held-out/`, written before any
 * tuning and only ever measured as a whole (never read case by case), so its figures say what
 * people who were not in the room get. `npm run bench:search` and
 * test/e2e/search-relevance.spec.ts both use this.
 */
/** A query as a seller or developer would type it, and the pages that answer it. */
export interface RelevanceCase {
  query: string;
  /** Site paths without the base (`/faq/<slug>/`, `/wizards/<id>/`); any of them counts. */
  expect: string[];
  /** How it is phrased (status, time, obligation, direction, urgent, run-on, …). */
  style?: string;
}

/** A hurried misspelling, what was meant, and the pages that answer it. */
export interface TypoCase {
  typo: string;
  meant: string;
  expect: string[];
  style?: string;
}

/** A question this site does not answer (orders, refunds, fees, …): the honest answer says so. */
export interface OffTopicCase {
  query: string;
  style?: string;
}

/** The halves of the sets: test/search/<half>/. */
export const halves = ['tuning', 'held-out'] as const;
export type Half = (typeof halves)[number];

/** What a half is held to: rates from 0 to 1, and the false corrections allowed. */
export interface Limits {
  /** Relevance queries with an answer first. */
  top1: number;
  /** Relevance queries with an answer in the top 3. */
  top3: number;
  /** Typos with an answer in the top 3 as typed (no click). */
  typoTop3: number;
  /** "Did you mean" or a correction on correctly spelled queries. */
  falseCorrections: number;
  /** Off-topic queries answered honestly (no list of answer pages). */
  offTopicHonest: number;
}

/** The targets (issue 11) on the held-out half; `npm run bench:search` reports against them. */
export const thresholds: Limits = {
  top1: 0.85,
  top3: 0.95,
  typoTop3: 0.9,
  falseCorrections: 0,
  offTopicHonest: 1,
};

/**
 * What the browser tests enforce today: each half's figures as last measured (the engine and
 * index are deterministic, so a drop is a real loss). Held-out meets the targets but for one
 * off-topic question; raise a floor whenever a change lifts its figure, never lower it
 * (except when a new, harder set joins the tuning half: set 4 arrived at 70.5% top-1, sets
 * 5–14 at 72–80%, 15a–16b at 93–100%; 15b and 16b brought off-topic 27 of 30 and 27 of 29,
 * so the tuning off-topic floor went from 97.5% to 97.4%; the learned off-topic class then
 * lifted it to 98%; 18a to 19b, 26 to 27 of 29 or 30 each on arrival, took it to 97.9%, and
 * 20a, engineers' near misses at 22 of 29, to 97.3%). The tuning half's own figures say
 * little since asked.ts learns from it (it recalls its own queries): the held-out half and
 * fresh sets are the measure.
 */
export const floors: Record<Half, Limits> = {
  'held-out': {
    top1: 0.957,
    top3: 0.974,
    typoTop3: 0.97,
    falseCorrections: 0,
    offTopicHonest: 0.96,
  },
  tuning: { top1: 0.96, top3: 0.965, typoTop3: 0.965, falseCorrections: 0, offTopicHonest: 0.973 },
};

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

/** The figures of one half, as the bench and the e2e test count them. */
export interface HalfFigures {
  rates: HitRates;
  /** Typos with an expected page in the top 3 of what shows as typed (corrected or not). */
  typoRates: HitRates;
  /** Correctly spelled queries (relevance and off-topic) that got a correction or a "Did you mean". */
  falseCorrections: number;
  spelledRight: number;
  /** Off-topic queries answered with the off-topic or no-results help, not a list of pages. */
  offTopicHonest: number;
  offTopicTotal: number;
}

/** The targets the figures miss, as sentences (empty when all are met). */
export function missedTargets(f: HalfFigures, limits: Limits = thresholds): string[] {
  const pct = (n: number) => `${Math.round(n * 1000) / 10}%`;
  const missed: string[] = [];
  if (f.rates.top1Rate < limits.top1)
    missed.push(`top-1 ${pct(f.rates.top1Rate)} < ${pct(limits.top1)}`);
  if (f.rates.top3Rate < limits.top3)
    missed.push(`top-3 ${pct(f.rates.top3Rate)} < ${pct(limits.top3)}`);
  if (f.typoRates.top3Rate < limits.typoTop3)
    missed.push(`typos top-3 as typed ${pct(f.typoRates.top3Rate)} < ${pct(limits.typoTop3)}`);
  if (f.falseCorrections > limits.falseCorrections)
    missed.push(`${f.falseCorrections} false corrections`);
  const honest = f.offTopicTotal ? f.offTopicHonest / f.offTopicTotal : 1;
  if (honest < limits.offTopicHonest)
    missed.push(`off-topic honest ${f.offTopicHonest}/${f.offTopicTotal}`);
  return missed;
}

/** The three files of a set: relevance queries, typos, off-topic questions. */
export type CaseKind = 'queries' | 'typos' | 'off-topic';

/** Checks a query set file's shape; throws naming the first bad entry. */
export function parseCases<T extends RelevanceCase | TypoCase | OffTopicCase>(
  json: unknown,
  kind: CaseKind,
): T[] {
  if (!Array.isArray(json)) throw new Error(`${kind}: expected a list`);
  json.forEach((entry: unknown, i) => {
    const e = entry as Record<string, unknown>;
    const textKeys = kind === 'typos' ? ['typo', 'meant'] : ['query'];
    for (const key of textKeys) {
      if (typeof e[key] !== 'string' || !e[key].trim()) {
        throw new Error(`${kind}[${i}]: "${key}" must be text`);
      }
    }
    if (e.style !== undefined && typeof e.style !== 'string') {
      throw new Error(`${kind}[${i}]: "style" must be text`);
    }
    if (kind === 'off-topic') return;
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
