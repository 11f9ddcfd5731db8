/**
 * The browser half of the scale benchmark: serves a built site and drives its real search
 * box in Chromium (the system Chromium of the browser tests), measuring what a person waits
 * for and what their phone downloads.
 *
 * One run: a fresh browser context (empty cache) opens a question page and waits until the
 * page is idle; then the header search box is focused and the first query typed; then the
 * box is cleared and a second, different query typed on the same page.
 * - time: from the first keydown to the first result option in the list (in-page
 *   performance.now(); includes the box's own debounce, hydration on first use, and loading
 *   Pagefind for the first query);
 * - bytes: every response body fetched from the first keydown until the network is idle
 *   again, as the wire carries it (the server gzips text as any static host does; Pagefind's
 *   own files are gzipped already), plus response headers.
 *
 * When the search box cannot be used (it is missing or shows no results), the run falls back
 * to Pagefind's JS API in the page and says so in `method`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page, type Request } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../test/e2e/chromium.ts';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml', '.txt']);

/**
 * A static server for a built site at `/`, on a free port; gzips text like a static host, and
 * answers an unknown address with the site's 404.html and a 404 status.
 */
export function serveSite(dir: string): Promise<{ server: Server; url: string }> {
  const root = resolve(dir);
  const gzipped = new Map<string, Buffer>();
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    try {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file = resolve(root, `.${pathname}`);
      if (file !== root && !file.startsWith(`${root}/`)) throw new Error('outside');
      let status = 200;
      const found = await stat(file).catch(() => null);
      if (found?.isDirectory()) file = join(file, 'index.html');
      else if (!found) [file, status] = [join(root, '404.html'), 404];
      const ext = extname(file);
      let body: Buffer = await readFile(file);
      const headers: Record<string, string> = {
        'Content-Type': contentTypes[ext] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
      };
      if (compressible.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        let zipped = gzipped.get(file);
        if (!zipped) gzipped.set(file, (zipped = gzipSync(body, { level: 6 })));
        body = zipped;
        headers['Content-Encoding'] = 'gzip';
      }
      headers['Content-Length'] = String(body.length);
      res.writeHead(status, headers).end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  };
  const server = createServer((req, res) => void handle(req, res));
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      done({ server, url: `http://127.0.0.1:${port}` });
    });
  });
}

export interface QueryMeasure {
  query: string;
  /** First keydown to the first result shown. */
  ms: number;
  /** Results shown (options in the list, or results of the API). */
  results: number;
  /** Bytes on the wire (bodies as sent, plus headers) and how many requests. */
  bytes: number;
  requests: number;
  files: { path: string; bytes: number }[];
}

export interface RunMeasure {
  method: 'search-box' | 'pagefind-api';
  first: QueryMeasure;
  second: QueryMeasure;
}

