/**
 * Ranking across the parts of a query. Pagefind scores each term on its own (with the title
 * and alias weights of ranking.ts); here those scores are combined the way a person reads a
 * query: a page answering the rare, specific words beats one sharing the common ones, a page
 * covering more of the query beats one covering less, and a page about the opposite procedure
 * goes down. Pure: it takes Pagefind's per-term results and returns scores.
 */
import type { PagefindResult } from './pagefind-api.ts';
import type { QueryPlan } from './plan.ts';
import { relevanceTuning } from './ranking.ts';

export interface ScoredPage {
  result: PagefindResult;
  /** 0–1: the weighted share of the query the page answers. */
  score: number;
  /** The typed words (not directions) the page matched. */
  matched: string[];
  /** Whether it matched a part that is not common across the site (see `commonShare`). */
  specific: boolean;
}

export interface Scored {
  pages: ScoredPage[];
  /** Typed words no page holds, under any of their alternatives. */
  unfound: string[];
}

/**
 * How much a part counts: the rarer across the site, the more (inverse document frequency).
 * A part no page holds counts as much as the rarest: its absence lowers every page's score,
 * so a query of unknown words scores low everywhere.
 */
export function partWeight(matchedPages: number, pageCount: number): number {
  return Math.log((pageCount + 1) / (Math.max(matchedPages, 0) + 0.5));
}

/** Each result's score divided by the best score for that term: 0–1. */
function normalised(results: readonly PagefindResult[]): Map<string, number> {
  const top = Math.max(...results.map((r) => r.score), Number.MIN_VALUE);
  return new Map(results.map((r) => [r.id, r.score / top]));
}

/**
 * Scores every page found for any term of the plan. `results` maps each term to Pagefind's
 * results for it; `pageCount` is the number of pages searched (for the rarity weights).
 */
export function scorePages(
  plan: QueryPlan,
  results: ReadonlyMap<string, readonly PagefindResult[]>,
  pageCount: number,
): Scored {
  const byTerm = new Map([...results].map(([term, list]) => [term, normalised(list)]));
  const pagesById = new Map<string, PagefindResult>();
  for (const list of results.values()) for (const r of list) pagesById.set(r.id, r);
  const total = Math.max(pageCount, pagesById.size, 1);
  const unfound: string[] = [];
  const parts = plan.parts.map((part) => {
    const ids = new Set(part.alternatives.flatMap((a) => [...(byTerm.get(a.term)?.keys() ?? [])]));
    if (ids.size === 0 && part.kind === 'word') unfound.push(part.label);
    const weight =
      partWeight(ids.size, total) *
      (part.kind === 'direction' ? relevanceTuning.directionWeight : 1);
    const common = ids.size > total * relevanceTuning.commonShare;
    return { part, weight, common };
  });
  const weightSum = parts.reduce((sum, p) => sum + p.weight, 0) || 1;
  const pages: ScoredPage[] = [];
  for (const [id, result] of pagesById) {
    let sum = 0;
    let specific = false;
    const matched: string[] = [];
    for (const { part, weight, common } of parts) {
      const best = Math.max(
        0,
        ...part.alternatives.map((a) => (byTerm.get(a.term)?.get(id) ?? 0) * a.weight),
      );
      if (best === 0) continue;
      sum += weight * best;
      if (part.kind === 'word') matched.push(part.label);
      if (!common) specific = true;
    }
    const against = Math.max(0, ...plan.avoid.map((term) => byTerm.get(term)?.get(id) ?? 0));
    const score = (sum / weightSum) * (1 - relevanceTuning.oppositePenalty * against);
    if (sum > 0) pages.push({ result, score, matched, specific });
  }
  pages.sort((a, b) => b.score - a.score);
  return { pages, unfound };
}

/** The pages that answer, and those that only share words with the query. */
export interface Tiers {
  /** Scored close to the best page: shown first. */
  answers: ScoredPage[];
  /** Share a word but score far below: below "Pages that also mention …", a few at most. */
  mentions: ScoredPage[];
}

/**
 * Splits scored pages at the relevance floor. Nothing answers when even the best page scores
 * below `meaningfulScore` or matches only words common across the site.
 */
export function applyFloor(pages: readonly ScoredPage[]): Tiers {
  const top = pages[0];
  const { answerShare, mentionShare, meaningfulScore, mentionResults } = relevanceTuning;
  if (!top || top.score < meaningfulScore || !top.specific) {
    return { answers: [], mentions: [] };
  }
  const answers = pages.filter((p) => p.specific && p.score >= top.score * answerShare);
  const mentions = pages
    .filter((p) => !answers.includes(p) && p.score >= top.score * mentionShare)
    .slice(0, mentionResults);
  return { answers, mentions };
}
