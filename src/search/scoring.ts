/**
 * Ranking across the parts of a query. Pagefind scores each term on its own (with the title
 * and alias weights of ranking.ts); here those scores are combined the way a person reads a
 * query: a page answering the rare, specific words beats one sharing the common ones, a page
 * covering more of the query beats one covering less, and a page about the opposite procedure
 * goes down. Pure: it takes Pagefind's per-term results and returns scores.
 */
import type { PagefindResult } from './pagefind-api.ts';
import { coverage, type WeightedPart } from './phrasing.ts';
import type { QueryPlan } from './plan.ts';
import { relevanceTuning } from './ranking.ts';

export interface ScoredPage {
  result: PagefindResult;
  /** 0–1: the weighted share of the query the page answers. */
  score: number;
  /** The typed words (not directions) the page matched. */
  matched: string[];
  /** Whether it matched one of the query's key parts (see `keyShare`). */
  specific: boolean;
}

export interface Scored {
  pages: ScoredPage[];
  /** Typed words no page holds, under any of their alternatives. */
  unfound: string[];
  /**
   * Whether the query names something the site is about: a direction, or a term in the
   * titles or aliases of a few pages (at most `anchorShare` of them), or, when every word of
   * it is on the site, a term in any title or alias ("access"). A query with a word the site
   * lacks and, besides, only words common on the site ("change my store name") or only in
   * page text ("order" in "what is MWS") is anchored nowhere.
   */
  anchored: boolean;
  /** The query's parts some page holds, with the terms found and their weights (phrasing.ts). */
  parts: WeightedPart[];
}

/**
 * How much a term counts: the rarer across the site, the more (inverse document frequency).
 * A part no page holds counts `unfoundWeight`: its absence lowers every page's score, so a
 * query made of words the site lacks scores low everywhere.
 */
export function termWeight(matchedPages: number, pageCount: number): number {
  if (matchedPages <= 0) return relevanceTuning.unfoundWeight;
  return Math.log((pageCount + 1) / (matchedPages + 0.5)) ** relevanceTuning.rarityExponent;
}

/** How much a part counts against a word as rare (ranking.ts). */
const kindWeight = {
  word: 1,
  pair: relevanceTuning.pairWeight,
  direction: relevanceTuning.directionWeight,
} as const;

/** Whether the term matched the page's title or aliases, not only its text. */
const inTopic = (result: PagefindResult) => (result.matchedMetaFields?.length ?? 0) > 0;

/**
 * Each result's score as a share of the best score for that term (0–1), flattened by
 * `scoreExponent` (Pagefind's scores fall steeply: the wizard carrying out "forgot email"
 * scored 1% of the question), times `textOnly` when the term is only in the page's text: a
 * word in the question or in how people ask it says more than a word somewhere in the answer.
 */
