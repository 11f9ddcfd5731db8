/**
 * The search box in the header of every page (and, larger, in the home page's hero).
 *
 * Server-rendered it is a plain GET form to the search page, and it stays that way until
 * `client:search` hydrates it (focus, a press or a key in it, or `/` / Ctrl+K anywhere).
 * Hydrated, it is an ARIA combobox: results appear in a listbox as the person types; the
 * arrow keys move through them (aria-activedescendant, focus stays in the box), Enter opens
 * the active one (or, with none active, the search page), Escape closes the list, a second
 * Escape clears the box, a third returns focus to where `/` or Ctrl+K was pressed.
 * Nothing is stored: recent searches stay in the box only.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { TargetedEvent, TargetedKeyboardEvent } from 'preact';
import { cleanQuery, isSearchable } from '../../search/query.ts';
import { searchTuning } from '../../search/ranking.ts';
import type { SearchHit } from '../../search/shape.ts';
import {
  asTypedUrl,
  Excerpt,
  outcomeSummary,
  searching,
  searchPageUrl,
  TypeMark,
  useAnnouncement,
  useSearch,
} from './SearchShared.tsx';
import { mountable } from '../loader/mount.ts';

interface Props {
  /** `header` (compact, every page) or `hero` (the home page; `/` focuses it first). */
  variant?: 'header' | 'hero';
}

type Option =
  | { kind: 'hit'; key: string; url: string; hit: SearchHit; mention?: boolean }
  | { kind: 'sub'; key: string; url: string; hit: SearchHit; sub: SearchHit['subResults'][number] }
  | { kind: 'suggestion'; key: string; url: string; query: string }
  | { kind: 'as-typed'; key: string; url: string; query: string }
  | { kind: 'all'; key: string; url: string; query: string };

function optionsFor(
  hits: readonly SearchHit[],
  mentions: readonly SearchHit[],
  query: string,
  suggestion: string | null,
  correctedFrom: string | null,
): Option[] {
  const options: Option[] = [];
  for (const hit of hits) {
    options.push({ kind: 'hit', key: hit.url, url: hit.url, hit });
    for (const sub of hit.subResults)
      options.push({ kind: 'sub', key: sub.url, url: sub.url, hit, sub });
  }
  // As on the search page, pages that only share a word follow the answers, set apart.
  for (const hit of mentions.slice(0, Math.max(0, searchTuning.dropdownResults - hits.length)))
    options.push({ kind: 'hit', key: hit.url, url: hit.url, hit, mention: true });
  if (suggestion) {
    options.push({
      kind: 'suggestion',
      key: 'suggestion',
      url: searchPageUrl(suggestion),
      query: suggestion,
    });
  }
  if (correctedFrom) {
    options.push({
      kind: 'as-typed',
      key: 'as-typed',
      url: asTypedUrl(correctedFrom),
      query: correctedFrom,
    });
  }
  options.push({ kind: 'all', key: 'all', url: searchPageUrl(query), query });
  return options;
}

