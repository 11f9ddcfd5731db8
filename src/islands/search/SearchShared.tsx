/**
 * What the header search box and the search page share: the search runner hook and the
 * small pieces every result shows (its excerpt, the Wizard mark).
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { SearchUnavailable, withDeadline } from '../../search/availability.ts';
import { runSearch, type SearchIndex, type SearchOutcome } from '../../search/engine.ts';
import {
  loadAsked,
  loadPageCount,
  loadPagefind,
  loadVocabulary,
  type PagefindFilters,
} from '../../search/pagefind-api.ts';
import { cleanQuery, isSearchable, preloadTerms } from '../../search/query.ts';
import { pagefindOptions, searchTuning } from '../../search/ranking.ts';
import { englishFile } from '../../search/vocabulary.ts';
import type { ExcerptPart, ResultType } from '../../search/shape.ts';

export const base = import.meta.env.BASE_URL;

/** The search page's address for a query. */
export const searchPageUrl = (query: string): string =>
  `${base}search/${query ? `?q=${encodeURIComponent(query)}` : ''}`;

/** The search page's address for a query searched exactly as typed ("Search instead for …"). */
export const asTypedUrl = (query: string): string => `${searchPageUrl(query)}&typed=1`;

export interface SearchView {
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** The query the results below are for, as typed. */
  query: string;
  outcome: SearchOutcome | null;
}

const idle: SearchView = { status: 'idle', query: '', outcome: null };

const pagefind = () => loadPagefind(base, pagefindOptions);

/** A word list of the bundle, or SearchUnavailable: without it the search cannot be trusted. */
const wordList = async (file?: string) => {
  const words = await loadVocabulary(base, file);
  if (!words) throw new SearchUnavailable(`${file ?? 'the vocabulary'} could not be loaded`);
  return words;
};

/** How each page is asked for, or SearchUnavailable: without it the order is not the site's. */
const askedModel = async () => {
  const asked = await loadAsked(base);
  if (!asked) throw new SearchUnavailable('asked.json could not be loaded');
  return asked;
};

/**
 * Pagefind, its page count, the site's words, how each page is asked for and (only when
 * needed) the English words. Any of them missing fails the search: a partial load must say
 * so, not answer "No results".
 */
async function searchIndex(): Promise<SearchIndex> {
  const [api, pageCount, vocabulary, asked] = await Promise.all([
    pagefind(),
    loadPageCount(base),
    wordList(),
    askedModel(),
  ]);
  if (pageCount === 0) throw new SearchUnavailable('pagefind-entry.json could not be read');
  return { pagefind: api, pageCount, vocabulary, asked, english: () => wordList(englishFile) };
}

/**
 * Runs searches as the person types: each call cancels the one before it, waits `delay`
 * (the debounce), and only the latest call's results are kept. Index chunks for the words
 * typed so far start downloading at once.
 */
export function useSearch(limit: number) {
  const [view, setView] = useState<SearchView>(idle);
  const latest = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout>>();

  useEffect(() => () => clearTimeout(timer.current), []);

  const search = useCallback(
    (
      typed: string,
      filters?: PagefindFilters,
      delay: number = searchTuning.debounceMs,
      asTyped = false,
    ) => {
      const query = cleanQuery(typed);
      const id = ++latest.current;
      clearTimeout(timer.current);
      if (!isSearchable(query)) {
        setView({ ...idle, query });
        return;
      }
      setView((current) => ({ ...current, status: 'loading' }));
      const early = preloadTerms(query);
      if (early.length > 0)
        pagefind()
          .then((api) => api.preload(early.join(' ')))
          .catch(() => undefined);
      loadVocabulary(base).catch(() => undefined);
      const run = async () => {
        try {
          const outcome = await withDeadline(
            searchIndex().then((index) => runSearch(index, { query, filters, limit, asTyped })),
            searchTuning.giveUpMs,
            'the search',
          );
          if (id === latest.current) setView({ status: 'ready', query, outcome });
        } catch {
          if (id === latest.current) setView({ status: 'error', query, outcome: null });
        }
      };
      timer.current = setTimeout(() => void run(), delay);
    },
    [limit],
  );

  /** Starts loading Pagefind (on focus), so the first results come sooner. */
  const warm = useCallback(() => {
    pagefind().catch(() => undefined);
  }, []);

  return { view, search, warm };
}

/** Delays a screen-reader announcement until results stop changing. */
export function useAnnouncement(message: string, delay: number = searchTuning.announceMs): string {
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(message), delay);
    return () => clearTimeout(timer);
  }, [message, delay]);
  return announced;
}

/** Said at once while a search with nothing to show yet is under way. */
export const searching = 'Searching…';

/** "1 result" / "12 results". */
export const countText = (n: number): string => `${n} ${n === 1 ? 'result' : 'results'}`;

/** How a correction is announced (the page shows it in words too). */
export function correctionSummary(outcome: SearchOutcome): string {
  return outcome.correctedFrom
    ? ` Showing results for ${outcome.query} instead of ${outcome.correctedFrom}.`
    : outcome.suggestion
      ? ` Did you mean ${outcome.suggestion}?`
      : '';
}

/** The count (or why there is none) once results settle: the same words in the box and the page. */
export function countSummary(outcome: SearchOutcome, filtered = false): string {
  const shown = `“${outcome.query}”${filtered ? ' with the filters you chose' : ''}`;
  const said =
    outcome.answer === 'off-topic'
      ? `This help center does not cover ${shown}.`
      : outcome.answer === 'none'
        ? `No results for ${shown}.`
        : `${countText(outcome.total)} for ${shown}.`;
  return said;
}

/** What a screen reader hears once results settle: the count and any correction. */
export const outcomeSummary = (outcome: SearchOutcome, filtered = false): string =>
  countSummary(outcome, filtered) + correctionSummary(outcome);

/** An excerpt with the matched words in `<mark>`. */
export function Excerpt({
  parts,
  id,
  class: className,
}: {
  parts: ExcerptPart[];
  id?: string;
  class?: string;
}) {
  return (
    <span class={className} id={id}>
      {parts.map((part, i) => (part.mark ? <mark key={i}>{part.text}</mark> : part.text))}
    </span>
  );
}

/** The mark that tells a wizard from a question. */
export function TypeMark({ type, id }: { type: ResultType; id?: string }) {
  if (type !== 'Wizard') return null;
  return (
    <span class="search-type search-type--wizard" id={id}>
      Wizard
    </span>
  );
}
