/**
 * Ranking configuration: the one place the search is tuned. `npm run bench:search` measures
 * the relevance sets (test/search/tuning/, held-out/) against these values; docs/search.md
 * records what each change did to the figures.
 */
import type { PagefindOptions } from './pagefind-api.ts';

/**
 * Pagefind's ranking. Starlight's docs tuning (pageLength 0.1, termFrequency 0.1,
 * termSaturation 2, termSimilarity 9) was the starting point and is kept: on this site the
 * four parameters moved the relevance set by one query at most (docs/search.md). What moved
 * it is metaWeights: a match in the title (the question as written) or in the aliases (the
 * question as people put it) counts for more than one in the answer.
 */
export const pagefindRanking = {
  termFrequency: 0.1,
  pageLength: 0.1,
  termSaturation: 2,
  termSimilarity: 9,
  metaWeights: { title: 8, aliases: 10 },
} as const;

export const pagefindOptions: PagefindOptions = {
  // In a Web Worker: Pagefind's WebAssembly then runs off the main thread. On the search
  // page (Lighthouse, mobile) that moved the results' paint from 2.4-3.3 s to 1.5 s and
  // took its long tasks off the page; the worker file costs the first query 12.3 KB.
  noWorker: false,
  excerptLength: 24,
  ranking: { ...pagefindRanking, metaWeights: { ...pagefindRanking.metaWeights } },
};

/**
 * How the engine combines Pagefind's per-term scores (scoring.ts) and where it draws the
 * floor. Measured with `npm run bench:search` on the tuning half of test/search/.
 */
export const relevanceTuning = {
  /** Weight of the site's word for a person's word (synonyms.ts), against 1 for the word as typed. */
  synonymWeight: 0.7,
  /** Two words typed side by side, found together on a page, count this much of a word as rare. */
  pairWeight: 0.25,
  /** A direction's part (directions.ts) counts this much more than a word as rare. */
  directionWeight: 1.4,
  /** A page as strong on the opposite procedure's terms as its best page loses this share. */
  oppositePenalty: 0.5,
  /** Flattens Pagefind's per-term scores (share of the best, to this power) before combining. */
  scoreExponent: 1,
  /**
   * A term only in a page's text (not its title or aliases) counts this much of a match there;
   * a term in no title or alias on the site counts this much of its rarity.
   */
  textOnly: 0.5,
  /** Flattens the rarity weights (to this power): one rare word weighs less against the rest. */
  rarityExponent: 0.5,
  /** How much a word no page holds counts (a word on one page of 36 counts about 3.2). */
  unfoundWeight: 1,
  /**
   * A part weighing at least this share of the query's heaviest part is a key part: an answer
   * must match one (a page sharing only "developer" does not answer "developer profile pending").
   */
  keyShare: 0.4,
  /**
   * A query naming nothing of the site's subject (topics.ts) is off topic when the model of how
   * pages are asked for (asked.ts) finds it this many times likelier asked like the off-topic
   * questions than for any page. Judged leaving each tuning set out of the model in turn: 3.3
   * to 10 caught the same 5 of the lexicon's 24 misses and flagged no relevance query; 20
   * caught 4; 2 flagged 5 relevance queries ("draft", "sunset policy").
   */
  offTopicOdds: 10,
  /**
   * A page whose title or one alias says the whole query gains this share of its score, one
   * that says half of it half as much (phrasing.ts); only the best `phrasingPages` are read.
   */
  phrasingBoost: 0.5,
  /**
   * The page likeliest asked for in the query's words (asked.ts) ranks as if it scored 1 + this
   * times as much, one half as likely 1 + half this. Held out across the tuning sets (the model
   * built without a quarter of them and measured on it, four times), top-1 went from 85.9% with
   * the tf-idf model of round 6 to 89.8% with naive Bayes at 4, and 89.8% at 8 (docs/search.md).
   */
  askedBoost: 4,
  /** How many of the best-scored pages are reordered by their wording (one fragment each). */
  phrasingPages: 5,
  /** Pages scoring at least this share of the best page's score are answers, shown first. */
  answerShare: 0.35,
  /** At most this many answers: a vague query gets the best few, not a third of the site. */
  answerResults: 8,
  /** Pages below the answers but at least this share of the best go under the divider. */
  mentionShare: 0.15,
  /** At most this many pages under the divider. */
  mentionResults: 3,
  /**
   * A term in the titles or aliases of at most this share of the pages names something
   * specific of the site (scoring.ts `anchored`); a query with no such term and no subject
   * word (topics.ts) gets the no-results help.
   */
  anchorShare: 1 / 6,
  /** Below this best score, nothing answers the query: the no-results help shows. */
  meaningfulScore: 0.15,
  /** A corrected query is shown instead of the typed one when its best score is this much higher. */
  correctionGain: 1.2,
} as const;

export const searchTuning = {
  /** Results in the header box's list (each may bring sub-results). */
  dropdownResults: 6,
  /** Sub-results (headings inside a page) shown under a result. */
  subResults: 2,
  /** Results on the search page. */
  pageResults: 20,
  /** Wait after the last keystroke before searching, in milliseconds. */
  debounceMs: 120,
  /** Wait after results settle before announcing their count to screen readers. */
  announceMs: 600,
  /**
   * Give up on a search whose files have not answered by then, and say search is not
   * available. The real first query takes about 1.5 s on a slow phone (docs/search.md).
   */
  giveUpMs: 6000,
} as const;
