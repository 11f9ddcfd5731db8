import { describe, expect, it, vi } from 'vitest';
import {
  assertIndexWhole,
  filtersTheIndexLost,
  SearchUnavailable,
  withDeadline,
  wordsTheIndexLost,
} from '../../../src/search/availability.ts';
import { buildVocabulary } from '../../../src/search/vocabulary.ts';

const vocabulary = buildVocabulary(['appeal extension developer']);
const found = (n: number) => ({
  unfilteredResultCount: n,
  totalFilters: { type: { Question: 2 } },
});

describe('wordsTheIndexLost', () => {
  it('names the site words Pagefind placed on no page; words the site lacks may be on none', () => {
    expect(
      wordsTheIndexLost(
        ['appeal', 'zebra', 'extension'],
        [found(0), found(0), found(3)],
        vocabulary,
      ),
    ).toEqual(['appeal']);
    expect(wordsTheIndexLost(['appeal'], [found(2)], vocabulary)).toEqual([]);
  });

  it('cannot tell without the word list', () => {
    expect(wordsTheIndexLost(['appeal'], [found(0)], null)).toEqual([]);
  });

  it('assertIndexWhole throws SearchUnavailable naming the lost words', () => {
    expect(() => assertIndexWhole(['developer'], [found(0)], vocabulary)).toThrow(
      SearchUnavailable,
    );
    expect(() => assertIndexWhole(['developer'], [found(0)], vocabulary)).toThrow(
      /nothing of the word "developer"/,
    );
  });
});

describe('filtersTheIndexLost', () => {
  const filters = { type: { any: ['Question'] }, category: { any: ['General'] } };

  it('names the filters a response knows no value of', () => {
    expect(filtersTheIndexLost(filters, [found(2)])).toEqual(['category']);
    expect(filtersTheIndexLost(undefined, [{ totalFilters: {} }])).toEqual([]);
  });

  it('assertIndexWhole throws for a lost filter', () => {
    expect(() =>
      assertIndexWhole(
        ['zebra'],
        [{ unfilteredResultCount: 3, totalFilters: {} }],
        vocabulary,
        filters,
      ),
    ).toThrow(/nothing of the filter "type", the filter "category"/);
  });
});

describe('withDeadline', () => {
  it('passes on what settles in time', async () => {
    await expect(withDeadline(Promise.resolve(3), 100, 'x')).resolves.toBe(3);
    await expect(withDeadline(Promise.reject(new Error('no')), 100, 'x')).rejects.toThrow('no');
  });

  it('gives up with SearchUnavailable on what never answers', async () => {
    vi.useFakeTimers();
    const never = withDeadline(new Promise(() => {}), 6000, 'pagefind.js');
    const caught = never.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(6000);
    const error = await caught;
    expect(error).toBeInstanceOf(SearchUnavailable);
    expect((error as Error).message).toBe('pagefind.js did not answer within 6000 ms');
    vi.useRealTimers();
  });
});
