import { describe, expect, test } from 'vitest';
import {
  groupByCategory,
  neighboursInSorted,
  sortFaq,
  type FaqItem,
} from '../../../src/faq/navigation.ts';
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

describe('small helpers', () => {
  test('joinBase works with and without a sub-path', () => {
    expect(joinBase('/', 'faq/')).toBe('/faq/');
    expect(joinBase('/help/', '/faq/x/')).toBe('/help/faq/x/');
    expect(joinBase('/help', '')).toBe('/help/');
  });
});
