/**
 * Search relevance and cost, measured in Chromium against the real index.
 *
 *   npm run bench:search                      builds dist/, then runs everything below
 *   node scripts/bench-search.ts [options]    against an existing build
 *     --dist <dir>     built site (default dist)          --base <path>  its base (default /)
 *     --half <name>    only `tuning` or `held-out` (default both)
 *     --ranking <json> Pagefind ranking to try instead of src/search/ranking.ts
 *     --verbose        every tuning query with its top three      --json <file>  write the report
 *     --no-cost        skip the byte and timing measurement of the real search box
 *     --component-ui   also measure Pagefind's Component UI on the same index, for comparison
 *
 * Relevance: every case of test/search/<half>/ (every set of it: `queries.json`, `typos.json`,
 * `off-topic.json`, and the same with a suffix, `queries-2.json` …; figures per set and for the
 * half) goes through the same engine the search box
 * runs (src/search/engine.ts, bundled with esbuild into the page). A query scores top-1 or
 * top-3 when one of its expected pages is there, counting the answers and then the pages under
 * "Pages that also mention …", in the order the search page shows them. A typo scores when an
 * expected page is in the top 3 of what shows for it as typed, with no click: the corrected
 * results when the engine shows those. A correction or "Did you mean" on a relevance or
 * off-topic query is a false correction (they are all spelled right). An off-topic query is
 * answered honestly when no page is listed as an answer. The held-out half is only ever
 * printed as figures, never case by case. Exit code 1 when a half misses a target of
 * src/search/relevance.ts.
 */
import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../test/e2e/chromium.ts';
import type { PagefindOptions, PagefindRanking } from '../src/search/pagefind-api.ts';
import { readCases, setSuffixes } from '../src/integrations/labelled-queries.ts';
import { pagefindOptions } from '../src/search/ranking.ts';
import {
  halves,
  hitRank,
  hitRates,
  missedTargets,
  sitePathOf,
  thresholds,
  type Half,
  type HalfFigures,
  type HitRates,
  type OffTopicCase,
  type RelevanceCase,
  type TypoCase,
} from '../src/search/relevance.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

export interface CaseSets {
  queries: RelevanceCase[];
  typos: TypoCase[];
  offTopic: OffTopicCase[];
}

/** One set of a half: `queries.json`, `typos.json`, `off-topic.json`, or the same with `-<name>`. */
export interface NamedSet {
  /** "1" for the files without a suffix, else the suffix ("2" of `queries-2.json`). */
  name: string;
  cases: CaseSets;
}

/** Every set of one half, test/search/<half>/, in the order of their names. */
export async function loadSets(half: Half): Promise<NamedSet[]> {
  const folder = pathToFileURL(join(root, 'test/search', half, '/'));
  return Promise.all(
    (await setSuffixes(folder)).map(async (suffix) => ({
      name: suffix.slice(1) || '1',
      cases: {
        queries: await readCases<RelevanceCase>(folder, 'queries', suffix),
        typos: await readCases<TypoCase>(folder, 'typos', suffix),
        offTopic: await readCases<OffTopicCase>(folder, 'off-topic', suffix),
      },
    })),
  );
}

/** All the cases of one half, every set together. */
export async function loadCases(half: Half): Promise<CaseSets> {
  const sets = (await loadSets(half)).map((set) => set.cases);
  return {
    queries: sets.flatMap((set) => set.queries),
    typos: sets.flatMap((set) => set.typos),
    offTopic: sets.flatMap((set) => set.offTopic),
  };
}

let bundled: Promise<string> | undefined;

