import { describe, expect, test } from 'vitest';
import { buildAsked, inMemory, offTopicClass, type AskedModel } from '../../../src/search/asked.ts';
import { SearchUnavailable } from '../../../src/search/availability.ts';
import { runSearch, type SearchIndex } from '../../../src/search/engine.ts';
import type {
  PagefindApi,
  PagefindResponse,
  PagefindResult,
  PagefindResultData,
} from '../../../src/search/pagefind-api.ts';
import { relevanceTuning } from '../../../src/search/ranking.ts';
import { buildVocabulary, type Vocabulary } from '../../../src/search/vocabulary.ts';

/** A term's matches: page id, Pagefind's score, and whether the title or aliases hold it. */
type Matches = [id: string, score: number, inTitle?: boolean][];

/** The aliases of the pages that have some, as the index stores them ("; " between). */
const aliasesOf: Record<string, string> = {
  'revoke-developer': 'change my credentials',
  appeal: 'change a decision; credentials lost',
};

/** A page as one search found it; its excerpt marks that search's term, as Pagefind's does. */
const result = (id: string, score: number, inTitle = true, term = id): PagefindResult => ({
  id,
  score,
  matchedMetaFields: inTitle ? ['title'] : [],
  data: (): Promise<PagefindResultData> =>
    Promise.resolve({
      url: `/faq/${id}/`,
      excerpt: `<mark>${term}</mark> on ${id}`,
      meta: { title: id, ...(aliasesOf[id] ? { aliases: aliasesOf[id] } : {}) },
      filters: { type: ['Question'] },
      sub_results: [],
      word_count: 10,
    }),
});

/**
 * A fake Pagefind: each term finds the listed pages; several terms find the pages all find;
 * a quoted phrase finds the pages listed for it.
 */
function fakePagefind(index: Record<string, Matches>) {
  const calls: { term: string | null; filters: unknown }[] = [];
  const api: PagefindApi = {
    options: () => Promise.resolve(),
    init: () => Promise.resolve(),
    preload: () => Promise.resolve(),
    filters: () => Promise.resolve({}),
    search: (term, options): Promise<PagefindResponse> => {
      calls.push({ term, filters: options?.filters });
      // A quoted phrase is one term; other terms, each word on its own.
      const sets = (/^".*"$/.test(term ?? '') ? [term!] : (term ?? '').split(' ')).map(
        (t) => new Map((index[t] ?? []).map((m) => [m[0], m])),
      );
      const ids = [...(sets[0]?.keys() ?? [])].filter((id) => sets.every((s) => s.has(id)));
      const results = ids.map((id) => {
        const [, score, inTitle] = sets[0].get(id)!;
        return result(id, score, inTitle, term ?? '');
      });
      return Promise.resolve({
        results,
        unfilteredResultCount: results.length,
        filters: {},
        // Every filter of the index, as Pagefind reports them when its filter index loaded.
        totalFilters: { type: { Question: 6, Wizard: 2 }, category: { General: 8 } },
      });
    },
  };
  return { api, calls };
}

const site: Record<string, Matches> = {
  developer: [
    ['authorize-a-developer', 5],
    ['revoke-developer', 5],
    ['register', 5],
    ['roles', 5],
  ],
  authorize: [
    ['revoke-developer', 20],
    ['authorize-a-developer', 15],
  ],
  revoke: [
    ['revoke-developer', 20],
    ['authorize-a-developer', 2, false],
  ],
  disable: [['revoke-developer', 10]],
  appeal: [['appeal', 10]],
  credentials: [['credentials', 10]],
  access: [
    ['appeal', 1, false],
    ['authorize-a-developer', 1, false],
    ['revoke-developer', 1, false],
    ['roles', 1, false],
  ],
  order: [['what-is-mws', 3, false]],
  // Both on two pages; together, as a phrase, on one.
  case: [
    ['appeal', 5],
    ['case-log', 5],
  ],
  log: [
    ['appeal', 5],
    ['case-log', 5],
  ],
  '"case log"': [['case-log', 5]],
  // In the titles of three pages of eight: common, not specific to one.
  change: [
    ['appeal', 5],
    ['roles', 5],
    ['credentials', 5],
  ],
  sending: [['after-submitting', 4]],
  amazon: [
    'appeal',
    'roles',
    'register',
    'case-log',
    'what-is-mws',
    'after-submitting',
    'revoke-developer',
  ].map((id): Matches[number] => [id, 5]),
};
const vocabulary = buildVocabulary(Object.keys(site));

function searchIndex(index: Record<string, Matches>, english: string[] = []) {
  const fake = fakePagefind(index);
  let englishLoads = 0;
  const searchIndex: SearchIndex = {
    pagefind: fake.api,
    pageCount: 8,
    vocabulary,
    asked: null,
    english: (): Promise<Vocabulary> => {
      englishLoads++;
      return Promise.resolve(buildVocabulary(english));
    },
  };
  return { searchIndex, calls: fake.calls, englishLoads: () => englishLoads };
}

const urls = (hits: { url: string }[]) => hits.map((hit) => hit.url.replace(/^\/faq\/|\/$/g, ''));

