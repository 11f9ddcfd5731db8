import { categories, type Category } from './categories.ts';
import type { FaqFrontmatter } from './schema.ts';

/** The least a list or a link needs from a question entry. */
export interface FaqItem {
  id: string;
  data: Pick<FaqFrontmatter, 'category' | 'order' | 'question' | 'summary'>;
}

/** Questions sorted by category (in the FAQ's order) and then by `order`. */
export function sortFaq<T extends FaqItem>(items: T[]): T[] {
  const rank = (item: T) => categories.findIndex((c) => c.id === item.data.category);
  return [...items].sort((a, b) => rank(a) - rank(b) || a.data.order - b.data.order);
}

/** Every category with its questions in order; categories without questions are left out. */
export function groupByCategory<T extends FaqItem>(
  items: T[],
): { category: Category; items: T[] }[] {
  const sorted = sortFaq(items);
  return categories
    .map((category) => ({ category, items: sorted.filter((i) => i.data.category === category.id) }))
    .filter((group) => group.items.length > 0);
}

/** The questions before and after `sorted[index]` within its category (`sorted` as sortFaq orders it). */
export function neighboursInSorted<T extends FaqItem>(
  sorted: readonly T[],
  index: number,
): { previous?: T; next?: T } {
  const category = sorted[index]?.data.category;
  const previous = sorted[index - 1];
  const next = sorted[index + 1];
  return {
    ...(previous && previous.data.category === category && { previous }),
    ...(next && next.data.category === category && { next }),
  };
}

/**
 * Lists that would grow with the site stay flat: /faq/ and the search page show this many
 * questions of a category, then link to the category's own pages.
 */
export const shortListLength = 20;

/** Questions on one page of a category's list (/faq/category/<id>/, /2/, …). */
export const categoryPageSize = 100;

/** The site path of page `page` (from 1) of a category's list. */
export function categoryPagePath(categoryId: string, page = 1): string {
  return `faq/category/${categoryId}/${page > 1 ? `${page}/` : ''}`;
}

/** Whether a category has more questions than a short list shows, and so pages of its own. */
export const hasCategoryPages = (count: number): boolean => count > shortListLength;

/**
 * A category's questions for a short list: the first `shortListLength`, and when there are
 * more, where all of them are listed (QuestionList's props).
 */
export function shortList<T extends FaqItem>(
  category: Pick<Category, 'id' | 'title'>,
  items: readonly T[],
): { items: T[]; all: { count: number; path: string; title: string } | null } {
  return {
    items: items.slice(0, shortListLength),
    all: hasCategoryPages(items.length)
      ? { count: items.length, path: categoryPagePath(category.id), title: category.title }
      : null,
  };
}

/** One page of a long list: its number (from 1) and its items. */
export interface ListPage<T> {
  number: number;
  /** How many pages the list has. */
  of: number;
  /** The position (from 1) of the page's first item in the whole list. */
  first: number;
  items: T[];
}

/** `items` cut into pages of `size` (at least one page, even for no items). */
export function pagesOf<T>(items: readonly T[], size: number = categoryPageSize): ListPage<T>[] {
  const of = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: of }, (_, i) => ({
    number: i + 1,
    of,
    first: i * size + 1,
    items: items.slice(i * size, (i + 1) * size),
  }));
}
