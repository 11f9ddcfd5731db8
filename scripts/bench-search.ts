/**
 * Search relevance and cost, measured in Chromium against the real index.
 *
 *   npm run bench:search                      builds dist/, then runs everything below
 *   node scripts/bench-search.ts [options]    against an existing build
 *     --dist <dir>     built site (default dist)          --base <path>  its base (default /)
 *     --ranking <json> Pagefind ranking to try instead of src/search/ranking.ts
 *     --verbose        every query with its top three     --json <file>  write the report
 *     --no-cost        skip the byte and timing measurement of the real search box
 *     --component-ui   also measure Pagefind's Component UI on the same index, for comparison
 *
 * Relevance: every query in test/search/queries.json goes through the same engine the search
 * box runs (src/search/engine.ts, bundled with esbuild into the page); a query scores top-1
 * or top-3 when one of its expected pages is there. Typos (test/search/typos.json) score when
 * "Did you mean" offers a query whose results have an expected page in the top three.
 * Exit code 1 when the relevance figures are below the thresholds in src/search/relevance.ts.
 */
import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../test/e2e/chromium.ts';
import type { PagefindOptions } from '../src/search/pagefind-api.ts';
import { pagefindOptions } from '../src/search/ranking.ts';
import {
  hitRank,
  hitRates,
  parseCases,
  passes,
  sitePathOf,
  thresholds,
  type HitRates,
  type RelevanceCase,
  type TypoCase,
} from '../src/search/relevance.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function loadCases(): Promise<{ queries: RelevanceCase[]; typos: TypoCase[] }> {
  const read = async (file: string) =>
    JSON.parse(await readFile(join(root, 'test/search', file), 'utf8'));
  return {
    queries: parseCases<RelevanceCase>(await read('queries.json'), 'queries'),
    typos: parseCases<TypoCase>(await read('typos.json'), 'typos'),
  };
}

let bundled: Promise<string> | undefined;