export default function SearchBox({ variant = 'header' }: Props) {
  const id = variant === 'hero' ? 'hero-search' : 'site-search';
  const [ready, setReady] = useState(false);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const { view, search, warm } = useSearch(searchTuning.dropdownResults);
  const input = useRef<HTMLInputElement>(null);
  const form = useRef<HTMLFormElement>(null);

  // Hydrated: pick up anything typed before the script arrived, and start loading the index.
  useEffect(() => {
    setReady(true);
    warm();
    const typed = input.current?.value ?? '';
    if (typed) {
      setText(typed);
      search(typed);
      setOpen(document.activeElement === input.current);
    }
  }, []);

  const query = cleanQuery(text);
  const settled = view.status === 'ready' && view.query === query;
  // While the next results load, the last ones stay (no flicker at each key); the list is busy.
  const hits = view.outcome?.hits ?? [];
  const mentions = view.outcome?.mentions ?? [];
  const outcome = settled ? view.outcome : null;
  const suggestion = outcome?.suggestion ?? null;
  const correctedFrom = outcome?.correctedFrom ?? null;
  const options = useMemo(
    () =>
      isSearchable(query)
        ? optionsFor(hits, mentions, outcome?.query ?? query, suggestion, correctedFrom)
        : [],
    [hits, mentions, query, outcome, suggestion, correctedFrom],
  );
  const expanded = ready && open && options.length > 0;
  const optionId = (i: number) => `${id}-option-${i}`;
  const activeOption = expanded && active >= 0 ? options[active] : undefined;

  useEffect(() => {
    if (activeOption)
      document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [activeOption]);

  const failed = view.status === 'error' && view.query === query;
  // Nothing to list yet (the first search, or the index still loading): say so at once.
  const busy = view.status === 'loading' && !outcome && hits.length === 0 && isSearchable(query);
  const summary = failed ? unavailable : busy ? searching : outcome ? outcomeSummary(outcome) : '';
  const announcement = useAnnouncement(open ? summary : '', busy ? 0 : undefined);

  const onInput = (event: TargetedEvent<HTMLInputElement>) => {
    const value = event.currentTarget.value;
    setText(value);
    setActive(-1);
    setOpen(true);
    search(value);
  };

  const choose = (option: Option, event?: Event) => {
    if (option.kind === 'suggestion') {
      event?.preventDefault();
      setText(option.query);
      setActive(-1);
      search(option.query, undefined, 0);
      input.current?.focus();
      return;
    }
    if (!event) location.assign(option.url);
  };

  const returnFocus = () => {
    const back = document.querySelector<HTMLElement>('[data-search-return]');
    back?.removeAttribute('data-search-return');
    if (back?.isConnected) back.focus();
    else input.current?.blur();
  };

  const onKeyDown = (event: TargetedKeyboardEvent<HTMLInputElement>) => {
    if (event.isComposing) return;
    const count = options.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (!isSearchable(query)) return;
        event.preventDefault();
        if (!expanded) {
          setOpen(true);
          if (view.query !== query) search(text, undefined, 0);
          setActive(event.key === 'ArrowDown' ? 0 : count - 1);
          return;
        }
        setActive((current) =>
          event.key === 'ArrowDown'
            ? (current + 1) % count
            : current <= 0
              ? count - 1
              : current - 1,
        );
        return;
      }
      case 'Enter':
        if (activeOption) {
          event.preventDefault();
          choose(activeOption);
        }
        return;
      case 'Escape':
        event.preventDefault();
        if (expanded) {
          setOpen(false);
          setActive(-1);
        } else if (text) {
          setText('');
          search('');
        } else {
          returnFocus();
        }
        return;
      case 'Tab':
        setOpen(false);
        setActive(-1);
        return;
    }
  };

  const onFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (!next || !form.current?.contains(next)) {
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <form
      ref={form}
      id={id}
      class={`site-search site-search--${variant}`}
      action={searchPageUrl('')}
      method="get"
      role="search"
      aria-label={variant === 'hero' ? 'Describe your problem' : 'Site'}
      onFocusOut={onFocusOut}
    >
      <label for={`${id}-input`} class={variant === 'hero' ? 'site-search-label' : 'sr-only'}>
        {variant === 'hero' ? 'Describe your problem in your own words' : 'Search the help center'}
      </label>
      <div class="site-search-row">
        <input
          ref={input}
          id={`${id}-input`}
          class="site-search-input"
          type="search"
          name="q"
          autocomplete="off"
          spellcheck={false}
          placeholder={
            variant === 'hero' ? 'For example: forgot my Seller Central email' : 'Search'
          }
          data-search-input
          data-search-primary={variant === 'hero' ? '' : undefined}
          value={ready ? text : undefined}
          {...(ready
            ? {
                role: 'combobox',
                'aria-autocomplete': 'list',
                'aria-expanded': expanded ? 'true' : 'false',
                'aria-controls': `${id}-listbox`,
                'aria-activedescendant': activeOption ? optionId(active) : undefined,
                'aria-describedby': `${id}-hint`,
              }
            : {})}
          onInput={onInput}
          onKeyDown={onKeyDown}
          onFocus={() => {
            if (isSearchable(query)) setOpen(true);
          }}
        />
        <kbd class="site-search-key" aria-hidden="true">
          /
        </kbd>
        <button type="submit" class="site-search-submit">
          <svg aria-hidden="true" viewBox="0 0 20 20" width="18" height="18" focusable="false">
            <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" stroke-width="2" />
            <path
              d="M12.6 12.6 17 17"
              stroke="currentColor"
              stroke-width="2"
              stroke-linecap="round"
            />
          </svg>
          <span class="sr-only">Search</span>
        </button>
      </div>
      {ready && (
        <p id={`${id}-hint`} class="sr-only">
          Results appear as you type. Use the up and down arrows to move through them and Enter to
          open one.
        </p>
      )}
      {ready && (
        // Pressing on the list keeps focus in the box (a click still follows the option).
        <div
          class="site-search-popup"
          hidden={!expanded}
          onMouseDown={(event) => event.preventDefault()}
        >
          {outcome?.answer === 'none' && (
            <p class="site-search-empty">
              No results for “{outcome.query}”. This help center covers developer access to Amazon’s
              seller APIs; the search page links to Seller Central’s help and the wizards.
            </p>
          )}
          {outcome?.answer === 'off-topic' && (
            <p class="site-search-empty">
              This help center covers developer access to Amazon’s seller APIs, not that topic. The
              search page links to Seller Central’s help and the wizards.
            </p>
          )}
          {correctedFrom && outcome && (
            <p class="site-search-correction">
              Showing results for <strong>{outcome.query}</strong>
            </p>
          )}
          {failed && <p class="site-search-empty">{unavailable}</p>}
          {busy && <p class="site-search-empty site-search-busy">{searching}</p>}
          <div
            role="listbox"
            id={`${id}-listbox`}
            aria-busy={settled ? 'false' : 'true'}
            aria-label={`Results for ${query}`}
            class="site-search-list"
          >
            {expanded &&
              options.map((option, i) => (
                <SearchOption
                  key={option.key}
                  option={option}
                  id={optionId(i)}
                  active={i === active}
                  onClick={(event) => choose(option, event)}
                  onHover={() => setActive(i)}
                />
              ))}
          </div>
        </div>
      )}
      {ready && (
        <div class="sr-only" role="status">
          {announcement}
        </div>
      )}
    </form>
  );
}

