import { mkdir, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import type { IndexFile, PagefindIndex, PagefindServiceConfig } from 'pagefind';
import {
  askedFile,
  askedFiles,
  askedShardFile,
  buildAsked,
  offTopicClass,
  type AskedModel,
  type AskedText,
} from '../search/asked.ts';
import { englishFor } from '../search/english-words.ts';
import { bundlePath } from '../search/pagefind-api.ts';
import {
  buildVocabulary,
  englishFile,
  fragmentTexts,
  vocabularyFile,
  type Vocabulary,
} from '../search/vocabulary.ts';
import { labelledQueries, tuningFolder } from './labelled-queries.ts';

/**
 * Site search with Pagefind.
 *
 * - `astro build`: indexes the built pages into `<outDir>/pagefind/` (served at
 *   `<base>pagefind/`) and writes the typo vocabulary next to it. Any Pagefind error, or an
 *   index with no page, fails the build. Pagefind's service is closed on every path.
 * - `astro dev`: builds the same index in memory (`getFiles()`) from the pages the dev server
 *   renders, on the first request for `<base>pagefind/…` and again after a file changes.
 *
 * What is indexed is decided by the pages (see src/components/SearchMeta.astro).
 */
export function pagefindSearch(): AstroIntegration {
  let base = '/';
  let root = new URL('file:///');
  let dev: DevIndex | undefined;
  return {
    name: 'pagefind-search',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        root = config.root;
      },
      'astro:server:setup': ({ server, logger }) => {
        dev = new DevIndex(base, logger, root);
        // A change to the site's sources makes the index stale; build output and tools' files do not.
        const stale = (file: string) => {
          if (!/[\\/](node_modules|\.astro|dist[^\\/]*|bench|test-results)[\\/]/.test(file))
            dev?.invalidate();
        };
        server.watcher.on('change', stale);
        server.watcher.on('add', stale);
        server.watcher.on('unlink', stale);
        server.middlewares.use((req, res, next) => {
          void dev!.serve(req, res).then((served) => served || next(), next);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const summary = await withIndex(async (index) => {
          const added = await index.addDirectory({ path: site });
          failOn('indexing the built pages', added.errors);
          const { files, errors } = await index.getFiles();
          failOn('building the index', errors);
          const checked = await checkIndex(files, await labelledQueries(root));
          // Written from getFiles(): writeFiles() would build the whole index a second time.
          await writeIndex(join(site, 'pagefind'), [
            ...files.filter((file) => !unusedBundleFiles.includes(file.path)),
            ...wordFiles(checked),
          ]);
          return checked;
        });
        for (const url of summary.untyped) {
          logger.warn(`${url} is indexed without <SearchMeta>: it has no type filter or aliases`);
        }
        for (const url of summary.strays) {
          logger.warn(
            `${tuningFolder} expects ${url}, which no page has: its queries are left out`,
          );
        }
        logger.info(
          `indexed ${summary.pages} pages (${summary.vocabulary.words.length} words for "Did you mean") in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}

async function writeIndex(dir: string, files: readonly IndexFile[]): Promise<void> {
  const folders = new Set(files.map((file) => dirname(join(dir, file.path))));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  await Promise.all(files.map((file) => writeFile(join(dir, file.path), file.content)));
}

/**
 * Pagefind's own UIs, which the site does not use (its search box is a Preact island over
 * pagefind.js): left out of the output. pagefind.js, its worker and the index stay.
 */
export const unusedBundleFiles = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** Pagefind's indexing settings, the same for the build and for dev. */
export const indexConfig: PagefindServiceConfig = {
  // The "#" link beside each answer heading only repeats the heading.
  excludeSelectors: ['.anchor-link'],
};

/** Runs `fn` with a fresh index and always closes Pagefind's service afterwards. */
async function withIndex<T>(fn: (index: PagefindIndex) => Promise<T>): Promise<T> {
  try {
    const { index, errors } = await pagefind.createIndex(indexConfig);
    failOn('starting Pagefind', errors);
    if (!index) throw new Error('Pagefind search: Pagefind did not create an index');
    return await fn(index);
  } finally {
    await pagefind.close();
  }
}

function failOn(step: string, errors: readonly string[]): void {
  if (errors.length > 0) {
    throw new Error(`Pagefind search: ${step} failed:\n${errors.join('\n')}`);
  }
}

interface DecodedFragment {
  url?: string;
  content?: string;
  meta?: Record<string, string>;
  filters?: Record<string, string[]>;
}

/** A Pagefind data file (gzip, then the `pagefind_dcd` signature) as text. */
export function decodePagefindFile(content: Uint8Array): string {
  const text = gunzipSync(content).toString('utf8');
  return text.startsWith('pagefind_dcd') ? text.slice('pagefind_dcd'.length) : text;
}

/**
 * Checks the finished index and derives the typo vocabulary from exactly what it holds, the
 * English words that correction must leave alone (src/search/english-words.ts), and how each
 * page is asked for (src/search/asked.ts) from the `labelled` queries. Throws when no page
 * was indexed; lists indexed pages that lack SearchMeta's type filter, and labelled pages the
 * index does not hold (their queries are left out).
 */
export async function checkIndex(
  files: readonly IndexFile[],
  labelled: readonly AskedText[] = [],
): Promise<{
  pages: number;
  untyped: string[];
  strays: string[];
  vocabulary: Vocabulary;
  english: Vocabulary;
  asked: AskedModel;
}> {
  const fragments = files
    .filter((file) => file.path.endsWith('.pf_fragment'))
    .map((file) => JSON.parse(decodePagefindFile(file.content)) as DecodedFragment);
  if (fragments.length === 0) {
    throw new Error(
      'Pagefind search: no page was indexed. Pages mark their content with data-pagefind-body (see src/components/SearchMeta.astro).',
    );
  }
  const vocabulary = buildVocabulary(fragments.flatMap(fragmentTexts));
  const urls = new Set([...fragments.map((f) => f.url ?? '?'), offTopicClass]);
  const known = labelled.map((t) => ({ ...t, pages: t.pages.filter((p) => urls.has(p)) }));
  return {
    pages: fragments.length,
    untyped: fragments.filter((f) => !f.filters?.type?.length).map((f) => f.url ?? '?'),
    strays: [...new Set(labelled.flatMap((t) => t.pages).filter((p) => !urls.has(p)))],
    vocabulary,
    english: await englishFor(vocabulary),
    asked: buildAsked(known),
  };
}

/** The files written next to the index (src/search/vocabulary.ts, src/search/asked.ts). */
function wordFiles(summary: {
  vocabulary: Vocabulary;
  english: Vocabulary;
  asked: AskedModel;
}): IndexFile[] {
  const json = (path: string, value: unknown) => ({
    path,
    content: Buffer.from(JSON.stringify(value)),
  });
  const asked = askedFiles(summary.asked);
  return [
    json(vocabularyFile, summary.vocabulary),
    json(englishFile, summary.english),
    json(askedFile, asked.header),
    ...asked.shards.map((rows, n) => json(askedShardFile(n), rows)),
  ];
}

const contentTypes: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/**
 * The dev server's index: built in memory from the pages the dev server itself renders
 * (found by following links from the home page), rebuilt on the next request after a change.
 */
export class DevIndex {
  private files: Promise<Map<string, Uint8Array>> | undefined;
  private previous = new Map<string, Uint8Array>();

  constructor(
    private readonly base: string,
    private readonly logger: AstroIntegrationLogger,
    private readonly root: URL,
  ) {}

  invalidate(): void {
    this.files = undefined;
  }

  /** Answers a request for the bundle; false when the request is for something else. */
  async serve(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const prefix = bundlePath(this.base);
    const path = new URL(req.url ?? '/', 'http://dev').pathname;
    if (!path.startsWith(prefix)) return false;
    const origin = `http://${req.headers.host ?? 'localhost'}`;
    this.files ??= this.build(origin).catch((error: unknown) => {
      this.files = undefined;
      throw error;
    });
    const file = (await this.files).get(decodeURIComponent(path.slice(prefix.length)));
    if (!file) {
      res.statusCode = 404;
      res.end();
      return true;
    }
    res.setHeader(
      'Content-Type',
      contentTypes[path.split('.').pop() ?? ''] ?? 'application/octet-stream',
    );
    res.setHeader('Cache-Control', 'no-store');
    res.end(file);
    return true;
  }

  private async build(origin: string): Promise<Map<string, Uint8Array>> {
    const started = performance.now();
    const pages = await crawl(origin, this.base);
    const built = await withIndex(async (index) => {
      for (const [path, html] of pages) {
        // Result URLs are relative to the base, as in the build (pagefind.js adds the base).
        const added = await index.addHTMLFile({
          url: `/${path.slice(this.base.length)}`,
          content: html,
        });
        failOn(`indexing ${path}`, added.errors);
      }
      const { files, errors } = await index.getFiles();
      failOn('building the index', errors);
      return { files, summary: await checkIndex(files, await labelledQueries(this.root)) };
    });
    // Keep the files of the last index too: a page that loaded it can go on fetching from it.
    const map = new Map(this.previous);
    for (const file of built.files) map.set(file.path, file.content);
    for (const file of wordFiles(built.summary)) map.set(file.path, file.content);
    this.previous = map;
    this.logger.info(
      `dev index: ${built.summary.pages} of ${pages.size} pages in ${Math.round(performance.now() - started)} ms`,
    );
    return map;
  }
}

/** Every HTML page reachable by links from the base, as path → HTML. */
export async function crawl(
  origin: string,
  base: string,
  limit = 2000,
): Promise<Map<string, string>> {
  const pages = new Map<string, string>();
  const queue = [base];
  const seen = new Set(queue);
  const skip = bundlePath(base);
  while (queue.length > 0 && pages.size < limit) {
    const path = queue.shift()!;
    const response = await fetch(origin + path, { headers: { accept: 'text/html' } });
    if (!response.ok || !response.headers.get('content-type')?.includes('text/html')) continue;
    const html = await response.text();
    pages.set(path, html);
    for (const [, href] of html.matchAll(/<a\b[^>]*\shref="([^"#]+)/g)) {
      const url = new URL(href.replace(/&amp;/g, '&'), origin + path);
      if (url.origin !== origin || !url.pathname.startsWith(base) || url.pathname.startsWith(skip))
        continue;
      if (/\.[a-z0-9]+$/i.test(url.pathname) && !url.pathname.endsWith('.html')) continue;
      if (!seen.has(url.pathname)) {
        seen.add(url.pathname);
        queue.push(url.pathname);
      }
    }
  }
  return pages;
}
