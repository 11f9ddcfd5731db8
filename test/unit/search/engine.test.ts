import { describe, expect, test } from 'vitest';
import { countFilters, mergeRankings, runSearch } from '../../../src/search/engine';
import type {
  PagefindApi,
  PagefindResponse,
  PagefindResult,
  PagefindResultData,
} from '../../../src/search/pagefind-api';
import { searchTuning } from '../../../src/search/ranking';
import { buildVocabulary } from '../../../src/search/vocabulary';

const result = (id: string, score: number): PagefindResult => ({
  id,
  score,
  data: async (): Promise<PagefindResultData> => ({
    url: `/faq/${id}/`,
    excerpt: id,
    meta: { title: id },
    filters: {
      type: ['Question'],
      category: [id.startsWith('g') ? 'General' : 'Developer Profile'],
    },
    sub_results: [],
    word_count: 10,
  }),
});

/** A fake Pagefind: each term finds the listed pages; a query finds the pages every term finds. */
function fakePagefind(index: Record<string, [string, number][]>) {
  const calls: { term: string | null; filters: unknown }[] = [];
  const api: PagefindApi = {
    options: async () => undefined,
    init: async () => undefined,
    preload: async () => undefined,
    filters: async () => ({}),
    search: async (term, options): Promise<PagefindResponse> => {
      calls.push({ term, filters: options?.filters });
      const terms = (term ?? '').split(' ').filter((t) => t in index);
      const sets = terms.map((t) => new Map(index[t]));
      const ids = terms.length
        ? [...sets[0]!.keys()].filter((id) => sets.every((s) => s.has(id)))
        : [];
      const results = ids
        .map((id) =>
          result(
            id,
            sets.reduce((sum, s) => sum + s.get(id)!, 0),
          ),
        )
        .sort((a, b) => b.score - a.score);
      return {
        results,
        unfilteredResultCount: results.length,
        filters: { type: { Question: results.length } },
        totalFilters: {},
      };
    },
  };
  return { api, calls };
}

describe('mergeRankings', () => {
  test('puts pages holding every term first, in their order, then pages covering most of the query', () => {
    const all = [result('a', 2), result('b', 5)];
    const perTerm = [
      [result('b', 1), result('c', 4), result('d', 1)],
      [result('c', 2), result('a', 1)],
    ];
    expect(mergeRankings(all, perTerm).map((r) => r.result.id)).toEqual(['b', 'a', 'c', 'd']);
  });

  test('is empty for no results at all', () => {
    expect(mergeRankings([], [[], []])).toEqual([]);
  });
});

describe('runSearch', () => {
  const index: Record<string, [string, number][]> = {
    appeal: [
      ['appeal-access-denial', 5],
      ['why-access-was-denied', 1],
    ],
    access: [
      ['appeal-access-denial', 1],
      ['why-access-was-denied', 2],
      ['general-cost', 1],
    ],
    cost: [['general-cost', 4]],
    sign: [['cannot-sign-in', 3]],
  };

  test('searches the terms without stop words and loads the first hits', async () => {
    const { api, calls } = fakePagefind(index);
    const outcome = await runSearch(api, { query: 'How do I appeal my access?', limit: 1 });
    expect(calls[0]!.term).toBe('appeal access');
    expect(outcome.terms).toEqual(['appeal', 'access']);
    expect(outcome.hits.map((h) => h.url)).toEqual(['/faq/appeal-access-denial/']);
  });

  test('with too few pages holding every term, adds pages holding some', async () => {
    const { api, calls } = fakePagefind(index);
    const outcome = await runSearch(api, { query: 'appeal cost', limit: 5 });
    expect(calls.map((c) => c.term)).toEqual(['appeal cost', 'appeal', 'cost']);
    expect(outcome.total).toBe(3);
    expect(outcome.hits.map((h) => h.url)).toContain('/faq/general-cost/');
    expect(outcome.filterCounts).toEqual({
      type: { Question: 3 },
      category: { 'Developer Profile': 2, General: 1 },
    });
  });

  test('does not widen a one-word query', async () => {
    const { api, calls } = fakePagefind(index);
    await runSearch(api, { query: 'cost', limit: 5 });
    expect(calls).toHaveLength(1);
    expect(searchTuning.fallbackBelow).toBeGreaterThan(1);
  });

  test('passes the filters to every search', async () => {
    const { api, calls } = fakePagefind(index);
    const filters = { type: { any: ['Wizard'] } };
    await runSearch(api, { query: 'appeal cost', filters, limit: 5 });
    expect(calls.every((c) => c.filters === filters)).toBe(true);
  });

  test("with the vocabulary, searches the site's words and offers Did you mean", async () => {
    const vocabulary = buildVocabulary(['appeal access sign cost']);
    const { api, calls } = fakePagefind(index);
    const login = await runSearch(api, { query: 'login', limit: 5 }, vocabulary);
    expect(calls[0]!.term).toBe('sign');
    expect(login.hits.map((h) => h.url)).toEqual(['/faq/cannot-sign-in/']);
    const typo = await runSearch(api, { query: 'apeal', limit: 5 }, vocabulary);
    expect(typo.total).toBe(0);
    expect(typo.suggestion).toBe('appeal');
  });

  test('an empty query searches nothing', async () => {
    const { api, calls } = fakePagefind(index);
    expect((await runSearch(api, { query: '  ?', limit: 5 })).hits).toEqual([]);
    expect(calls).toEqual([]);
  });
});

test('countFilters counts each value over the loaded results', () => {
  expect(
    countFilters([
      { filters: { type: ['Wizard'] } },
      { filters: { type: ['Question'], category: ['General'] } },
      { filters: { type: ['Question'] } },
    ]),
  ).toEqual({ type: { Wizard: 1, Question: 2 }, category: { General: 1 } });
});