/** The search engine as the islands run it, bundled into one script for the page. */
export function engineBundle(): Promise<string> {
  bundled ??= build({
    stdin: {
      contents: `
        import { runSearch } from './src/search/engine.ts';
        import { loadPagefind, loadVocabulary } from './src/search/pagefind-api.ts';
        window.searchBench = { runSearch, loadPagefind, loadVocabulary };`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    target: 'es2022',
    write: false,
  }).then((result) => result.outputFiles[0]!.text);
  return bundled;
}

export interface QueryResult extends RelevanceCase {
  rank: number | null;
  top: string[];
  ms: number;
}

export interface TypoResult extends TypoCase {
  /** The "Did you mean" offered with the typo's results, if any. */
  suggestion: string | null;
  exact: boolean;
  /** Rank of an expected page in the suggestion's results. */
  rank: number | null;
  /** Rank of an expected page in the typo's own results (what shows before any correction). */
  ownRank: number | null;
  top: string[];
}

export interface RelevanceReport {
  queries: QueryResult[];
  typos: TypoResult[];
  rates: HitRates;
  /** Following "Did you mean": top-1/top-3 of the suggestion's results (no suggestion: a miss). */
  typoRates: HitRates;
  /** The right page either way: among the typo's own results or the suggestion's. */
  typoReached: HitRates;
  typoOffered: number;
  typoExact: number;
  medianMs: number;
}

/**
 * Runs both sets in `page` against the site at `siteUrl` (any page of it is loaded first).
 * `base` is the site's base path; `options` replaces the site's Pagefind options. The engine
 * is added as an inline script, so the page's context must bypass the site's CSP.
 */
export async function measureRelevance(
  page: Page,
  siteUrl: string,
  base: string,
  sets: { queries: RelevanceCase[]; typos: TypoCase[] },
  options: PagefindOptions = pagefindOptions,
): Promise<RelevanceReport> {
  await page.goto(siteUrl);
  await page.addScriptTag({ content: await engineBundle() });
  const raw = await page.evaluate(
    async ({ base, queries, typos, options }) => {
      type Bench = {
        runSearch: (
          pf: unknown,
          req: { query: string; limit: number },
          vocabulary: unknown,
        ) => Promise<{ hits: { url: string }[]; suggestion: string | null }>;
        loadPagefind: (
          base: string,
          options: unknown,
        ) => Promise<{ options: (o: unknown) => Promise<void> }>;
        loadVocabulary: (base: string) => Promise<unknown>;
      };
      const bench = (window as unknown as { searchBench: Bench }).searchBench;
      const pagefind = await bench.loadPagefind(base, options);
      await pagefind.options(options);
      const vocabulary = await bench.loadVocabulary(base);
      const run = async (query: string) => {
        const started = performance.now();
        const outcome = await bench.runSearch(pagefind, { query, limit: 5 }, vocabulary);
        const ms = performance.now() - started;
        return { urls: outcome.hits.map((hit) => hit.url), ms, suggestion: outcome.suggestion };
      };
      const queryRuns = [];
      for (const { query } of queries) queryRuns.push(await run(query));
      const typoRuns = [];
      for (const { typo } of typos) {
        // What the person gets: the "Did you mean" offered for the typo, then its results.
        const own = await run(typo);
        const suggestion = own.suggestion;
        typoRuns.push({
          suggestion,
          own: own.urls,
          urls: suggestion ? (await run(suggestion)).urls : [],
        });
      }
      return { queryRuns, typoRuns };
    },
    { base, queries: sets.queries, typos: sets.typos, options },
  );
  const paths = (urls: string[]) => urls.map((url) => sitePathOf(url, base));
  const queries = sets.queries.map((c, i) => {
    const { urls, ms } = raw.queryRuns[i]!;
    return { ...c, rank: hitRank(paths(urls), c.expect), top: paths(urls).slice(0, 3), ms };
  });
  const typos = sets.typos.map((c, i) => {
    const { suggestion, urls, own } = raw.typoRuns[i]!;
    return {
      ...c,
      suggestion,
      exact: suggestion === c.meant.toLowerCase(),
      rank: hitRank(paths(urls), c.expect),
      ownRank: hitRank(paths(own), c.expect),
      top: paths(suggestion ? urls : own).slice(0, 3),
    };
  });
  const times = queries.map((q) => q.ms).sort((a, b) => a - b);
  return {
    queries,
    typos,
    rates: hitRates(queries.map((q) => q.rank)),
    typoRates: hitRates(typos.map((t) => t.rank)),
    typoReached: hitRates(typos.map((t) => bestRank(t.rank, t.ownRank))),
    typoOffered: typos.filter((t) => t.suggestion !== null).length,
    typoExact: typos.filter((t) => t.exact).length,
    medianMs: times[Math.floor(times.length / 2)] ?? 0,
  };
}

const bestRank = (a: number | null, b: number | null) =>
  a === null ? b : b === null ? a : Math.min(a, b);

/** Files Pagefind already compresses: their transfer size is their size. */
const precompressed = /\.(pagefind|pf_meta|pf_index|pf_fragment|pf_filter)$/;

export interface CostReport {
  /** Milliseconds from pressing `/` on a reading page to the first result option. */
  msToResults: number;
  /** Milliseconds from the last keystroke to the results for the whole query. */
  msAfterTyping: number;
  /** Every response fetched for the first query, as served and as a gzip-compressing host would send it. */
  files: { path: string; bytes: number; gzip: number }[];
  total: { bytes: number; gzip: number };
}

/** Sums what a response costs: raw and gzip-compressed (as any static host sends text). */
async function sizes(path: string, body: Buffer) {
  return {
    path,
    bytes: body.length,
    gzip: precompressed.test(path) ? body.length : gzipSync(body, { level: 9 }).length,
  };
}

/**
 * The first query on a reading page, as a person makes it: `/`, type, wait for the results.
 * Reports the time and every byte fetched after the page had loaded.
 */
export async function measureFirstQuery(
  browser: Browser,
  pageUrl: string,
  query = 'forgot email',
): Promise<CostReport> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(pageUrl, { waitUntil: 'networkidle' });
  const fetched: Promise<{ path: string; bytes: number; gzip: number }>[] = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    fetched.push(
      response.body().then(
        (body) => sizes(path, body),
        () => ({ path, bytes: 0, gzip: 0 }),
      ),
    );
  });
  const started = Date.now();
  await page.keyboard.press('/');
  await page.keyboard.type(query, { delay: 40 });
  const typed = Date.now();
  const option = page.locator('[role="option"]').first();
  await option.waitFor();
  await page.waitForFunction((q) => {
    const list = document.querySelector('[role="listbox"]');
    return (
      list?.getAttribute('aria-label') === `Results for ${q}` &&
      list.getAttribute('aria-busy') === 'false' &&
      list.querySelectorAll('[role="option"]').length > 1
    );
  }, query);
  const done = Date.now();
  await page.waitForLoadState('networkidle');
  const files = await Promise.all(fetched);
  await context.close();
  const total = files.reduce(
    (sum, f) => ({ bytes: sum.bytes + f.bytes, gzip: sum.gzip + f.gzip }),
    { bytes: 0, gzip: 0 },
  );
  return { msToResults: done - started, msAfterTyping: done - typed, files, total };
}

