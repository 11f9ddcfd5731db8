import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, expect, test } from 'vitest';
import {
  brotliQuality,
  minBytes,
  precompress,
  shouldCompress,
} from '../../../src/integrations/deploy/precompress.ts';

const dir = await mkdtemp(join(tmpdir(), 'precompress-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

test('text files from 1 KB are compressed; small ones, images and Pagefind’s own files are not', () => {
  expect(shouldCompress('index.html', minBytes)).toBe(true);
  expect(shouldCompress('index.html', minBytes - 1)).toBe(false);
  for (const file of ['a.css', 'a.js', 'a.json', 'a.svg', 'a.xml', 'llms.txt', 'faq/x/index.md'])
    expect(shouldCompress(file, 5000), file).toBe(true);
  for (const file of ['a.png', 'pagefind/wasm.en.pagefind', 'pagefind/fragment/en_1.pf_fragment'])
    expect(shouldCompress(file, 5000), file).toBe(false);
});

test('.br and .gz next to each file, each the same bytes once decompressed', async () => {
  const page = '<!doctype html><p>How do I register as a developer?</p>\n'.repeat(100);
  await writeFile(join(dir, 'index.html'), page);
  await writeFile(join(dir, 'small.html'), '<p>x</p>');
  expect(await precompress(dir, ['index.html', 'small.html'])).toBe(1);
  expect(brotliDecompressSync(await readFile(join(dir, 'index.html.br'))).toString()).toBe(page);
  expect(gunzipSync(await readFile(join(dir, 'index.html.gz'))).toString()).toBe(page);
  expect(existsSync(join(dir, 'small.html.br'))).toBe(false);
});

test('pages, one per question, at a quicker brotli quality; shared files at the strongest', () => {
  expect(brotliQuality('faq/x/index.html')).toBe(5);
  expect(brotliQuality('faq/x/index.md')).toBe(5);
  expect(brotliQuality('_astro/BaseLayout.KVy9_GHY.css')).toBe(11);
  expect(brotliQuality('pagefind/english.json')).toBe(11);
  expect(brotliQuality('llms.txt', 2_700_000)).toBe(5);
});