/** The search engine as the islands run it, bundled into one script for the page. */
export function engineBundle(): Promise<string> {
  bundled ??= build({
    stdin: {
      contents: `
        import { runSearch } from './src/search/engine.ts';
        import { loadAsked, loadPageCount, loadPagefind, loadVocabulary } from './src/search/pagefind-api.ts';
        import { englishFile } from './src/search/vocabulary.ts';
        window.searchBench = { runSearch, loadAsked, loadPageCount, loadPagefind, loadVocabulary, englishFile };`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    target: 'es2022',
    write: false,
  }).then((result) => result.outputFiles[0].text);
  return bundled;
}

/** What one search showed. */
interface Shown {
  /** Answers, then the pages under the divider. */
  urls: string[];
  /** The query the results are for (the correction, when one is shown). */
  query: string;
  corrected: boolean;
  suggestion: string | null;
  answer: string;
  /** How many pages answered (above the divider). */
  answers: number;
  ms: number;
}

export interface QueryResult extends RelevanceCase {
  rank: number | null;
  top: string[];
  ms: number;
  /** Pages listed as answers, above the divider. */
  answers: number;
  /** A correction shown or offered for this correctly spelled query. */
  correction: string | null;
}

export interface TypoResult extends TypoCase {
  /** The query whose results show (the correction, when the engine corrected), or offered. */
  correction: string | null;
  exact: boolean;
  /** Rank of an expected page in what shows for the typo, with no click. */
  rank: number | null;
  top: string[];
}

export interface OffTopicResult extends OffTopicCase {
  answer: string;
  honest: boolean;
  correction: string | null;
  top: string[];
}

export interface RelevanceReport {
  queries: QueryResult[];
  typos: TypoResult[];
  offTopic: OffTopicResult[];
  figures: HalfFigures;
  typoExact: number;
  medianMs: number;
  /** Median and largest number of pages listed as answers for a relevance query. */
  medianAnswers: number;
  maxAnswers: number;
}

/**
 * Runs the sets in `page` against the site at `siteUrl` (any page of it is loaded first).
 * `base` is the site's base path; `options` replaces the site's Pagefind options. The engine
 * is added as an inline script, so the page's context must bypass the site's CSP.
 */
export async function measureRelevance(
  page: Page,
  siteUrl: string,
  base: string,
  sets: CaseSets,
  options: PagefindOptions = pagefindOptions,
): Promise<RelevanceReport> {
  await page.goto(siteUrl);
  await page.addScriptTag({ content: await engineBundle() });
  const all = [
    ...sets.queries.map((c) => c.query),
    ...sets.typos.map((c) => c.typo),
    ...sets.offTopic.map((c) => c.query),
  ];
  const runs: Shown[] = await page.evaluate(
    async ({ base, all, options }) => {
      type Outcome = {
        query: string;
        correctedFrom: string | null;
        suggestion: string | null;
        answer: string;
        total: number;
        hits: { url: string }[];
        mentions: { url: string }[];
      };
      type Bench = {
        runSearch: (index: unknown, req: { query: string; limit: number }) => Promise<Outcome>;
        loadPagefind: (base: string, options: unknown) => Promise<unknown>;
        loadPageCount: (base: string) => Promise<number>;
        loadVocabulary: (base: string, file?: string) => Promise<unknown>;
        loadAsked: (base: string) => Promise<unknown>;
        englishFile: string;
      };
      const bench = (window as unknown as { searchBench: Bench }).searchBench;
      const index = {
        pagefind: await bench.loadPagefind(base, options),
        pageCount: await bench.loadPageCount(base),
        vocabulary: await bench.loadVocabulary(base),
        asked: await bench.loadAsked(base),
        english: () => bench.loadVocabulary(base, bench.englishFile),
      };
      const shown = [];
      for (const query of all) {
        const started = performance.now();
        const outcome = await bench.runSearch(index, { query, limit: 5 });
        shown.push({
          urls: [...outcome.hits, ...outcome.mentions].map((hit) => hit.url),
          query: outcome.query,
          corrected: outcome.correctedFrom !== null,
          suggestion: outcome.suggestion,
          answer: outcome.answer,
          answers: outcome.total,
          ms: performance.now() - started,
        });
      }
      return shown;
    },
    { base, all, options },
  );
  const paths = (urls: string[]) => urls.map((url) => sitePathOf(url, base));
  const correctionOf = (run: Shown) => (run.corrected ? run.query : run.suggestion);
  const queryRuns = runs.slice(0, sets.queries.length);
  const typoRuns = runs.slice(sets.queries.length, sets.queries.length + sets.typos.length);
  const offTopicRuns = runs.slice(sets.queries.length + sets.typos.length);
  const queries = sets.queries.map((c, i) => {
    const run = queryRuns[i];
    const shownPaths = paths(run.urls);
    return {
      ...c,
      rank: hitRank(shownPaths, c.expect),
      top: shownPaths.slice(0, 3),
      ms: run.ms,
      answers: run.answers,
      correction: correctionOf(run),
    };
  });
  const typos = sets.typos.map((c, i) => {
    const run = typoRuns[i];
    const shownPaths = paths(run.urls);
    const correction = correctionOf(run);
    return {
      ...c,
      correction,
      exact: correction === c.meant.toLowerCase(),
      rank: hitRank(shownPaths, c.expect),
      top: shownPaths.slice(0, 3),
    };
  });
  const offTopic = sets.offTopic.map((c, i) => {
    const run = offTopicRuns[i];
    return {
      ...c,
      answer: run.answer,
      honest: run.answer !== 'results',
      correction: correctionOf(run),
      top: paths(run.urls).slice(0, 3),
    };
  });
  const times = queries.map((q) => q.ms).sort((a, b) => a - b);
  const spelledRight = [...queries, ...offTopic];
  return {
    queries,
    typos,
    offTopic,
    figures: {
      rates: hitRates(queries.map((q) => q.rank)),
      typoRates: hitRates(typos.map((t) => t.rank)),
      falseCorrections: spelledRight.filter((c) => c.correction !== null).length,
      spelledRight: spelledRight.length,
      offTopicHonest: offTopic.filter((c) => c.honest).length,
      offTopicTotal: offTopic.length,
    },
    typoExact: typos.filter((t) => t.exact).length,
    medianMs: times[Math.floor(times.length / 2)] ?? 0,
    medianAnswers: median(queries.map((q) => q.answers)),
    maxAnswers: Math.max(0, ...queries.map((q) => q.answers)),
  };
}

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
function sizes(path: string, body: Buffer) {
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
  { query = 'forgot email', paste = false }: { query?: string; paste?: boolean } = {},
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
  // Typed as a person types, a slow machine may search a few of its prefixes on the way;
  // pasted, it is searched once, and its bytes do not depend on the machine's speed.
  if (paste) await page.keyboard.insertText(query);
  else await page.keyboard.type(query, { delay: 40 });
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
  const server = createServer((req, res) => void serveFile(dir, base, req, res));
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      done({ server, url: `http://127.0.0.1:${port}${base}` });
    });
  });
}