/**
 * The same first query with Pagefind's Component UI (`<pagefind-searchbox>`) on a copy of the
 * site, its UI files written by Pagefind's Node API next to the same pages.
 */
export async function measureComponentUi(
  browser: Browser,
  dist: string,
  query = 'forgot email',
): Promise<CostReport> {
  const pagefind = await import('pagefind');
  const copy = await mkdtemp(join(tmpdir(), 'search-ui-'));
  try {
    await cp(dist, copy, { recursive: true });
    await rm(join(copy, 'pagefind'), { recursive: true, force: true });
    const { index } = await pagefind.createIndex({ excludeSelectors: ['.anchor-link'] });
    await index!.addDirectory({ path: copy });
    await index!.writeFiles({ outputPath: join(copy, 'pagefind') });
    await pagefind.close();
    await writeFile(
      join(copy, 'component-ui.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Component UI</title>
      <link href="/pagefind/pagefind-component-ui.css" rel="stylesheet">
      <script src="/pagefind/pagefind-component-ui.js" type="module"></script></head>
      <body><pagefind-config no-worker></pagefind-config>
      <pagefind-searchbox show-sub-results></pagefind-searchbox></body></html>`,
    );
    const { server, url } = await serveStatic(copy, '/');
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      const fetched: Promise<{ path: string; bytes: number; gzip: number }>[] = [];
      page.on('response', (response) => {
        const path = new URL(response.url()).pathname;
        if (path.endsWith('.html')) return;
        fetched.push(
          response.body().then(
            (body) => sizes(path, body),
            () => ({ path, bytes: 0, gzip: 0 }),
          ),
        );
      });
      await page.goto(`${url}component-ui.html`, { waitUntil: 'networkidle' });
      const started = Date.now();
      await page.keyboard.press('Control+k');
      await page.keyboard.type(query, { delay: 40 });
      const typed = Date.now();
      await page.locator('[role="option"]').first().waitFor();
      const done = Date.now();
      await page.waitForLoadState('networkidle');
      const files = await Promise.all(fetched);
      await context.close();
      const total = files.reduce((s, f) => ({ bytes: s.bytes + f.bytes, gzip: s.gzip + f.gzip }), {
        bytes: 0,
        gzip: 0,
      });
      return { msToResults: done - started, msAfterTyping: done - typed, files, total };
    } finally {
      server.close();
    }
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
};

/** A plain static server for a built site under its base, on a free port. */
export function serveStatic(dir: string, base: string): Promise<{ server: Server; url: string }> {
  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!pathname.startsWith(base)) {
      res.writeHead(404).end();
      return;
    }
    let file = resolve(dir, `./${pathname.slice(base.length)}`);
    try {
      if (!file.startsWith(resolve(dir))) throw new Error('outside');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res
        .writeHead(200, {
          'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
        })
        .end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      done({ server, url: `http://127.0.0.1:${port}${base}` });
    });
  });
}

