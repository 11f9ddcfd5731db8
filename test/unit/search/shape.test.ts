import { describe, expect, test } from 'vitest';
import type { PagefindResultData } from '../../../src/search/pagefind-api.ts';
import {
  decodeEntities,
  excerptParts,
  excerptText,
  pickSubResults,
  resultType,
  shapeResult,
} from '../../../src/search/shape.ts';

const data = (over: Partial<PagefindResultData> = {}): PagefindResultData => ({
  url: '/faq/appeal-access-denial/',
  excerpt: 'Ask for an <mark>appeal</mark> in your case.',
  meta: { title: 'What should I do if access was wrongly denied?' },
  filters: { type: ['Question'], category: ['Developer Profile'] },
  sub_results: [],
  word_count: 120,
  ...over,
});

describe('excerpts', () => {
  test('split into marked and plain text', () => {
    expect(excerptParts('Ask for an <mark>appeal</mark> in your <mark>case</mark>.')).toEqual([
      { text: 'Ask for an ', mark: false },
      { text: 'appeal', mark: true },
      { text: ' in your ', mark: false },
      { text: 'case', mark: true },
      { text: '.', mark: false },
    ]);
  });

  test("decode Pagefind's escaping, so the text reads as on the page", () => {
    expect(decodeEntities('Seller &amp; &quot;Partner&quot; &lt;API&gt; &#39;x&#x27; &nbsp;')).toBe(
      'Seller & "Partner" <API> \'x\' \u00a0',
    );
    expect(decodeEntities('&unknown; &#0;')).toBe('&unknown; &#0;');
  });

  test('never carry markup: tags other than mark are dropped, escaped tags stay text', () => {
    const parts = excerptParts('<img src=x onerror=alert(1)>Hi &lt;script&gt; <b>there</b>');
    expect(excerptText(parts)).toBe('Hi <script> there');
    expect(parts.every((p) => !p.mark)).toBe(true);
  });

  test('join neighbouring parts of the same kind', () => {
    expect(excerptParts('<mark>a</mark><mark>b</mark>c')).toEqual([
      { text: 'ab', mark: true },
      { text: 'c', mark: false },
    ]);
  });
});

describe('result type', () => {
  test('comes from the type filter, else the type metadata', () => {
    expect(resultType(data())).toBe('Question');
    expect(resultType(data({ filters: {}, meta: { type: 'Wizard' } }))).toBe('Wizard');
  });

  test('is Page for a page without SearchMeta or with an unknown type', () => {
    expect(resultType(data({ filters: {}, meta: {} }))).toBe('Page');
    expect(resultType(data({ filters: { type: ['Blog'] } }))).toBe('Page');
  });
});

describe('sub-results', () => {
  const subs = [
    { title: 'Whole page', url: '/faq/x/', excerpt: 'page', locations: [1, 2, 3, 4] },
    { title: 'When you can appeal', url: '/faq/x/#when', excerpt: 'a', locations: [10] },
    { title: 'How to appeal', url: '/faq/x/#how', excerpt: '<mark>b</mark>', locations: [20, 21] },
    { title: 'Unmatched', url: '/faq/x/#none', excerpt: 'c', locations: [] },
    { title: 'Elsewhere', url: '/faq/y/#how', excerpt: 'd', locations: [5] },
  ];

  test('are headings inside the page that matched, most matches first', () => {
    expect(pickSubResults('/faq/x/', subs, 5).map((s) => s.url)).toEqual([
      '/faq/x/#how',
      '/faq/x/#when',
    ]);
  });

  test('are cut to the maximum', () => {
    expect(pickSubResults('/faq/x/', subs, 1)).toHaveLength(1);
    expect(pickSubResults('/faq/x/', subs, 0)).toEqual([]);
  });
});

describe('shapeResult', () => {
  test('gives title, type, category, excerpt and sub-results', () => {
    const hit = shapeResult(
      data({
        sub_results: [
          {
            title: 'How to appeal',
            url: '/faq/appeal-access-denial/#how-to-appeal',
            excerpt: 'x',
            locations: [3],
          },
        ],
      }),
      2,
    );
    expect(hit).toMatchObject({
      url: '/faq/appeal-access-denial/',
      title: 'What should I do if access was wrongly denied?',
      type: 'Question',
      category: 'Developer Profile',
    });
    expect(excerptText(hit.excerpt)).toBe('Ask for an appeal in your case.');
    expect(hit.subResults.map((s) => s.title)).toEqual(['How to appeal']);
  });

  test('gives a wizard or an unmarked page no sub-results', () => {
    const subs = [
      { title: 'What you need', url: '/wizards/w/#you-need', excerpt: 'x', locations: [3] },
    ];
    for (const filters of [{ type: ['Wizard'] }, {}]) {
      expect(
        shapeResult(data({ url: '/wizards/w/', filters, sub_results: subs }), 2).subResults,
      ).toEqual([]);
    }
  });

  test('marks a wizard and falls back to the URL when there is no title', () => {
    const hit = shapeResult(
      data({
        url: '/wizards/appeal-request/',
        meta: { title: ' ' },
        filters: { type: ['Wizard'] },
      }),
      2,
    );
    expect(hit.type).toBe('Wizard');
    expect(hit.title).toBe('/wizards/appeal-request/');
    expect(hit.category).toBeNull();
  });
});
