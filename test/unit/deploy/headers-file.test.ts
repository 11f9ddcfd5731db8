import { expect, test } from 'vitest';
import { headerProblem, hostLimits } from '../../../src/integrations/deploy/header-values.ts';
import { headerRules, headersFile } from '../../../src/integrations/deploy/headers-file.ts';
import { deployPolicy, headersFor } from '../../../src/integrations/deploy/policy.ts';
import { parseHeadersFile, servedHeaders } from './served-headers.ts';

const files = [
  'index.html',
  '404.html',
  'favicon.svg',
  '_astro/BaseLayout.KVy9_GHY.css',
  '_astro/islands/chunk.VWAPOX76.js',
  'faq/index.html',
  'faq/what-is-amazon-mws/index.html',
  'pagefind/pagefind.js',
  'pagefind/pagefind-entry.json',
  'pagefind/pagefind.en_528ced7528.pf_meta',
  'pagefind/fragment/en_1341d69.pf_fragment',
  'pagefind/index/en_29e1557.pf_index',
];

const policyAt = (base: string, pagePolicies = ["default-src 'self'"]) =>
  deployPolicy({ base, assetsDir: '_astro', pagePolicies });

test.each(['/', '/help/'])(
  'under %s every file gets exactly the headers the policy gives it, each from one rule',
  (base) => {
    const policy = policyAt(base);
    const rules = headerRules(policy, files);
    for (const file of files) {
      const path = base + file.replace(/(^|\/)index\.html$/, '$1');
      expect(servedHeaders(rules, path), path).toEqual(headersFor(policy, file));
    }
  },
);

test('a folder whose files all cache alike is one rule; a mixed one lists its files', () => {
  const paths = headerRules(policyAt('/'), files).map((rule) => rule.path);
  expect(paths).toContain('/_astro/*');
  expect(paths).toContain('/faq/*');
  expect(paths).toContain('/pagefind/pagefind.js');
  expect(paths).toContain('/pagefind/fragment/*');
  expect(paths).not.toContain('/pagefind/*');
});

test('the file reads back as the rules it was written from, the security rule first', () => {
  const rules = headerRules(policyAt('/help/'), files);
  const text = headersFile(rules);
  expect(parseHeadersFile(text)).toEqual(rules);
  expect(text).toMatch(
    /^# Written by `astro build`.*\n\/help\/\*\n {2}Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n/,
  );
});

test('a line over 2,000 characters fails the build, saying which and why', () => {
  const hashes = Array.from({ length: 60 }, (_, i) => `'sha256-${String(i).padStart(43, 'x')}='`);
  const policy = policyAt('/', [`script-src 'self' ${hashes.join(' ')}`]);
  expect(() => headersFile(headerRules(policy, files))).toThrow(
    /_headers has a line of \d+ characters \( {2}Content-Security-Policy: script-src.*Cloudflare Pages reads at most 2000/,
  );
});

test('more rules than Cloudflare Pages reads fail the build', () => {
  const many = Array.from({ length: hostLimits.rules }, (_, i) => `page-${i}.html`);
  expect(() => headersFile(headerRules(policyAt('/'), many))).toThrow(
    /_headers would hold 101 rules; Cloudflare Pages reads at most 100/,
  );
});

test('a line break or control character in a value fails the build, naming the header', () => {
  expect(headerProblem('Content-Security-Policy', "default-src 'self';\nscript-src 'self'")).toBe(
    'Content-Security-Policy holds a line break (U+000a): write it on one line',
  );
  expect(headerProblem('X-Test', 'a\u0000b')).toMatch(/control character/);
  expect(headerProblem('Bad Name', 'x')).toMatch(/not a token/);
  expect(headerProblem('X-Test', 'fine; value')).toBeNull();
  const broken = deployPolicy({
    base: '/',
    assetsDir: '_astro',
    pagePolicies: ["default-src 'self'"],
  });
  (broken.security as Record<string, string>)['Referrer-Policy'] = 'no-referrer\r\nX-Evil: 1';
  expect(() => headersFile(headerRules(broken, files))).toThrow(
    /_headers, \/\*: Referrer-Policy holds a line break/,
  );
});
