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
