import { expect, test } from 'vitest';
import {
  cacheControl,
  cacheKind,
  contentTypeFor,
  deployPolicy,
  headersFor,
} from '../../../src/integrations/deploy/policy.ts';

const policy = deployPolicy({
  base: '/help/',
  assetsDir: '_astro',
  pagePolicies: ["default-src 'self'; script-src 'self'"],
});

test.each([
  ['_astro/BaseLayout.KVy9_GHY.css', 'immutable'],
  ['_astro/islands/chunk.VWAPOX76.js', 'immutable'],
  ['pagefind/fragment/en_1341d69.pf_fragment', 'immutable'],
  ['pagefind/index/en_29e1557.pf_index', 'immutable'],
  ['pagefind/filter/en_299c2f4.pf_filter', 'immutable'],
  ['pagefind/pagefind.en_528ced7528.pf_meta', 'immutable'],
  ['index.html', 'revalidate'],
  ['faq/what-is-amazon-mws/index.html', 'revalidate'],
  ['pagefind/pagefind.js', 'revalidate'],
  ['pagefind/pagefind-entry.json', 'revalidate'],
  ['pagefind/pagefind-worker.js', 'revalidate'],
  ['pagefind/wasm.en.pagefind', 'revalidate'],
  ['pagefind/vocabulary.json', 'revalidate'],
  ['pagefind/asked.json', 'revalidate'],
  ['pagefind/asked/7.json', 'revalidate'],
  ['favicon.svg', 'revalidate'],
])('%s: %s', (file, kind) => {
  expect(cacheKind(policy, file)).toBe(kind);
});

test('every response: the security headers and its one Cache-Control', () => {
  expect(headersFor(policy, '_astro/x.Ab12Cd34.js')).toEqual({
    'Content-Security-Policy': "default-src 'self'; script-src 'self'; frame-ancestors 'none'",
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': expect.stringMatching(/^accelerometer=\(\), .*camera=\(\), .*usb=\(\)/),
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': cacheControl.immutable,
  });
  expect(headersFor(policy, 'index.html')['Cache-Control']).toBe(cacheControl.revalidate);
});

test('the clipboard stays allowed: the wizard copies its text', () => {
  expect(policy.security['Permissions-Policy']).not.toMatch(/clipboard/);
});

test('a plain-Markdown file is text/markdown in UTF-8; types every host knows are left to it', () => {
  expect(contentTypeFor('faq/x/index.md')).toBe('text/markdown; charset=utf-8');
  expect(contentTypeFor('index.html')).toBeNull();
});