/** Answers one request of `serveStatic` from the built site. */
async function serveFile(
  dir: string,
  base: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
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
}

const percent = (rate: number) => `${(rate * 100).toFixed(1)}%`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const rankMark = (rank: number | null) =>
  rank === 1 ? '  1' : rank !== null && rank <= 3 ? `  ${rank}` : rank ? ` ${rank}!` : ' --';

/** Case by case: only ever called for the tuning half. */
function printCases(report: RelevanceReport, verbose: boolean): void {
  for (const q of report.queries) {
    if (verbose || q.rank !== 1 || q.correction) {
      const fix = q.correction ? `  [corrected to "${q.correction}"]` : '';
      const want = q.rank === 1 ? '' : `  want ${q.expect.join(' ')}`;
      console.log(
        `${rankMark(q.rank)}  ${q.query}  (${q.style ?? '-'})${fix}${want}\n       ${q.top.join('  ') || '(nothing)'}`,
      );
    }
  }
  for (const t of report.typos) {
    if (verbose || t.rank === null || t.rank > 3 || !t.exact) {
      console.log(
        `${rankMark(t.rank)}  ${t.typo} → ${t.correction ?? '(as typed)'}${t.exact ? '' : ` [meant ${t.meant}]`}  ${t.top.join('  ')}${t.rank === 1 ? '' : `  want ${t.expect.join(' ')}`}`,
      );
    }
  }
  for (const o of report.offTopic) {
    if (verbose || !o.honest || o.correction) {
      console.log(
        `  ${o.honest ? 'ok' : 'NO'}  ${o.query} → ${o.answer}${o.correction ? ` [corrected to "${o.correction}"]` : ''}  ${o.top.join('  ')}`,
      );
    }
  }
  const styles = new Map<string, (number | null)[]>();
  for (const q of report.queries) {
    const key = q.style ?? '-';
    styles.set(key, [...(styles.get(key) ?? []), q.rank]);
  }
  console.log('\nBy style (tuning):');
  for (const [style, ranks] of [...styles].sort()) {
    const r = hitRates(ranks);
    console.log(`  ${style.padEnd(14)} top-1 ${r.top1}/${r.total}  top-3 ${r.top3}/${r.total}`);
  }
}

