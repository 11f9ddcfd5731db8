import { describe, expect, test } from 'vitest';
import {
  categoryPagePath,
  categoryPageSize,
  groupByCategory,
  neighboursInSorted,
  pagesOf,
  shortList,
  shortListLength,
  sortFaq,
  type FaqItem,
} from '../../../src/faq/navigation.ts';
import { categoryById } from '../../../src/faq/categories.ts';
import { joinBase } from '../../../src/lib/url.ts';

const item = (id: string, category: FaqItem['data']['category'], order: number): FaqItem => ({
  id,
  data: { category, order, question: `${id}?`, summary: '' },
});
const items = [
  item('g2', 'general', 2),
  item('p1', 'products', 1),
  item('d1', 'developer-profile', 1),
  item('g1', 'general', 1),
];

describe('FAQ navigation', () => {
  test('sorts by the FAQ category order, then by order', () => {
    expect(sortFaq(items).map((i) => i.id)).toEqual(['d1', 'g1', 'g2', 'p1']);
  });

  test('groups by category in the FAQ order', () => {
    expect(groupByCategory(items).map((g) => [g.category.id, g.items.map((i) => i.id)])).toEqual([
      ['developer-profile', ['d1']],
      ['general', ['g1', 'g2']],
      ['products', ['p1']],
    ]);
  });

  test('previous and next stay inside the category', () => {
    const sorted = sortFaq(items); // d1, g1, g2, p1
    expect(neighboursInSorted(sorted, 1)).toEqual({ next: sorted[2] });
    expect(neighboursInSorted(sorted, 2)).toEqual({ previous: sorted[1] });
    expect(neighboursInSorted(sorted, 0)).toEqual({});
    expect(neighboursInSorted(sorted, 3)).toEqual({});
  });
});

describe('lists that stay flat', () => {
  const many = (n: number) =>
    Array.from({ length: n }, (_, i) => item(`g${i + 1}`, 'general', i + 1));
  const general = categoryById('general');

  test('a short category is listed whole, with no pages of its own', () => {
    const list = shortList(general, many(shortListLength));
    expect(list.items).toHaveLength(shortListLength);
    expect(list.all).toBeNull();
  });

  test('a long category shows its first questions and links to all of them', () => {
    const list = shortList(general, many(shortListLength + 1));
    expect(list.items.map((i) => i.id)).toEqual(many(shortListLength).map((i) => i.id));
    expect(list.all).toEqual({
      count: shortListLength + 1,
      path: 'faq/category/general/',
      title: 'General',
    });
  });

  test('pages hold every question once, in order, and number from 1', () => {
    const items = many(2 * categoryPageSize + 1);
    const pages = pagesOf(items);
    expect(pages.map((p) => [p.number, p.of, p.first, p.items.length])).toEqual([
      [1, 3, 1, categoryPageSize],
      [2, 3, categoryPageSize + 1, categoryPageSize],
      [3, 3, 2 * categoryPageSize + 1, 1],
    ]);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
    expect(pagesOf([])).toEqual([{ number: 1, of: 1, first: 1, items: [] }]);
  });

  test('page 1 is the category address itself, later pages are numbered below it', () => {
    expect(categoryPagePath('general')).toBe('faq/category/general/');
    expect(categoryPagePath('general', 1)).toBe('faq/category/general/');
    expect(categoryPagePath('general', 3)).toBe('faq/category/general/3/');
  });
});

describe('small helpers', () => {
  test('joinBase works with and without a sub-path', () => {
    expect(joinBase('/', 'faq/')).toBe('/faq/');
    expect(joinBase('/help/', '/faq/x/')).toBe('/help/faq/x/');
    expect(joinBase('/help', '')).toBe('/help/');
  });
});