function SearchOption({
  option,
  id,
  active,
  onClick,
  onHover,
}: {
  option: Option;
  id: string;
  active: boolean;
  onClick: (event: MouseEvent) => void;
  onHover: () => void;
}) {
  const common = {
    id,
    href: option.url,
    role: 'option',
    tabIndex: -1,
    'aria-selected': active ? 'true' : 'false',
    onClick,
    onMouseMove: active ? undefined : onHover,
  } as const;
  switch (option.kind) {
    case 'hit':
      return (
        <a
          {...common}
          class={`site-search-option site-search-hit${option.hit.type === 'Wizard' ? ' is-wizard' : ''}${option.mention ? ' is-mention' : ''}`}
        >
          <span class="site-search-title">
            {option.mention && <span class="sr-only">Also mentions your words: </span>}
            {option.hit.title} <TypeMark type={option.hit.type} />
          </span>
          <Excerpt parts={option.hit.excerpt} class="site-search-excerpt" />
        </a>
      );
    case 'sub':
      return (
        <a {...common} class="site-search-option site-search-sub">
          <span class="site-search-title">
            <span class="sr-only">Section </span>
            {option.sub.title}
            <span class="sr-only"> in {option.hit.title}:</span>
          </span>
          <Excerpt parts={option.sub.excerpt} class="site-search-excerpt" />
        </a>
      );
    case 'suggestion':
      return (
        <a {...common} class="site-search-option site-search-more">
          Did you mean <strong>{option.query}</strong>?
        </a>
      );
    case 'as-typed':
      return (
        <a {...common} class="site-search-option site-search-more">
          Search instead for “{option.query}”
        </a>
      );
    case 'all':
      return (
        <a {...common} class="site-search-option site-search-more">
          All results for “{option.query}” on the search page
        </a>
      );
  }
}

const unavailable = 'Search is not available right now. Press Enter to try the search page.';

/** Hydrates the server-rendered island (see src/islands/boot.ts). */
export const mount = mountable(SearchBox);