const rate = (r: HitRates) => `${r.top1}/${r.total} (${percent(r.top1Rate)})`;
const rate3 = (r: HitRates) => `${r.top3}/${r.total} (${percent(r.top3Rate)})`;

/** The figures of one half (or one set of it), in one block. */
function printFigures(half: string, report: RelevanceReport): void {
  const f = report.figures;
  const missed = missedTargets(f);
  console.log(
    `\n${half}: relevance ${f.rates.total} queries: top-1 ${rate(f.rates)}, top-3 ${rate3(f.rates)} (targets ${percent(thresholds.top1)}, ${percent(thresholds.top3)}). Median search ${report.medianMs.toFixed(1)} ms.`,
  );
  console.log(
    `${half}: typos ${f.typoRates.total}: the right page in the top 3 as typed (no click) ${rate3(f.typoRates)}, first ${rate(f.typoRates)}; corrected to exactly what was meant ${report.typoExact}.`,
  );
  console.log(
    `${half}: false corrections ${f.falseCorrections} of ${f.spelledRight} correctly spelled queries; off-topic answered honestly ${f.offTopicHonest}/${f.offTopicTotal}.`,
  );
  console.log(
    `${half}: pages listed as answers per query: median ${report.medianAnswers}, at most ${report.maxAnswers}.`,
  );
  console.log(`${half}: ${missed.length ? `MISSES ${missed.join('; ')}` : 'every target met'}`);
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
    ? {
        ...pagefindOptions,
        ranking: { ...pagefindOptions.ranking, ...(JSON.parse(ranking) as PagefindRanking) },
      }
    : pagefindOptions;
  const only = value('--half') as Half | undefined;
  const chosen = halves.filter((half) => !only || half === only);
  const { server, url } = await serveStatic(dist, base);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  try {
    const page = await browser.newPage({ bypassCSP: true });
    const output: Record<string, unknown> = { ranking: options.ranking };
    let failed = false;
    for (const half of chosen) {
      const report = await measureRelevance(page, url, base, await loadCases(half), options);
      if (half === 'tuning') printCases(report, flag('--verbose'));
      const sets = await loadSets(half);
      if (sets.length > 1) {
        for (const set of sets) {
          const part = await measureRelevance(page, url, base, set.cases, options);
          printFigures(`${half} set ${set.name}`, part);
        }
      }
      printFigures(half, report);
      // The held-out half is kept as figures only, so nobody reads its cases from the report.
      output[half] = half === 'tuning' ? report : report.figures;
      failed ||= missedTargets(report.figures).length > 0;
    }
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
    if (failed) process.exitCode = 1;
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.main) await main();
