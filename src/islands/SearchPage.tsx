/**
 * The search page, `/search/?q=…`: the results for `q` on load, type and category filters
 * (kept in the address, so the link can be shared and Back returns to it), and for no
 * results: a plain "no results", "Did you mean …", the wizards, and how to reach Amazon.
 * Without JavaScript the page's form still submits here and the page lists everything.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import type { PagefindFilters } from '../search/pagefind-api';
import { cleanQuery, isSearchable } from '../search/query';
import { searchTuning } from '../search/ranking';
import type { SearchHit } from '../search/shape';
import { countText, Excerpt, searchPageUrl, TypeMark, useSearch } from './SearchShared';
import { mountable } from './mount';

interface Link {
  title: string;
  href: string;
}

interface Props {
  /** Category titles, in the FAQ's order: the topic filter. */
  categories: string[];
  /** Every wizard, offered when nothing matches. */
  wizards: Link[];
  /** The question about getting help from Amazon. */
  help: Link;
  /** Seller Central's contact page (Amazon's own support). */
  contact: string;
  /** The site name, for the document title. */
  siteName: string;
}

const typeOptions = [
  { value: 'Question', label: 'Questions' },
  { value: 'Wizard', label: 'Wizards' },
] as const;

interface FilterSetProps {
  legend: string;
  options: readonly { value: string; label: string }[];
  /** The values ticked now. */
  chosen: readonly string[];
  onToggle: (value: string, on: boolean) => void;
}

/** One group of filter checkboxes. */
function FilterSet({ legend, options, chosen, onToggle }: FilterSetProps) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map(({ value, label }) => (
        <label key={value} class="search-filter">
          <input
            type="checkbox"
            checked={chosen.includes(value)}
            onChange={(event) => onToggle(value, event.currentTarget.checked)}
          />{' '}
          {label}
        </label>
      ))}
    </fieldset>
  );
}

interface Selection {
  query: string;
  types: string[];
  categories: string[];
}

function readAddress(): Selection {
  const params = new URLSearchParams(location.search);
  return {
    query: params.get('q') ?? '',
    types: params.getAll('type'),
    categories: params.getAll('category'),
  };
}

function addressOf({ query, types, categories }: Selection): string {
  const params = new URLSearchParams();
  const q = cleanQuery(query);
  if (q) params.set('q', q);
  for (const type of types) params.append('type', type);
  for (const category of categories) params.append('category', category);
  const search = params.toString();
  return `${location.pathname}${search ? `?${search}` : ''}`;
}

function filtersOf({ types, categories }: Selection): PagefindFilters | undefined {
  const filters: PagefindFilters = {};
  if (types.length > 0) filters.type = { any: types };
  if (categories.length > 0) filters.category = { any: categories };
  return Object.keys(filters).length > 0 ? filters : undefined;
}