export interface BrowserResult {
  method: RunMeasure['method'];
  page: string;
  runs: RunMeasure[];
  median: {
    coldMs: number;
    warmMs: number;
    firstQueryBytes: number;
    secondQueryBytes: number;
    /** The same first queries through Pagefind's own API and defaults, on a fresh page (a reference). */
    plainFirstQueryBytes?: number;
  };
  /** Those reference queries, one per run. */
  plain?: QueryMeasure[];
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length === 0
    ? NaN
    : sorted.length % 2
      ? sorted[mid]
      : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Collects what the page fetches while `record` is on. */
function recorder(page: Page) {
  const pending: Promise<{ path: string; bytes: number }>[] = [];
  let on = false;
  const finished = (request: Request) => {
    if (!on) return;
    pending.push(
      Promise.all([request.sizes(), request.response()]).then(
        ([s, response]) => ({
          path: new URL(request.url()).pathname,
          // Chromium reports no body size for a worker's own script: the server's Content-Length
          // (the bytes it sent, gzip included) stands in.
          bytes:
            (s.responseBodySize || Number(response?.headers()['content-length'] ?? 0)) +
            s.responseHeadersSize,
        }),
        () => ({ path: new URL(request.url()).pathname, bytes: 0 }),
      ),
    );
  };
  page.on('requestfinished', finished);
  return {
    start() {
      pending.length = 0;
      on = true;
    },
    async stop() {
      await page.waitForLoadState('networkidle');
      on = false;
      const files = await Promise.all(pending);
      return { files, bytes: files.reduce((sum, f) => sum + f.bytes, 0), requests: files.length };
    },
  };
}

const input = '#site-search-input';

/** Types `query` into the header box (replacing its text) and waits for results; null when none come. */
async function typeInBox(
  page: Page,
  query: string,
  timeoutMs: number,
): Promise<{ ms: number; results: number } | null> {
  await page.evaluate(
    ({ input, query }) => {
      const box = document.querySelector<HTMLInputElement>(input)!;
      const state = { t0: 0, t1: 0, results: 0 };
      (window as unknown as { __bench: typeof state }).__bench = state;
      const check = () => {
        if (state.t1 || box.value.trim() !== query) return;
        const hits = document.querySelectorAll('[role="listbox"] .site-search-hit');
        if (hits.length > 0) {
          state.t1 = performance.now();
          state.results = hits.length;
          observer.disconnect();
        }
      };
      const observer = new MutationObserver(check);
      observer.observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
      box.addEventListener('keydown', () => (state.t0 ||= performance.now()), {
        capture: true,
        once: true,
      });
    },
    { input, query },
  );
  await page.focus(input);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(query);
  try {
    await page.waitForFunction(
      () => (window as unknown as { __bench: { t1: number } }).__bench.t1 > 0,
      null,
      {
        timeout: timeoutMs,
        polling: 50,
      },
    );
  } catch {
    return null;
  }
  const state = await page.evaluate(
    () => (window as unknown as { __bench: { t0: number; t1: number; results: number } }).__bench,
  );
  return { ms: state.t1 - state.t0, results: state.results };
}

/** The fallback: Pagefind's JS API in the page, the data of the first six results (as the box shows). */
async function queryApi(page: Page, query: string): Promise<{ ms: number; results: number }> {
  return page.evaluate(async (query) => {
    const started = performance.now();
    const w = window as unknown as {
      __pagefind?: Promise<{
        search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }>;
      }>;
    };
    // A path in the served site, not a module of this repository.
    const bundle: string = '/pagefind/pagefind.js';
    w.__pagefind ??= import(/* @vite-ignore */ bundle);
    const pagefind = await w.__pagefind;
    const { results } = await pagefind.search(query);
    await Promise.all(results.slice(0, 6).map((r) => r.data()));
    return { ms: performance.now() - started, results: results.length };
  }, query);
}

/** Runs `fn` on `pageUrl` in a fresh browser context (empty cache), once the page is idle. */
async function onFreshPage<T>(
  browser: Browser,
  pageUrl: string,
  fn: (page: Page) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(pageUrl, { waitUntil: 'networkidle' });
    return await fn(page);
  } finally {
    await context.close();
  }
}

function oneRun(
  browser: Browser,
  pageUrl: string,
  first: string,
  second: string,
  api: boolean,
): Promise<RunMeasure> {
  return onFreshPage(browser, pageUrl, async (page) => {
    const record = recorder(page);
    let method: RunMeasure['method'] = api ? 'pagefind-api' : 'search-box';
    const measure = async (query: string): Promise<QueryMeasure> => {
      record.start();
      let got =
        method === 'search-box' && (await page.locator(input).count()) > 0
          ? await typeInBox(page, query, 20_000)
          : null;
      if (!got) {
        if (method === 'search-box') {
          // The box gave nothing: measure this run with the API instead, on a fresh page.
          throw new BoxUnusable(query);
        }
        got = await queryApi(page, query);
      }
      const fetched = await record.stop();
      return { query, ...got, ...fetched };
    };
    try {
      return { method, first: await measure(first), second: await measure(second) };
    } catch (error) {
      if (!(error instanceof BoxUnusable)) throw error;
      method = 'pagefind-api';
      await page.goto(pageUrl, { waitUntil: 'networkidle' });
      return { method, first: await measure(first), second: await measure(second) };
    }
  });
}