const percent = (rate: number) => `${(rate * 100).toFixed(1)}%`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function printRelevance(report: RelevanceReport, verbose: boolean): void {
  const { rates, typoRates } = report;
  for (const q of report.queries) {
    if (verbose || q.rank !== 1) {
      const mark =
        q.rank === 1
          ? '  1'
          : q.rank !== null && q.rank <= 3
            ? `  ${q.rank}`
            : q.rank
              ? ` ${q.rank}!`
              : ' --';
      console.log(`${mark}  ${q.query}\n       ${q.top.join('  ') || '(nothing)'}`);
    }
  }
  console.log(
    `\nRelevance, ${rates.total} queries: top-1 ${rates.top1}/${rates.total} (${percent(rates.top1Rate)}), top-3 ${rates.top3}/${rates.total} (${percent(rates.top3Rate)}); needs ${percent(thresholds.top1)} and ${percent(thresholds.top3)}. Median search ${report.medianMs.toFixed(1)} ms.`,
  );
  for (const t of report.typos) {
    if (verbose || t.rank === null || t.rank > 3) {
      console.log(
        `  ${t.typo} → ${t.suggestion ?? '(no suggestion)'}${t.exact ? '' : ` [meant ${t.meant}]`}: ${t.rank ?? '--'} (own results: ${t.ownRank ?? '--'})  ${t.top.join('  ')}`,
      );
    }
  }
  const reached = report.typoReached;
  console.log(
    `Typos, ${typoRates.total}: "Did you mean" offered for ${report.typoOffered}, exactly what was meant for ${report.typoExact}; following it leads to the right page in the top 3 for ${typoRates.top3} (${percent(typoRates.top3Rate)}), first for ${typoRates.top1} (${percent(typoRates.top1Rate)}). The right page in the top 3 either way (own results or "Did you mean"): ${reached.top3} (${percent(reached.top3Rate)}).`,
  );
}

function printCost(label: string, cost: CostReport): void {
  console.log(
    `\n${label}: results ${cost.msToResults} ms after the shortcut (/ or Ctrl+K) (${cost.msAfterTyping} ms after the last key)`,
  );
  for (const f of cost.files)
    console.log(`  ${f.path.padEnd(58)} ${kb(f.bytes).padStart(9)} ${kb(f.gzip).padStart(9)} gzip`);
  console.log(
    `  ${'total'.padEnd(58)} ${kb(cost.total.bytes).padStart(9)} ${kb(cost.total.gzip).padStart(9)} gzip`,
  );
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const flag = (name: string) => args.includes(name);
  const value = (name: string) => {
    const i = args.indexOf(name);
    return i === -1 ? undefined : args[i + 1];
  };
  const dist = resolve(root, value('--dist') ?? 'dist');
  const base = value('--base') ?? '/';
  const ranking = value('--ranking');
  const options: PagefindOptions = ranking
    ? { ...pagefindOptions, ranking: { ...pagefindOptions.ranking, ...JSON.parse(ranking) } }
    : pagefindOptions;
  const sets = await loadCases();
  const { server, url } = await serveStatic(dist, base);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  try {
    const page = await browser.newPage({ bypassCSP: true });
    const report = await measureRelevance(page, url, base, sets, options);
    printRelevance(report, flag('--verbose'));
    const output: Record<string, unknown> = { ranking: options.ranking, relevance: report };
    if (!flag('--no-cost')) {
      const cost = await measureFirstQuery(browser, `${url}faq/what-is-amazon-mws/`);
      printCost('This site\'s search box, first query "forgot email"', cost);
      output.cost = cost;
    }
    if (flag('--component-ui')) {
      const cost = await measureComponentUi(browser, dist);
      printCost('Pagefind Component UI (<pagefind-searchbox>), same query and index', cost);
      output.componentUi = cost;
    }
    const json = value('--json');
    if (json) await writeFile(json, JSON.stringify(output, null, 2));
    if (!passes(report.rates)) process.exitCode = 1;
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.main) await main();