export default function SearchPage({ categories, wizards, help, contact, siteName }: Props) {
  const [ready, setReady] = useState(false);
  const [selection, setSelection] = useState<Selection>({ query: '', types: [], categories: [] });
  const { view, search } = useSearch(searchTuning.pageResults);
  const input = useRef<HTMLInputElement>(null);
  const urlTimer = useRef<ReturnType<typeof setTimeout>>();

  const apply = (next: Selection, delay?: number) => {
    setSelection(next);
    search(next.query, filtersOf(next), delay);
  };

  // The address is the state: read it on load and when Back/Forward changes it. On load,
  // anything typed before the script arrived wins over the address's query.
  useEffect(() => {
    const load = (typed = '') => {
      const fromAddress = readAddress();
      const next = typed ? { ...fromAddress, query: typed } : fromAddress;
      apply(next, 0);
      if (input.current) input.current.value = next.query;
      return next;
    };
    setReady(true);
    if (!load(input.current?.value).query) input.current?.focus();
    const onPopState = () => load();
    addEventListener('popstate', onPopState);
    return () => removeEventListener('popstate', onPopState);
  }, []);

  // Keep the address (and the title, for history and bookmarks) in step with the query:
  // shortly after typing stops, and at once when the person clicks (a result, say).
  const writeAddress = () => {
    clearTimeout(urlTimer.current);
    const address = addressOf(latest.current);
    if (address !== `${location.pathname}${location.search}`)
      history.replaceState(null, '', address);
    const q = cleanQuery(latest.current.query);
    document.title = q ? `“${q}” – Search | ${siteName}` : `Search | ${siteName}`;
  };
  const latest = useRef(selection);
  latest.current = selection;
  useEffect(() => {
    if (!ready) return;
    clearTimeout(urlTimer.current);
    urlTimer.current = setTimeout(writeAddress, searchTuning.debounceMs * 3);
    return () => clearTimeout(urlTimer.current);
  }, [selection, ready]);

  const query = cleanQuery(selection.query);
  const settled = view.status === 'ready' && view.query === query;
  const total = view.outcome?.total ?? 0;
  const hits = settled ? (view.outcome?.hits ?? []) : [];
  const filtered = selection.types.length > 0 || selection.categories.length > 0;

  const onSubmit = (event: TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = { ...selection, query: input.current?.value ?? '' };
    apply(next, 0);
    history.pushState(null, '', addressOf(next));
  };

  const toggle = (key: 'types' | 'categories', value: string, on: boolean) => {
    const values = on ? [...selection[key], value] : selection[key].filter((v) => v !== value);
    apply({ ...selection, [key]: values }, 0);
  };

  const followSuggestion = (event: MouseEvent, suggestion: string) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    const next = { ...selection, query: suggestion };
    history.pushState(null, '', addressOf(next));
    if (input.current) input.current.value = suggestion;
    apply(next, 0);
  };

  let status = '';
  if (!isSearchable(query)) status = ready ? 'Type a few words about your problem.' : '';
  else if (view.status === 'error' && view.query === query) {
    status = 'Search is not available right now. Every question and wizard is listed below.';
  } else if (settled) {
    status =
      total > 0
        ? `${countText(total)} for “${query}”${filtered ? ' with the filters you chose' : ''}.`
        : '';
  }
  const lastStatus = useRef('');
  if (status || !isSearchable(query)) lastStatus.current = status;

  return (
    <div
      class={`search-page${isSearchable(query) ? ' search-page--query' : ''}`}
      onClickCapture={() => ready && writeAddress()}
    >
      <form
        class="search-page-form"
        role="search"
        method="get"
        action={searchPageUrl('')}
        onSubmit={onSubmit}
      >
        <label for="search-page-input">Search every question and wizard</label>
        <div class="search-page-row">
          <input
            ref={input}
            id="search-page-input"
            class="search-page-input"
            type="search"
            name="q"
            autocomplete="off"
            onInput={(event) => apply({ ...selection, query: event.currentTarget.value })}
          />
          <button type="submit" class="button">
            Search
          </button>
        </div>
      </form>

      {ready && isSearchable(query) && (
        <div class="search-filters">
          <FilterSet
            legend="Show"
            options={typeOptions}
            chosen={selection.types}
            onToggle={(value, on) => toggle('types', value, on)}
          />
          <FilterSet
            legend="Topic"
            options={categories.map((category) => ({ value: category, label: category }))}
            chosen={selection.categories}
            onToggle={(value, on) => toggle('categories', value, on)}
          />
        </div>
      )}

      <p class="search-page-status" role="status">
        {lastStatus.current}
      </p>

      {settled && view.suggestion && total > 0 && (
        <p class="search-suggestion">
          Did you mean{' '}
          <a
            href={searchPageUrl(view.suggestion)}
            onClick={(event) => followSuggestion(event, view.suggestion!)}
          >
            {view.suggestion}
          </a>
          ?
        </p>
      )}

      {hits.length > 0 && (
        <ol class="search-results" aria-label={`Results for ${query}`}>
          {hits.map((hit) => (
            <Result key={hit.url} hit={hit} />
          ))}
        </ol>
      )}

      {settled && total === 0 && (
        <section class="search-empty" aria-labelledby="search-empty-title">
          <h2 id="search-empty-title">No results for “{query}”</h2>
          {view.suggestion && (
            <p class="search-suggestion">
              Did you mean{' '}
              <a
                href={searchPageUrl(view.suggestion)}
                onClick={(event) => followSuggestion(event, view.suggestion!)}
              >
                {view.suggestion}
              </a>
              ?
            </p>
          )}
          <p>
            {filtered ? 'Clear the filters, or try' : 'Try'} fewer or other words: what you were
            trying to do, or the words on the Seller Central page in front of you.
          </p>
          {wizards.length > 0 && (
            <>
              <p>Or let a wizard walk you through it:</p>
              <ul>
                {wizards.map((wizard) => (
                  <li key={wizard.href}>
                    <a href={wizard.href}>{wizard.title}</a>
                  </li>
                ))}
              </ul>
            </>
          )}
          <p>
            To ask Amazon itself: <a href={help.href}>{help.title}</a> Seller Central support is on
            its <a href={contact}>contact page</a>.
          </p>
        </section>
      )}
    </div>
  );
}

function Result({ hit }: { hit: SearchHit }) {
  return (
    <li class={`search-result${hit.type === 'Wizard' ? ' is-wizard' : ''}`}>
      <h2 class="search-result-title">
        <a href={hit.url}>{hit.title}</a>
      </h2>
      {(hit.type !== 'Page' || hit.category) && (
        <p class="search-result-meta">
          {hit.type === 'Wizard' ? (
            <TypeMark type="Wizard" />
          ) : hit.type === 'Question' ? (
            'Question'
          ) : null}
          {hit.type !== 'Page' && hit.category && ' · '}
          {hit.category}
        </p>
      )}
      <p class="search-result-excerpt">
        <Excerpt parts={hit.excerpt} />
      </p>
      {hit.subResults.length > 0 && (
        <ul class="search-subresults" aria-label={`Sections of “${hit.title}”`}>
          {hit.subResults.map((sub) => (
            <li key={sub.url}>
              <a href={sub.url}>{sub.title}</a>
              <span class="search-result-excerpt">
                {' '}
                — <Excerpt parts={sub.excerpt} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** Hydrates the server-rendered island (see src/islands/boot.ts). */
export const mount = mountable(SearchPage);
