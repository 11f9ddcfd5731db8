/**
 * The search page, `/search/?q=…`: the results for `q` on load, type and category filters
 * (kept in the address, so the link can be shared and Back returns to it). The pages that
 * answer come first; pages that only share a word follow below "Pages that also mention …".
 * A misspelt query shows its correction's results ("Showing results for …", with a link to
 * search as typed: `&typed=1`). A Seller Central topic gets a plain "not covered here", and no
 * results a plain "no results"; both offer the wizards and how to reach Amazon.
 * Without JavaScript the page's form still submits here and the page lists everything.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import {
  readSelection,
  selectionFilters,
  selectionSearch,
  typeOptions,
  type FilterChoices,
  type FilterOption,
  type Selection,
} from '../../search/address.ts';
import { cleanQuery, isSearchable } from '../../search/query.ts';
import { searchTuning } from '../../search/ranking.ts';
import type { SearchHit } from '../../search/shape.ts';
import {
  asTypedUrl,
  correctionSummary,
  countSummary,
  Excerpt,
  searching,
  searchPageUrl,
  TypeMark,
  useSearch,
} from './SearchShared.tsx';
import { mountable } from '../loader/mount.ts';

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

interface FilterSetProps {
  legend: string;
  options: readonly FilterOption[];
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

/** The address for a selection on this page. */
const addressOf = (selection: Selection) => `${location.pathname}${selectionSearch(selection)}`;

