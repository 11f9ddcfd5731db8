// What the build wrote for hosts, read back from dist/ and dist-help/: _headers gives every
// file exactly the headers policy.ts gives it, content-hashed names are what is cached for a
// year, and every text file worth it has .br and .gz copies holding the same bytes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { builds, loadSite, report } from './built-site.ts';
import { parseCsp } from '../../src/integrations/deploy/csp.ts';
import { cacheKind, deployPolicy, headersFor } from '../../src/integrations/deploy/policy.ts';
import { shouldCompress } from '../../src/integrations/deploy/precompress.ts';
import { parseHeadersFile, servedHeaders } from '../unit/deploy/served-headers.ts';

describe.each(builds)('$outDir', (build) => {
  const site = loadSite(build);
  const files = readdirSync(site.dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(site.dir.length + 1))
    .filter((file) => !/\.(br|gz)$/.test(file) && file !== '_headers');
  const policy = deployPolicy({
    base: build.base,
    assetsDir: '_astro',
    pagePolicies: site.pages.map((page) => page.csp ?? ''),
  });

  test('_headers gives every file the headers of the policy, each header from one rule', () => {
    const rules = parseHeadersFile(readFileSync(join(site.dir, '_headers'), 'utf8'));
    const problems = files.flatMap((file) => {
      const path = build.base + file.replace(/(^|\/)index\.html$/, '$1');
      const sent = servedHeaders(rules, path);
      const expected = headersFor(policy, file);
      return Object.keys({ ...sent, ...expected }).flatMap((name) =>
        sent[name] === expected[name]
          ? []
          : [`${path}: ${name} is ${sent[name]}, not ${expected[name]}`],
      );
    });
    expect(problems, report(problems)).toEqual([]);
  });

  test("the header's policy allows every source each page's <meta> allows, and forbids framing", () => {
    const rules = parseHeadersFile(readFileSync(join(site.dir, '_headers'), 'utf8'));
    const header = parseCsp(servedHeaders(rules, build.base)['Content-Security-Policy']);
    const problems = site.pages.flatMap((page) =>
      [...parseCsp(page.csp ?? '')].flatMap(([name, sources]) =>
        sources
          .filter((source) => !header.get(name)?.includes(source))
          .map((source) => `${page.file}: ${name} ${source} is not in the header`),
      ),
    );
    expect(problems, report(problems)).toEqual([]);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
  });

  test('only files with a content hash in their name are cached for a year', () => {
    const immutable = files.filter((file) => cacheKind(policy, file) === 'immutable');
    expect(immutable.length).toBeGreaterThan(10);
    const unhashed = immutable.filter((file) => !/[._][\w-]{7,}\.\w+$/.test(file));
    expect(unhashed, report(unhashed)).toEqual([]);
  });

  test('every text file from 1 KB has .br and .gz copies that decompress to it', () => {
    const problems: string[] = [];
    let compressed = 0;
    for (const file of files) {
      const data = readFileSync(join(site.dir, file));
      if (!shouldCompress(file, data.length)) continue;
      compressed += 1;
      for (const [suffix, decompress] of [
        ['.br', brotliDecompressSync],
        ['.gz', gunzipSync],
      ] as const) {
        try {
          if (!decompress(readFileSync(join(site.dir, file + suffix))).equals(data))
            problems.push(`${file}${suffix} does not decompress to ${file}`);
        } catch (error) {
          problems.push(`${file}${suffix}: ${(error as Error).message}`);
        }
      }
    }
    expect(compressed).toBeGreaterThan(20);
    expect(problems, report(problems)).toEqual([]);
  });
});
