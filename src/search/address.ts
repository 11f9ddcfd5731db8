/**
 * The search page's address is its state: `?q=` the query, `type=` and `category=` the
 * filters (each may repeat), `typed=1` to search the query exactly as typed. Read leniently:
 * a filter written as its label or in another case ("Questions", "Developer profile") is the
 * filter it names, and one the page does not offer is dropped, so a shared link never filters
 * by something the page cannot show or clear. Pure: runs in the browser and the unit tests.
 */
import type { PagefindFilters } from './pagefind-api.ts';
import { cleanQuery } from './query.ts';

/** A filter the page offers: the value in the index and the address, and its label. */
export interface FilterOption {
  value: string;
  label: string;
}

/** The type filter: what the index calls each kind of page, and how the page labels it. */
export const typeOptions: readonly FilterOption[] = [
  { value: 'Question', label: 'Questions' },
  { value: 'Wizard', label: 'Wizards' },
];

export interface Selection {
  query: string;
  types: string[];
  categories: string[];
  /** Search the query exactly as typed, without correcting it. */
  asTyped: boolean;
}

/** What the page offers to filter by: the types above and the FAQ's category titles. */
export interface FilterChoices {
  types: readonly FilterOption[];
  categories: readonly FilterOption[];
}

const fold = (text: string) => text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

/** The offered values the written ones name, each once, in the order written; others dropped. */
export function knownValues(
  written: readonly string[],
  options: readonly FilterOption[],
): string[] {
  const named = written.flatMap((text) => {
    const folded = fold(text);
    return options.find((o) => fold(o.value) === folded || fold(o.label) === folded)?.value ?? [];
  });
  return [...new Set(named)];
}

/** The selection an address's query string (`?q=…&type=…`) asks for. */
export function readSelection(search: string, choices: FilterChoices): Selection {
  const params = new URLSearchParams(search);
  return {
    query: params.get('q') ?? '',
    types: knownValues(params.getAll('type'), choices.types),
    categories: knownValues(params.getAll('category'), choices.categories),
    asTyped: params.get('typed') === '1',
  };
}

/** The query string for a selection: `?q=…` and its filters, or '' for none. */
export function selectionSearch({ query, types, categories, asTyped }: Selection): string {
  const params = new URLSearchParams();
  const q = cleanQuery(query);
  if (q) params.set('q', q);
  if (q && asTyped) params.set('typed', '1');
  for (const type of types) params.append('type', type);
  for (const category of categories) params.append('category', category);
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** The selection's filters as Pagefind takes them, or undefined for none. */
export function selectionFilters({ types, categories }: Selection): PagefindFilters | undefined {
  const filters: PagefindFilters = {};
  if (types.length > 0) filters.type = { any: types };
  if (categories.length > 0) filters.category = { any: categories };
  return Object.keys(filters).length > 0 ? filters : undefined;
}