export default function SearchPage({ categories, wizards, help, contact, siteName }: Props) {
  const [ready, setReady] = useState(false);
  const [selection, setSelection] = useState<Selection>({
    query: '',
    types: [],
    categories: [],
    asTyped: false,
  });
  const { view, search } = useSearch(searchTuning.pageResults);
  const input = useRef<HTMLInputElement>(null);
  const urlTimer = useRef<ReturnType<typeof setTimeout>>();
  // Whether the current history entry is one that typing made (and keeps replacing).
  const typingEntry = useRef(false);
  const choices: FilterChoices = {
    types: typeOptions,
    categories: categories.map((c) => ({ value: c, label: c })),
  };

  const apply = (next: Selection, delay?: number) => {
    setSelection(next);
    search(next.query, selectionFilters(next), delay, next.asTyped);
  };

  // The address is the state: read it on load and when Back/Forward changes it (filters it
  // does not offer dropped, and the address rewritten without them). On load, anything typed
  // before the script arrived wins over the address's query.
  useEffect(() => {
    const load = (typed = '') => {
      const fromAddress = readSelection(location.search, choices);
      const next =
        typed && typed !== fromAddress.query
          ? { ...fromAddress, query: typed, asTyped: false }
          : fromAddress;
      apply(next, 0);
      if (input.current) input.current.value = next.query;
      typingEntry.current = false;
      history.replaceState(null, '', addressOf(next));
      return next;
    };
    setReady(true);
    if (!load(input.current?.value).query) input.current?.focus();
    const onPopState = () => load();
    addEventListener('popstate', onPopState);
    return () => removeEventListener('popstate', onPopState);
  }, []);

  // Keep the address (and the title, for history and bookmarks) in step with the query:
  // shortly after typing stops, at once when the person clicks (a result, say), sends the
  // search, ticks a filter or follows a link to another search. Typing fills one history
  // entry of its own, so Back returns to the search before it; sending or ticking ends that
  // entry, and the next change makes a new one; a followed link always gets its own entry.
  const writeAddress = (next: Selection, how: 'typing' | 'send' | 'follow') => {
    clearTimeout(urlTimer.current);
    const address = addressOf(next);
    if (address !== `${location.pathname}${location.search}`) {
      if (typingEntry.current && how !== 'follow') history.replaceState(null, '', address);
      else history.pushState(null, '', address);
      typingEntry.current = true;
    }
    if (how !== 'typing') typingEntry.current = false;
    const q = cleanQuery(next.query);
    document.title = q ? `“${q}” – Search | ${siteName}` : `Search | ${siteName}`;
  };
  const latest = useRef(selection);
  latest.current = selection;
  useEffect(() => {
    if (!ready) return;
    clearTimeout(urlTimer.current);
    urlTimer.current = setTimeout(
      () => writeAddress(latest.current, 'typing'),
      searchTuning.debounceMs * 3,
    );
    return () => clearTimeout(urlTimer.current);
  }, [selection, ready]);

  const query = cleanQuery(selection.query);
  const settled = view.status === 'ready' && view.query === query;
  const outcome = settled ? view.outcome : null;
  const hits = outcome?.hits ?? [];
  const mentions = outcome?.mentions ?? [];
  const filtered = selection.types.length > 0 || selection.categories.length > 0;

  const onSubmit = (event: TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = { ...selection, query: input.current?.value ?? '', asTyped: false };
    apply(next, 0);
    writeAddress(next, 'send');
  };

  const toggle = (key: 'types' | 'categories', value: string, on: boolean) => {
    const values = on ? [...selection[key], value] : selection[key].filter((v) => v !== value);
    const next = { ...selection, [key]: values };
    apply(next, 0);
    writeAddress(next, 'send');
  };

  /** Follows a link to another search in place (a plain click; others open the link). */
  const follow = (event: MouseEvent, query: string, asTyped: boolean) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    const next = { ...selection, query, asTyped };
    writeAddress(next, 'follow');
    if (input.current) input.current.value = query;
    apply(next, 0);
  };

  let status = '';
  if (!isSearchable(query)) status = ready ? 'Type a few words about your problem.' : '';
  else if (view.status === 'error' && view.query === query) status = unavailable;
  else if (outcome) status = countSummary(outcome, filtered);
  const lastStatus = useRef('');
  // Nothing to show yet (the first search, or after a failure): say it is under way.
  if (!status && view.status === 'loading' && [unavailable, ''].includes(lastStatus.current))
    status = searching;
  if (status || !isSearchable(query)) lastStatus.current = status;

  return (
    <div
      class={`search-page${isSearchable(query) ? ' search-page--query' : ''}`}
      onClickCapture={() => ready && writeAddress(latest.current, 'typing')}
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
            options={choices.categories}
            chosen={selection.categories}
            onToggle={(value, on) => toggle('categories', value, on)}
          />
        </div>
      )}

      <p class="search-page-status" role="status">
        {lastStatus.current}
        {/* Shown below in words; said here so that it is announced with the count. */}
        {outcome && <span class="sr-only">{correctionSummary(outcome)}</span>}
      </p>

      {outcome?.correctedFrom && (
        <p class="search-correction">
          Showing results for <strong>{outcome.query}</strong>. Search instead for{' '}
          <a
            href={asTypedUrl(outcome.correctedFrom)}
            onClick={(event) => follow(event, outcome.correctedFrom!, true)}
          >
            {outcome.correctedFrom}
          </a>
        </p>
      )}

      {outcome?.suggestion && (
        <p class="search-suggestion">
          Did you mean{' '}
          <a
            href={searchPageUrl(outcome.suggestion)}
            onClick={(event) => follow(event, outcome.suggestion!, false)}
          >
            {outcome.suggestion}
          </a>
          ?
        </p>
      )}

      {hits.length > 0 && (
        <ol class="search-results" aria-label={`Results for ${outcome!.query}`}>
          {hits.map((hit) => (
            <Result key={hit.url} hit={hit} />
          ))}
        </ol>
      )}

      {outcome?.answer === 'results' && mentions.length > 0 && (
        <section class="search-mentions" aria-labelledby="search-mentions-title">
          <h2 id="search-mentions-title" class="search-divider">
            Pages that also mention {listWords(outcome.mentionWords)}
          </h2>
          <ol class="search-results">
            {mentions.map((hit) => (
              <Result key={hit.url} hit={hit} />
            ))}
          </ol>
        </section>
      )}

      {outcome?.answer === 'off-topic' && (
        <section class="search-empty search-off-topic" aria-labelledby="search-empty-title">
          <h2 id="search-empty-title">This help center does not cover “{outcome.query}”</h2>
          <p>
            {siteScope} Orders, refunds, payments, listings, shipping, FBA and the rest of selling
            on Amazon are answered by Seller Central’s own help: Seller Central support is on its{' '}
            <a href={contact}>contact page</a>.
          </p>
          <Wizards
            wizards={wizards}
            lead="If your question is about developer access after all, a wizard can walk you through it:"
          />
        </section>
      )}

      {outcome?.answer === 'none' && (
        <section class="search-empty" aria-labelledby="search-empty-title">
          <h2 id="search-empty-title">No results for “{outcome.query}”</h2>
          <p>
            {siteScope} Orders, payments, listings, shipping and the rest of selling on Amazon are
            answered by Seller Central’s own help.
          </p>
          <p>
            {filtered ? 'Clear the filters, or try' : 'Try'} fewer or other words: what you were
            trying to do, or the words on the Seller Central page in front of you.
          </p>
          <Wizards wizards={wizards} lead="Or let a wizard walk you through it:" />
          <p>
            To ask Amazon itself: <a href={help.href}>{help.title}</a> Seller Central support is on
            its <a href={contact}>contact page</a>.
          </p>
        </section>
      )}
    </div>
  );
}

const unavailable = 'Search is not available right now. Every question and wizard is listed below.';

/** What the site answers, said wherever search has nothing to list. */
const siteScope =
  'This help center covers developer access to Amazon’s seller APIs: Amazon MWS, the Selling Partner API, the Developer Profile, and authorizing developers.';

/** “word”, “one” and “two”, “one”, “two” and “three”. */
function listWords(words: readonly string[]): string {
  const quoted = words.map((word) => `“${word}”`);
  return quoted.length <= 1
    ? (quoted[0] ?? '')
    : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

/** The wizards, offered when search has nothing to list. */
function Wizards({ wizards, lead }: { wizards: Link[]; lead: string }) {
  if (wizards.length === 0) return null;
  return (
    <>
      <p>{lead}</p>
      <ul>
        {wizards.map((wizard) => (
          <li key={wizard.href}>
            <a href={wizard.href}>{wizard.title}</a>
          </li>
        ))}
      </ul>
    </>
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