function normalised(results: readonly PagefindResult[]): Map<string, number> {
  const top = Math.max(...results.map((r) => r.score), Number.MIN_VALUE);
  const factor = (r: PagefindResult) => (inTopic(r) ? 1 : relevanceTuning.textOnly);
  return new Map(
    results.map((r) => [r.id, (r.score / top) ** relevanceTuning.scoreExponent * factor(r)]),
  );
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
  // A word no title or alias holds ("whose", "three") is rarely what the query is about.
  const topical = new Set(
    [...results].filter(([, list]) => list.some(inTopic)).map(([term]) => term),
  );
  const rarity = (term: string, pages: number) =>
    termWeight(pages, total) * (topical.has(term) ? 1 : relevanceTuning.textOnly);
  const pagesById = new Map<string, PagefindResult>();
  for (const list of results.values()) for (const r of list) pagesById.set(r.id, r);
  const total = Math.max(pageCount, pagesById.size, 1);
  const unfound: string[] = [];
  const parts = plan.parts.map((part) => {
    const found = part.alternatives
      .map((a) => ({ ...a, scores: byTerm.get(a.term) ?? new Map<string, number>() }))
      .filter((a) => a.scores.size > 0);
    if (found.length === 0 && part.kind === 'word') unfound.push(part.label);
    // A part counts as much as its best alternative: a rare synonym does not make a common
    // word rare, and a common synonym does not make a rare word common.
    // Two words no page says together are no part of the query: their words count already.
    const absent = part.kind === 'pair' ? 0 : termWeight(0, total);
    const weight =
      found.length === 0
        ? absent
        : Math.max(...found.map((a) => a.weight * rarity(a.term, a.scores.size))) *
          kindWeight[part.kind];
    return { part, found, weight };
  });
  const foundWeights = parts.filter((p) => p.found.length > 0).map((p) => p.weight);
  const keyWeight = Math.max(0, ...foundWeights) * relevanceTuning.keyShare;
  const weightSum = parts.reduce((sum, p) => sum + p.weight, 0) || 1;
  const pages: ScoredPage[] = [];
  for (const [id, anyResult] of pagesById) {
    let sum = 0;
    let specific = false;
    const matched: string[] = [];
    // The page as found by its heaviest typed word, so that its excerpt marks what was typed
    // and not a direction's own term ("adjustment" for "roles will be removed").
    let shown = { result: anyResult, weight: 0 };
    for (const { part, found, weight } of parts) {
      const values = found.map((a) => (a.scores.get(id) ?? 0) * a.weight);
      const best = Math.max(0, ...values);
      if (best === 0) continue;
      sum += weight * best;
      if (part.kind === 'word') matched.push(part.label);
      if (weight >= keyWeight) specific = true;
      if (part.kind === 'word' && weight * best > shown.weight) {
        const term = found[values.indexOf(best)].term;
        const result = results.get(term)?.find((r) => r.id === id);
        if (result) shown = { result, weight: weight * best };
      }
    }
    const result = shown.result;
    const against = Math.max(0, ...plan.avoid.map((term) => byTerm.get(term)?.get(id) ?? 0));
    const score = (sum / weightSum) * (1 - relevanceTuning.oppositePenalty * against);
    if (sum > 0) pages.push({ result, score, matched, specific });
  }
  pages.sort((a, b) => b.score - a.score);
  const titledIn = (term: string) => (results.get(term) ?? []).filter(inTopic).length;
  const share = unfound.length > 0 ? total * relevanceTuning.anchorShare : total;
  const anchored = parts.some(
    ({ part, found }) =>
      part.kind === 'direction' ||
      found.some((a) => titledIn(a.term) > 0 && titledIn(a.term) <= share),
  );
  const weighted = parts
    .filter((p) => p.found.length > 0)
    .map((p) => ({ terms: p.found.map((a) => a.term), weight: p.weight }));
  return { pages, unfound, anchored, parts: weighted };
}

/** What reorders a page among the best: its phrasings (phrasing.ts), how much it is asked for. */
export interface Wording {
  phrasings: readonly (readonly string[])[];
  /** 0–1: how much people asked for the page in the query's words, of the most asked page. */
  asked: number;
}

/**
 * The pages reordered by their best phrasing (phrasing.ts) and by how much people asked for
 * them in the query's words (asked.ts): a page whose title or one alias says a share `c` of
 * the query, asked for a share `a` as much as the most asked page, ranks as if it scored
 * `(1 + phrasingBoost × c) × (1 + askedBoost × a)` times as much. Only the order changes: the
 * floor still weighs each page's own score, so a page that says the query word for word does
 * not push the rest below the divider. `wordings` holds the pages whose phrasings were loaded
 * (the best few); the others rank by their score.
 */
export function rescore(
  pages: readonly ScoredPage[],
  parts: readonly WeightedPart[],
  wordings: ReadonlyMap<string, Wording>,
): ScoredPage[] {
  const { phrasingBoost, askedBoost } = relevanceTuning;
  const ranked = pages.map((page) => {
    const own = wordings.get(page.result.id);
    const phrased = own ? 1 + phrasingBoost * coverage(parts, own.phrasings) : 1;
    const asked = own ? 1 + askedBoost * own.asked : 1;
    return { page, rank: page.score * phrased * asked };
  });
  return ranked.sort((a, b) => b.rank - a.rank).map(({ page }) => page);
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
 * below `meaningfulScore` or no page near it matches a key part. A page first by its phrasing
 * but matching only common words is no answer, and does not hide those that are: in a query
 * of two problems it may say the lighter one word for word.
 */
export function applyFloor(pages: readonly ScoredPage[]): Tiers {
  // The pages may be ordered by phrasing: shares are of the best score, wherever it ranks.
  const best = Math.max(0, ...pages.map((p) => p.score));
  const { answerShare, answerResults, mentionShare, meaningfulScore, mentionResults } =
    relevanceTuning;
  if (best < meaningfulScore) return { answers: [], mentions: [] };
  const answers = pages
    .filter((p) => p.specific && p.score >= best * answerShare)
    .slice(0, answerResults);
  if (answers.length === 0) return { answers: [], mentions: [] };
  const mentions = pages
    .filter((p) => !answers.includes(p) && p.score >= best * mentionShare)
    .slice(0, mentionResults);
  return { answers, mentions };
}
