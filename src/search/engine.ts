/**
 * One search, from what the person typed to what is shown: the same code runs in the header
 * box, on the search page and in the relevance benchmark, so the benchmark measures what
 * people get.
 *
 * 1. The query becomes a plan (plan.ts): its meaningful words with the site's words for them,
 *    and the procedure its direction words point to.
 * 2. Pagefind scores each term on its own; scoring.ts combines them by rarity and coverage and
 *    pushes down the opposite procedure's pages; the best few are reordered by how well a
 *    title or alias says the query and how much people asked for them in its words
 *    (asked.ts). A word of the site's vocabulary that Pagefind places on no page (or a filter
 *    it knows no value of) means part of the index did not load: the search fails
 *    (availability.ts) rather than answer "No results".
 * 3. The floor splits the pages that answer from those that only share a word; a query about a
 *    Seller Central topic this site does not cover is told so (topics.ts), as is one naming
 *    nothing of the site and asked far likelier like the questions it does not answer.
 * 4. A word the site's vocabulary lacks is not searched (Pagefind would answer it with the
 *    longest prefix it knows: "agnecy" finds "a"). Only then are the English words fetched:
 *    a misspelt word is corrected, and when the corrected query answers better, its results
 *    are shown instead ("Showing results for …").
 */
import { askedScores, offTopicClass, type AskedLookup } from './asked.ts';
import { assertIndexWhole, SearchUnavailable } from './availability.ts';
import type { PagefindApi, PagefindFilters, PagefindResult } from './pagefind-api.ts';
import { planQuery, planTerms, type QueryPlan } from './plan.ts';
import { relevanceTuning, searchTuning } from './ranking.ts';
import { phrasingsOf } from './phrasing.ts';
import { applyFloor, rescore, scorePages, type ScoredPage, type Tiers } from './scoring.ts';
import { shapeResult, type SearchHit } from './shape.ts';
import { correctQuery, isKnownWord, stopsShort } from './suggest.ts';
import { isOffTopic, namesSubject } from './topics.ts';
import type { Vocabulary } from './vocabulary.ts';

export interface SearchRequest {
  query: string;
  filters?: PagefindFilters;
  /** How many answers to load (each costs one small fragment download). */
  limit: number;
  subResults?: number;
  /** Search the query exactly as typed, never corrected ("Search instead for …"). */
  asTyped?: boolean;
}

/**
 * What the search needs: Pagefind, the page count, the site's words, how each page is asked
 * for, the English words.
 */
export interface SearchIndex {
  pagefind: PagefindApi;
  /** Pages in the index, for the rarity weights; 0 when unknown. */
  pageCount: number;
  /** The site's vocabulary; null when it could not be had (every word is then searched). */
  vocabulary: Vocabulary | null;
  /**
   * How each page is asked for (asked.ts), its pages as result URLs; null when unknown. A
   * shard of it that cannot be had fails the search: the order would not be the site's.
   */
  asked: AskedLookup | null;
  /**
   * Fetches the English words to leave alone (once); only for a word the site lacks. A
   * rejection fails the search (the browser's loader rejects when the file cannot be had).
   */
  english: () => Promise<Vocabulary | null>;
}

export interface SearchOutcome {
  /** The query the results are for: as typed, or its correction. */
  query: string;
  /** When the results are for a corrected query: what was typed ("Search instead for …"). */
  correctedFrom: string | null;
  /** "Did you mean": a correction not clearly better than the query as typed. */
  suggestion: string | null;
  /** results: answers below; off-topic: a Seller Central topic; none: nothing answers. */
  answer: 'results' | 'off-topic' | 'none';
  /** How many pages answer. */
  total: number;
  /** The pages that answer, best first (at most the request's limit). */
  hits: SearchHit[];
  /** Pages that only share a word with the query, for below "Pages that also mention …". */
  mentions: SearchHit[];
  /** The query's words those pages share. */
  mentionWords: string[];
}

interface Attempt {
  query: string;
  /** The query's plan, before the words the site lacks are dropped (for the topic tests). */
  plan: QueryPlan;
  tiers: Tiers;
  best: number;
  unfound: string[];
  /** Whether a part names something specific of the site (scoring.ts). */
  anchored: boolean;
  /** For each page, the result to show: from the search for all its matched terms if any. */
  display: Map<string, PagefindResult>;
  /** Whether it is far likelier asked in the words of the questions the site does not answer. */
  askedOffTopic: boolean;
}

/** Searches one query: every term of its plan on its own, then combined and floored. */
async function attempt(
  index: SearchIndex,
  query: string,
  filters: PagefindFilters | undefined,
): Promise<Attempt> {
  const typedPlan = planQuery(query);
  const plan = knownOnly(typedPlan, index.vocabulary);
  const options = filters ? { filters } : {};
  const terms = planTerms(plan);
  // The model's few files are fetched while Pagefind searches.
  const asking = index.asked
    ? askedScores(index.asked, query)
    : Promise.resolve(new Map<string, number>());
  const responses = await Promise.all(terms.map((term) => index.pagefind.search(term, options)));
  assertIndexWhole(terms, responses, index.vocabulary, filters);
  // Pagefind lists a word it cannot place at all ("apeal") with a score of 0: not a match.
  const results = new Map(
    terms.map((term, i) => [term, responses[i].results.filter((r) => r.score > 0)]),
  );
  const scored = scorePages(plan, results, index.pageCount);
  const { unfound, anchored } = scored;
  const asked = await asking;
  if (!asked) throw new SearchUnavailable('a file of asked.json could not be loaded');
  const pages = await reordered(scored.pages, scored.parts, asked);
  const tiers = applyFloor(pages);
  // Excerpts mark the words of the search that found the page: search the typed words that
  // pages hold together once, so an answer's excerpt marks all of them.
  const found = plan.parts
    .filter((part) => part.kind === 'word' && !unfound.includes(part.label))
    .map((part) => part.label);
  const together =
    found.length > 1 ? (await index.pagefind.search(found.join(' '), options)).results : [];
  const display = new Map(together.map((result) => [result.id, result]));
  return {
    query,
    plan: typedPlan,
    tiers,
    best: scored.pages[0]?.score ?? 0,
    unfound,
    anchored,
    display,
    askedOffTopic: (asked.get(offTopicClass) ?? 0) >= relevanceTuning.offTopicOdds,
  };
}

