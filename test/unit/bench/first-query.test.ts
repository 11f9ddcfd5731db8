import { describe, expect, test } from 'vitest';
import { fileKind, firstQueryByKind, type BrowserResult } from '../../../scripts/bench-browser.ts';

const query = (files: [string, number][]) => ({
  query: 'q',
  ms: 1,
  results: 1,
  bytes: files.reduce((sum, [, bytes]) => sum + bytes, 0),
  requests: files.length,
  files: files.map(([path, bytes]) => ({ path, bytes })),
});

describe("the first query's bytes by kind of file", () => {
  test('each file of a search is named by what it is for', () => {
    expect(
      [
        '/_astro/islands/SearchBox.X.js',
        '/help/pagefind/pagefind.js',
        '/pagefind/pagefind-worker.js',
        '/pagefind/wasm.en.pagefind',
        '/pagefind/pagefind.en_3b11.pf_meta',
        '/pagefind/vocabulary.json',
        '/pagefind/asked.json',
        '/pagefind/asked/7.json',
        '/pagefind/index/en_1.pf_index',
        '/pagefind/fragment/en_2.pf_fragment',
        '/pagefind/filter/en_3.pf_filter',
        '/pagefind/pagefind-entry.json',
      ].map(fileKind),
    ).toEqual([
      'search box JS',
      'pagefind.js',
      'worker',
      'WebAssembly',
      'metadata',
      'vocabulary',
      'how pages are asked for',
      'how pages are asked for',
      'index chunks',
      'fragments',
      'filters',
      'other',
    ]);
  });

  test('kinds are summed within a run, then the median run is taken per kind', () => {
    const run = (chunks: number[]) => ({
      method: 'search-box' as const,
      first: query([
        ['/pagefind/wasm.en.pagefind', 60],
        ...chunks.map((b, i): [string, number] => [`/pagefind/index/${i}.pf_index`, b]),
      ]),
      second: query([]),
    });
    const result: BrowserResult = {
      method: 'search-box',
      page: '/',
      runs: [run([10, 5]), run([100]), run([1, 1])],
      median: { coldMs: 0, warmMs: 0, firstQueryBytes: 0, secondQueryBytes: 0 },
    };
    expect(firstQueryByKind(result)).toEqual({ WebAssembly: 60, 'index chunks': 15 });
  });
});
