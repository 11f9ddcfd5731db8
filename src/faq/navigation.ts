import { categories, type Category } from './categories';
import type { FaqFrontmatter } from './schema';

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
export function groupByCategory<T extends FaqItem>(items: T[]): { category: Category; items: T[] }[] {
  const sorted = sortFaq(items);
  return categories
    .map((category) => ({ category, items: sorted.filter((i) => i.data.category === category.id) }))
    .filter((group) => group.items.length > 0);
}

/** The questions before and after this one within its category. */
export function neighbours<T extends FaqItem>(items: T[], id: string): { previous?: T; next?: T } {
  const current = items.find((i) => i.id === id);
  if (!current) return {};
  const siblings = sortFaq(items.filter((i) => i.data.category === current.data.category));
  const index = siblings.findIndex((i) => i.id === id);
  const previous = siblings[index - 1];
  const next = siblings[index + 1];
  return { ...(previous && { previous }), ...(next && { next }) };
}