/** The query alone through Pagefind's API, on a fresh page: what Pagefind itself needs for it. */
function plainPagefind(browser: Browser, pageUrl: string, query: string): Promise<QueryMeasure> {
  return onFreshPage(browser, pageUrl, async (page) => {
    const record = recorder(page);
    record.start();
    const got = await queryApi(page, query);
    return { query, ...got, ...(await record.stop()) };
  });
}

class BoxUnusable extends Error {
  constructor(query: string) {
    super(`the search box showed no results for "${query}"`);
  }
}

/**
 * `runs` cold runs on `pagePath` of the site served at `siteUrl`; run i types queries[i] and
 * then queries[i + 1] (cycling), so every size is measured with the same queries.
 */
export async function measureSearch(
  siteUrl: string,
  pagePath: string,
  queries: readonly string[],
  runs: number,
): Promise<BrowserResult> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  try {
    const results: RunMeasure[] = [];
    const plain: QueryMeasure[] = [];
    let api = false;
    for (let i = 0; i < runs; i++) {
      const run = await oneRun(
        browser,
        `${siteUrl}${pagePath}`,
        queries[i % queries.length],
        queries[(i + 1) % queries.length],
        api,
      );
      api = run.method === 'pagefind-api';
      results.push(run);
      plain.push(await plainPagefind(browser, `${siteUrl}${pagePath}`, run.first.query));
    }
    const method = results.some((r) => r.method === 'pagefind-api') ? 'pagefind-api' : 'search-box';
    const used = results.filter((r) => r.method === method);
    return {
      method,
      page: pagePath,
      runs: results,
      plain,
      median: {
        coldMs: median(used.map((r) => r.first.ms)),
        warmMs: median(used.map((r) => r.second.ms)),
        firstQueryBytes: median(used.map((r) => r.first.bytes)),
        secondQueryBytes: median(used.map((r) => r.second.bytes)),
        plainFirstQueryBytes: median(plain.map((q) => q.bytes)),
      },
    };
  } finally {
    await browser.close();
  }
}

/** What a file of the first query is, by its path. */
export function fileKind(path: string): string {
  if (path.includes('/_astro/')) return 'search box JS';
  if (path.endsWith('/pagefind.js')) return 'pagefind.js';
  if (path.endsWith('/pagefind-worker.js')) return 'worker';
  if (path.includes('/wasm.')) return 'WebAssembly';
  if (path.endsWith('.pf_meta')) return 'metadata';
  if (path.endsWith('/vocabulary.json')) return 'vocabulary';
  if (path.endsWith('/asked.json') || path.includes('/asked/')) return 'how pages are asked for';
  if (path.includes('/index/')) return 'index chunks';
  if (path.includes('/fragment/')) return 'fragments';
  if (path.includes('/filter/')) return 'filters';
  return 'other';
}

/** Bytes by kind of file, summed within each query, then the median query per kind. */
export function bytesByKind(measures: readonly QueryMeasure[]): Record<string, number> {
  const perQuery = measures.map((measure) => {
    const sums: Record<string, number> = {};
    for (const file of measure.files) {
      const kind = fileKind(file.path);
      sums[kind] = (sums[kind] ?? 0) + file.bytes;
    }
    return sums;
  });
  const kinds = [...new Set(perQuery.flatMap((sums) => Object.keys(sums)))];
  return Object.fromEntries(
    kinds.map((kind) => [kind, median(perQuery.map((sums) => sums[kind] ?? 0))]),
  );
}

/** The first query's bytes by kind of file, the median over the runs of the method used. */
export function firstQueryByKind(result: BrowserResult): Record<string, number> {
  return bytesByKind(result.runs.filter((r) => r.method === result.method).map((r) => r.first));
}