/**
 * The pages reordered by their titles' and aliases' phrasings and by how much they are asked
 * for in the query's words (`asked`, by URL), read (one fragment each) only from the best few
 * that the boosts could lift to the top: the others cannot come first. When one of those few
 * is a page no labelled query names yet (a new question), asking reorders none of them: the
 * pages people were asked about must not climb over it for that alone.
 */
async function reordered(
  pages: readonly ScoredPage[],
  parts: Parameters<typeof rescore>[1],
  asked: ReadonlyMap<string, number>,
): Promise<ScoredPage[]> {
  const top = pages[0]?.score ?? 0;
  const { phrasingBoost, askedBoost, phrasingPages } = relevanceTuning;
  const best = pages
    .filter((page) => page.score * (1 + phrasingBoost) * (1 + askedBoost) >= top)
    .slice(0, phrasingPages);
  const loaded = await Promise.all(
    best.map(async ({ result }) => [result, await result.data()] as const),
  );
  const known = loaded.every(([, data]) => asked.has(data.url));
  const wordings = loaded.map(([result, data]) => {
    const wording = { phrasings: phrasingsOf(data.meta), asked: known ? asked.get(data.url)! : 0 };
    return [result.id, wording] as const;
  });
  return rescore(pages, parts, new Map(wordings));
}

/** Whether the vocabulary can tell about a word: letters only, three or more (as it is built). */
const checkable = (word: string) => word.length >= 3 && /^\p{L}+$/u.test(word);

/** The plan without the alternatives the site never uses: no page holds them. */
function knownOnly(plan: QueryPlan, vocabulary: Vocabulary | null): QueryPlan {
  if (!vocabulary) return plan;
  const known = (term: string) => !checkable(term) || isKnownWord(term, vocabulary);
  return {
    ...plan,
    parts: plan.parts.map((part) => ({
      ...part,
      alternatives: part.alternatives.filter((a) => known(a.term)),
    })),
  };
}

const load = (attempted: Attempt, pages: readonly ScoredPage[], subResults: number) =>
  Promise.all(
    pages.map(async ({ result }) =>
      shapeResult(await (attempted.display.get(result.id) ?? result).data(), subResults),
    ),
  );

/**
 * The query's correction, searched, when a word of it is on no page or stops short
 * (`cutShort`); null otherwise.
 */
async function corrected(
  index: SearchIndex,
  typed: Attempt,
  cutShort: boolean,
  filters: PagefindFilters | undefined,
): Promise<Attempt | null> {
  if (!index.vocabulary || (typed.unfound.length === 0 && !cutShort)) return null;
  const english = await index.english();
  if (!english) return null;
  const correction = correctQuery(typed.query, index.vocabulary, english);
  return correction === null ? null : attempt(index, correction, filters);
}

/**
 * Whether the correction is shown instead of the query as typed: it answers, and the typed
 * query answers nothing, answers less, or has a word cut short before its last ("registr for
 * mws"), whose prefix matches are not what was meant.
 */
function isBetter(typed: Attempt, fix: Attempt, cutShort: boolean): boolean {
  if (fix.tiers.answers.length === 0) return false;
  if (typed.tiers.answers.length === 0 || cutShort) return true;
  return fix.best > typed.best * relevanceTuning.correctionGain;
}

/** Runs one search and loads the data of the pages to show. */
export async function runSearch(
  index: SearchIndex,
  { query, filters, limit, subResults = searchTuning.subResults, asTyped = false }: SearchRequest,
): Promise<SearchOutcome> {
  const typed = await attempt(index, query, filters);
  const cutShort = index.vocabulary !== null && stopsShort(query, index.vocabulary);
  const fix = asTyped ? null : await corrected(index, typed, cutShort, filters);
  const better = fix !== null && isBetter(typed, fix, cutShort);
  const shown = better ? fix : typed;
  const { plan } = shown;
  // The off-topic questions' words outweigh every page's only when nothing names the subject.
  const offTopic = isOffTopic(plan) || (shown.askedOffTopic && !namesSubject(plan));
  // Words the site shares only in passing, and nothing of its subject: nothing answers.
  const unanswered = offTopic || (!shown.anchored && !namesSubject(plan));
  const answers = unanswered ? [] : shown.tiers.answers;
  const mentions = unanswered ? [] : shown.tiers.mentions;
  const [hits, mentionHits] = await Promise.all([
    load(shown, answers.slice(0, limit), subResults),
    load(shown, mentions, 0),
  ]);
  return {
    query: shown.query,
    correctedFrom: better ? query : null,
    suggestion: !better && fix && fix.tiers.answers.length > 0 ? fix.query : null,
    answer: offTopic ? 'off-topic' : answers.length > 0 ? 'results' : 'none',
    total: answers.length,
    hits,
    mentions: mentionHits,
    mentionWords: [...new Set(mentions.flatMap((page) => page.matched))],
  };
}