describe('runSearch', () => {
  test('ranks by the rare words: a page sharing only a common word is no answer', async () => {
    const { searchIndex: index } = searchIndex(site);
    const outcome = await runSearch(index, { query: 'appeal my access', limit: 5 });
    expect(urls(outcome.hits)[0]).toBe('appeal');
    expect(outcome.answer).toBe('results');
    expect(urls(outcome.hits)).not.toContain('roles');
  });

  test('direction words decide between opposite procedures', async () => {
    const { searchIndex: index } = searchIndex(site);
    const give = await runSearch(index, { query: 'let my developer in', limit: 5 });
    expect(urls(give.hits)[0]).toBe('authorize-a-developer');
    const authorize = await runSearch(index, { query: 'who can authorize my developer', limit: 5 });
    expect(urls(authorize.hits)[0]).toBe('authorize-a-developer');
    const unlink = await runSearch(index, { query: 'unlink my developer', limit: 5 });
    expect(urls(unlink.hits)[0]).toBe('revoke-developer');
    const former = await runSearch(index, { query: 'ex developer still has access', limit: 5 });
    expect(urls(former.hits)[0]).toBe('revoke-developer');
  });

  test("an answer's excerpt marks the words typed, not a direction's own term", async () => {
    const { searchIndex: index } = searchIndex(site);
    const give = await runSearch(index, { query: 'let my developer in', limit: 5 });
    const marked = give.hits[0].excerpt.filter((part) => part.mark).map((part) => part.text);
    expect(marked).toEqual(['developer']);
  });

  test('pages far below the best go under the divider, a few at most', async () => {
    const { searchIndex: index } = searchIndex(site);
    // "amazon" is on seven pages of eight: far below "credentials", on one.
    const outcome = await runSearch(index, { query: 'credentials amazon', limit: 5 });
    expect(urls(outcome.hits)).toEqual(['credentials']);
    expect(outcome.mentions.length).toBeGreaterThan(0);
    expect(outcome.mentions.length).toBeLessThanOrEqual(relevanceTuning.mentionResults);
    expect(outcome.mentionWords).toEqual(['amazon']);
  });

  test('a query of words no page holds gets no results, not a list', async () => {
    const { searchIndex: index, calls } = searchIndex(site);
    const outcome = await runSearch(index, { query: 'zzzz qqqq', limit: 5 });
    expect(outcome.answer).toBe('none');
    expect(outcome.hits).toEqual([]);
    // Pagefind would answer an unknown word with its longest known prefix: it is not asked.
    expect(calls.map((c) => c.term)).not.toContain('zzzz');
  });

  test('a misspelt query shows its correction, and can be searched as typed', async () => {
    const { searchIndex: index, englishLoads } = searchIndex(site);
    const outcome = await runSearch(index, { query: 'apeal', limit: 5 });
    expect(outcome.query).toBe('appeal');
    expect(outcome.correctedFrom).toBe('apeal');
    expect(urls(outcome.hits)).toEqual(['appeal']);
    expect(englishLoads()).toBe(1);
    const asTyped = await runSearch(index, { query: 'apeal', limit: 5, asTyped: true });
    expect(asTyped.correctedFrom).toBeNull();
    expect(asTyped.answer).toBe('none');
  });

  test('never corrects a correctly spelled word, and loads the English words only when needed', async () => {
    const { searchIndex: index, englishLoads } = searchIndex(site, ['lending']);
    await runSearch(index, { query: 'appeal', limit: 5 });
    expect(englishLoads()).toBe(0);
    const lending = await runSearch(index, { query: 'lending', limit: 5 });
    expect(lending.correctedFrom).toBeNull();
    expect(lending.suggestion).toBeNull();
    expect(englishLoads()).toBe(1);
  });

  test('a Seller Central topic gets the honest answer, not the pages sharing a word', async () => {
    const { searchIndex: index } = searchIndex(site);
    const outcome = await runSearch(index, { query: 'refund my order', limit: 5 });
    expect(outcome.answer).toBe('off-topic');
    expect(outcome.hits).toEqual([]);
    expect(outcome.mentions).toEqual([]);
    const api = await runSearch(index, { query: 'order api access', limit: 5 });
    expect(api.answer).not.toBe('off-topic');
  });

  test('a query sharing only words common to the site, naming nothing of it, gets no list', async () => {
    const { searchIndex: index } = searchIndex(site);
    // "name" is on no page: the query is about something else.
    const name = await runSearch(index, { query: 'change name', limit: 5 });
    expect(name.answer).toBe('none');
    expect(name.hits).toEqual([]);
    // Every word on the site: a vague query still gets its pages.
    expect((await runSearch(index, { query: 'change', limit: 5 })).answer).toBe('results');
    const credentials = await runSearch(index, { query: 'change credentials', limit: 5 });
    expect(urls(credentials.hits)[0]).toBe('credentials');
  });

  test('a page saying two typed words together outranks one that has them apart', async () => {
    const { searchIndex: index } = searchIndex(site);
    const outcome = await runSearch(index, { query: 'case log', limit: 5 });
    expect(urls(outcome.hits)[0]).toBe('case-log');
  });

  test('a page one alias of which says the query outranks one with its words in several', async () => {
    // Pagefind scores "appeal" higher on each word; only revoke-developer says them together.
    const { searchIndex: index } = searchIndex({
      change: [
        ['appeal', 6],
        ['revoke-developer', 5.5],
      ],
      credentials: [
        ['appeal', 6],
        ['revoke-developer', 5.5],
      ],
    });
    const outcome = await runSearch(index, { query: 'change credentials', limit: 5 });
    expect(urls(outcome.hits)).toEqual(['revoke-developer', 'appeal']);
  });

  test('a page people asked for in the query words ranks first, unless a page nobody asked about is among the best', async () => {
    const asked = (pages: string[]) =>
      buildAsked([
        { text: 'change my mind', pages: ['/faq/credentials/'] },
        ...pages.map((page) => ({ text: 'something else', pages: [page] })),
      ]);
    const ranked = async (model: AskedModel | null) => {
      const { searchIndex: index } = searchIndex(site);
      return urls(
        (
          await runSearch(
            { ...index, asked: model && inMemory(model) },
            { query: 'change', limit: 5 },
          )
        ).hits,
      );
    };
    const unasked = await ranked(null);
    expect(unasked[0]).not.toBe('credentials');
    const order = await ranked(asked(['/faq/appeal/', '/faq/roles/']));
    expect(order[0]).toBe('credentials');
    expect(order.slice(1)).toEqual(unasked.filter((id) => id !== 'credentials'));
    expect(await ranked(asked(['/faq/appeal/']))).toEqual(unasked);
  });

  test('a query naming nothing of the site, asked like the questions it does not answer, is told so', async () => {
    const model = buildAsked([
      { text: 'appeal my access', pages: ['/faq/appeal/'] },
      { text: 'change my credentials', pages: ['/faq/credentials/'] },
      { text: 'amazon bank details', pages: [offTopicClass] },
      { text: 'my amazon store name', pages: [offTopicClass] },
      { text: 'amazon shipping settings', pages: [offTopicClass] },
    ]);
    const { searchIndex: index } = searchIndex(site);
    const asked = { ...index, asked: inMemory(model) };
    const amazon = await runSearch(asked, { query: 'amazon', limit: 5 });
    expect(amazon.answer).toBe('off-topic');
    expect(amazon.hits).toEqual([]);
    // Without the model the same query gets its pages; a word of the subject keeps it on topic.
    expect((await runSearch(index, { query: 'amazon', limit: 5 })).answer).toBe('results');
    // "developer" is in none of the model's texts: only the subject word tells it apart.
    expect((await runSearch(asked, { query: 'amazon developer', limit: 5 })).answer).toBe(
      'results',
    );
  });

  test('passes the filters to every search', async () => {
    const { searchIndex: index, calls } = searchIndex(site);
    const filters = { type: { any: ['Wizard'] } };
    await runSearch(index, { query: 'appeal access', filters, limit: 5 });
    expect(calls.length).toBeGreaterThan(1);
    expect(calls.every((c) => c.filters === filters)).toBe(true);
  });

  test('a filter the index knows nothing of fails the search: its index did not load', async () => {
    const { searchIndex: index } = searchIndex(site);
    const unknown = { topic: { any: ['General'] } };
    await expect(runSearch(index, { query: 'appeal', filters: unknown, limit: 5 })).rejects.toThrow(
      /the filter "topic"/,
    );
  });

  test('an empty query searches nothing', async () => {
    const { searchIndex: index, calls } = searchIndex(site);
    const outcome = await runSearch(index, { query: '  ?', limit: 5 });
    expect(outcome.hits).toEqual([]);
    expect(calls).toEqual([]);
  });
  test('a site word the index places on no page fails the search: part of the index did not load', async () => {
    const { searchIndex: index } = searchIndex({ ...site, appeal: [] });
    await expect(runSearch(index, { query: 'appeal', limit: 5 })).rejects.toThrow(
      SearchUnavailable,
    );
    const { searchIndex: whole } = searchIndex(site);
    await expect(runSearch(whole, { query: 'zebra', limit: 5 })).resolves.toMatchObject({
      answer: 'none',
    });
  });

  test('English words that cannot be had fail a search that needs them', async () => {
    const { searchIndex: index } = searchIndex(site);
    index.english = () => Promise.reject(new SearchUnavailable('english.json could not be loaded'));
    await expect(runSearch(index, { query: 'apeal', limit: 5 })).rejects.toThrow(SearchUnavailable);
  });

  test('a file of how pages are asked for that cannot be had fails the search', async () => {
    const { searchIndex: index } = searchIndex(site);
    const model = buildAsked([{ text: 'appeal', pages: ['/faq/appeal/'] }]);
    const broken = { header: model, rows: () => Promise.resolve(null) };
    await expect(
      runSearch({ ...index, asked: broken }, { query: 'appeal', limit: 5 }),
    ).rejects.toThrow(SearchUnavailable);
  });
});
