/**
 * What the header search box and the search page share: the search runner hook and the
 * small pieces every result shows (its excerpt, the Wizard mark).
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { runSearch, type SearchOutcome } from '../search/engine';
import { loadPagefind, loadVocabulary, type PagefindFilters } from '../search/pagefind-api';
import { cleanQuery, isSearchable, preloadTerms } from '../search/query';
import { searchTuning } from '../search/ranking';
import type { ExcerptPart, ResultType } from '../search/shape';

export const base = import.meta.env.BASE_URL;

/** The search page's address for a query. */
export const searchPageUrl = (query: string): string =>
  `${base}search/${query ? `?q=${encodeURIComponent(query)}` : ''}`;

export interface SearchView {
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** The query the results below are for. */
  query: string;
  outcome: SearchOutcome | null;
  /** "Did you mean": the query with its unknown words corrected, when it has any. */
  suggestion: string | null;
}

const idle: SearchView = { status: 'idle', query: '', outcome: null, suggestion: null };

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
    (typed: string, filters?: PagefindFilters, delay: number = searchTuning.debounceMs) => {
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
        loadPagefind(base)
          .then((pagefind) => pagefind.preload(early.join(' ')))
          .catch(() => undefined);
      loadVocabulary(base).catch(() => undefined);
      timer.current = setTimeout(async () => {
        try {
          const [pagefind, vocabulary] = await Promise.all([
            loadPagefind(base),
            loadVocabulary(base),
          ]);
          const outcome = await runSearch(pagefind, { query, filters, limit }, vocabulary);
          if (id !== latest.current) return;
          setView({ status: 'ready', query, outcome, suggestion: outcome.suggestion });
        } catch {
          if (id === latest.current)
            setView({ status: 'error', query, outcome: null, suggestion: null });
        }
      }, delay);
    },
    [limit],
  );

  /** Starts loading Pagefind (on focus), so the first results come sooner. */
  const warm = useCallback(() => {
    loadPagefind(base).catch(() => undefined);
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

/** "1 result" / "12 results". */
export const countText = (n: number): string => `${n} ${n === 1 ? 'result' : 'results'}`;

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
