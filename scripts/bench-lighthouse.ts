/**
 * Lighthouse (the npm package) over a built site, driving the system Chromium: every page
 * kind on the mobile and desktop presets, the median of `runs` runs per page and preset.
 *
 *   npm run bench -- --lighthouse-only     just this, on the real content
 *
 * Chromium is started here (CHROME_PATH, else the browser tests' Chromium) with
 * --headless --no-sandbox --disable-gpu and a throwaway profile; Lighthouse resets storage and
 * cache before every run. The site is served by serveSite(), gzip like a static host, with
 * 404.html and a 404 status for an unknown address.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse, { desktopConfig } from 'lighthouse';
import { parse } from 'yaml';
import { chromiumPath } from '../test/e2e/chromium.ts';
import { median, serveSite } from './bench-browser.ts';
import { runBuild } from './bench-build.ts';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof categories)[number];
export const presets = ['mobile', 'desktop'] as const;
type Preset = (typeof presets)[number];

export interface LighthousePage {
  /** What the page is, for the table. */
  name: string;
  /** Path and query below the site's root. */
  path: string;
}

export interface LighthouseRow {
  page: string;
  path: string;
  preset: Preset;
  /** Median score per category, 0–100. */
  scores: Record<Category, number>;
  /** Median cumulative layout shift, total blocking time, first and largest contentful paint (ms). */
  cls: number;
  tbtMs: number;
  fcpMs: number;
  lcpMs: number;
  /** Audits that scored below 1 in any run of any category, with their title. */
  failing: Record<string, string>;
  /** Runs repeated because the machine was too busy (see `busy`). */
  repeated: number;
  runs: {
    /** Lighthouse's measure of the host's CPU speed at the start of the run (higher is faster). */
    benchmarkIndex: number;
    scores: Record<Category, number>;
    cls: number;
    tbtMs: number;
    fcpMs: number;
    lcpMs: number;
  }[];
}

/** The installed Lighthouse's version, for the table's heading. */
export const lighthouseVersion = (): string =>
  (
    JSON.parse(
      readFileSync(new URL('../node_modules/lighthouse/package.json', import.meta.url), 'utf8'),
    ) as { version: string }
  ).version;

/** Starts Chromium with a DevTools port; resolves with the port and a stop function. */
async function startChromium(): Promise<{ port: number; stop: () => Promise<void> }> {
  const profile = await mkdtemp(join(tmpdir(), 'bench-lighthouse-'));
  const child: ChildProcess = spawn(
    process.env.CHROME_PATH ?? chromiumPath(),
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await new Promise<number>((done, fail) => {
    let log = '';
    const timer = setTimeout(() => fail(new Error(`Chromium did not start:\n${log}`)), 30_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      const found = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(log);
      if (found) {
        clearTimeout(timer);
        done(Number(found[1]));
      }
    });
    child.on('exit', (code) => fail(new Error(`Chromium exited (${code}):\n${log}`)));
  });
  return {
    port,
    stop: async () => {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill();
      await exited;
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * On a machine shared with other work, a run that starts while the CPU is starved measures the
 * neighbours, not the page (Lighthouse multiplies the main thread's time by 4 on mobile). Such a
 * run, told by Lighthouse's own CPU benchmark alone (never by the page's score), is repeated.
 */
export const busy = (benchmarkIndex: number, fastest: number): boolean =>
  benchmarkIndex < 0.6 * fastest;
const maxRepeats = 6;

async function runOnce(url: string, port: number, preset: Preset) {
  const result = await lighthouse(
    url,
    { port, output: 'json', logLevel: 'error', onlyCategories: [...categories] },
    preset === 'desktop' ? desktopConfig : undefined,
  );
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(
    categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
  ) as Record<Category, number>;
  const failing: Record<string, string> = {};
  for (const c of categories) {
    for (const ref of lhr.categories[c]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
        failing[ref.id] = audit.title;
    }
  }
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    benchmarkIndex: lhr.environment.benchmarkIndex,
    scores,
    cls: numeric('cumulative-layout-shift'),
    tbtMs: numeric('total-blocking-time'),
    fcpMs: numeric('first-contentful-paint'),
    lcpMs: numeric('largest-contentful-paint'),
    failing,
  };
}

/** Lighthouse on every page of the site built in `dist`, both presets, `runs` runs each. */
export async function measureLighthouse(
  dist: string,
  pages: readonly LighthousePage[],
  runs: number,
  say: (text: string) => void = () => undefined,
): Promise<LighthouseRow[]> {
  const { server, url } = await serveSite(dist);
  const rows: LighthouseRow[] = [];
  let fastest = 0;
  try {
    for (const preset of presets) {
      const chromium = await startChromium();
      try {
        for (const page of pages) {
          const measured: Awaited<ReturnType<typeof runOnce>>[] = [];
          let repeated = 0;
          while (measured.length < runs) {
            const run = await runOnce(`${url}${page.path}`, chromium.port, preset);
            fastest = Math.max(fastest, run.benchmarkIndex);
            if (busy(run.benchmarkIndex, fastest) && repeated < maxRepeats) repeated += 1;
            else measured.push(run);
          }
          const row: LighthouseRow = {
            page: page.name,
            path: page.path,
            preset,
            scores: Object.fromEntries(
              categories.map((c) => [c, median(measured.map((m) => m.scores[c]))]),
            ) as Record<Category, number>,
            cls: median(measured.map((m) => m.cls)),
            tbtMs: median(measured.map((m) => m.tbtMs)),
            fcpMs: median(measured.map((m) => m.fcpMs)),
            lcpMs: median(measured.map((m) => m.lcpMs)),
            failing: Object.assign({}, ...measured.map((m) => m.failing)) as Record<string, string>,
            repeated,
            runs: measured.map(({ failing: _, ...m }) => m),
          };
          rows.push(row);
          say(`${preset} ${page.name}: ${categories.map((c) => row.scores[c]).join('/')}`);
        }
      } finally {
        await chromium.stop();
      }
    }
  } finally {
    server.close();
  }
  return rows;
}

/** The table `npm run bench` prints and the README shows. */
export function lighthouseTable(rows: readonly LighthouseRow[]): string {
  const head = [
    'Page',
    'Preset',
    'Performance',
    'Accessibility',
    'Best practices',
    'SEO',
    'CLS',
    'TBT ms',
    'LCP ms',
  ];
  const body = rows.map((r) => [
    `${r.page} (\`${r.path}\`)`,
    r.preset,
    ...categories.map((c) => String(r.scores[c])),
    r.cls.toFixed(3),
    String(Math.round(r.tbtMs)),
    String(Math.round(r.lcpMs)),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  return [
    line(head),
    `|${widths.map((w, i) => (i < 2 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
    ...body.map(line),
  ].join('\n');
}

/**
 * One line per row that is not 100 everywhere, naming the audits that cost points; then how
 * many runs were repeated on a starved CPU, and the CPU benchmark of the runs kept.
 */
export function lighthouseNotes(rows: readonly LighthouseRow[]): string[] {
  const lines = rows
    .filter((r) => categories.some((c) => r.scores[c] < 100) || r.cls > 0)
    .map(
      (r) =>
        `${r.preset} ${r.page}: ${Object.entries(r.failing)
          .map(([id, title]) => `${id} (${title})`)
          .join('; ')}`,
    );
  const kept = rows.flatMap((r) => r.runs.map((run) => run.benchmarkIndex));
  lines.push(
    `Runs repeated because the machine was busy (Lighthouse's CPU benchmark under 0.6 of the fastest seen): ` +
      `${rows.reduce((sum, r) => sum + r.repeated, 0)} of ${kept.length}; ` +
      `CPU benchmark of the runs kept ${Math.round(Math.min(...kept))}–${Math.round(Math.max(...kept))}.`,
  );
  return lines;
}

/**
 * The pages Lighthouse measures on a site built from `contentDir` into `dist`: one of each
 * kind (the first question and wizard by name, the wizard's first step).
 */
export async function lighthousePages(contentDir: string, dist: string): Promise<LighthousePage[]> {
  const firstDir = async (dir: string) =>
    (await readdir(dir, { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort()[0];
  const question = await firstDir(join(dist, 'faq'));
  const wizard = await firstDir(join(dist, 'wizards'));
  const definition = parse(
    await readFile(join(contentDir, 'wizards', `${wizard}.yaml`), 'utf8'),
  ) as { steps: { id: string }[] };
  return [
    { name: 'Home', path: '/' },
    { name: 'Question', path: `/faq/${question}/` },
    { name: 'FAQ list', path: '/faq/' },
    { name: 'Wizard', path: `/wizards/${wizard}/` },
    { name: 'Wizard step', path: `/wizards/${wizard}/?step=${definition.steps[0].id}` },
    { name: 'Search with results', path: '/search/?q=appeal' },
    // Lighthouse will not audit a page served with a 404 status: the page itself, as a file.
    { name: '404', path: '/404.html' },
  ];
}

/** The real site's build, timed like the scale benchmark's builds. */
export interface SiteBuild {
  seconds: number;
  cpuSeconds: number | null;
  maxRssBytes: number | null;
  pages: number;
}

/** Bytes (gzip level 9, as the budgets count) of a reading page and the stylesheet it loads. */
export interface PageBytes {
  path: string;
  html: number;
  /** The stylesheet files it links (0 when the CSS is inline). */
  stylesheets: number;
}

async function pageBytes(dist: string, path: string): Promise<PageBytes> {
  const html = await readFile(join(dist, path, 'index.html'));
  let stylesheets = 0;
  for (const [, href] of html.toString().matchAll(/<link rel="stylesheet" href="([^"]+)"/g))
    stylesheets += gzipSync(await readFile(join(dist, href)), { level: 9 }).length;
  return { path, html: gzipSync(html, { level: 9 }).length, stylesheets };
}

/** One way of shipping the CSS, measured: bytes and Lighthouse of the reading pages. */
export interface CssVariant {
  name: string;
  bytes: PageBytes[];
  rows: LighthouseRow[];
}

/**
 * Builds the real site (its own content/) in the benchmark's copy and runs Lighthouse on it;
 * then builds it again with the whole stylesheet inline (INLINE_STYLESHEETS=always) and
 * measures the reading pages of both, to show what a render-blocking stylesheet costs.
 */
export async function lighthouseOfSite(
  root: string,
  site: string,
  tmp: string,
  runs: number,
  say: (text: string) => void,
): Promise<{ build: SiteBuild; rows: LighthouseRow[]; css: CssVariant[] }> {
  const contentDir = join(root, 'content');
  const dist = join(tmp, 'dist-site');
  say('astro build of the real content…');
  const built = await runBuild(site, contentDir, dist, join(tmp, 'build-site.log'));
  const build: SiteBuild = {
    seconds: built.seconds,
    cpuSeconds: built.cpuSeconds === null ? null : built.cpuSeconds + (built.childCpuSeconds ?? 0),
    maxRssBytes: built.maxRssBytes,
    pages: Number(/(\d+) page\(s\) built/.exec(built.log)?.[1] ?? NaN),
  };
  say(`Lighthouse, ${runs} runs per page and preset…`);
  const pages = await lighthousePages(contentDir, dist);
  const rows = await measureLighthouse(dist, pages, runs, say);

  const reading = pages.filter((p) => p.name === 'Question' || p.name === 'FAQ list');
  const inlineDist = join(tmp, 'dist-site-inline-css');
  say('astro build with the stylesheet inline…');
  await runBuild(site, contentDir, inlineDist, join(tmp, 'build-site-inline-css.log'), [], {
    INLINE_STYLESHEETS: 'always',
  });
  const css: CssVariant[] = [
    {
      name: 'stylesheet file',
      bytes: await Promise.all(reading.map((p) => pageBytes(dist, p.path))),
      rows: rows.filter((r) => reading.some((p) => p.path === r.path)),
    },
    {
      name: 'inline',
      bytes: await Promise.all(reading.map((p) => pageBytes(inlineDist, p.path))),
      rows: await measureLighthouse(inlineDist, reading, runs, (text) =>
        say(`inline CSS: ${text}`),
      ),
    },
  ];
  return { build, rows, css };
}

/** The stylesheet comparison as a table: bytes, then Lighthouse per preset. */
export function cssTable(variants: readonly CssVariant[]): string {
  const lines = [
    '| CSS | Page | HTML KB | Stylesheet KB | Preset | Performance | FCP ms | LCP ms |',
    '|-----|------|--------:|--------------:|--------|------------:|-------:|-------:|',
  ];
  for (const variant of variants) {
    for (const row of variant.rows) {
      const bytes = variant.bytes.find((b) => b.path === row.path)!;
      lines.push(
        `| ${variant.name} | \`${row.path}\` | ${(bytes.html / 1024).toFixed(2)} | ${(bytes.stylesheets / 1024).toFixed(2)} | ${row.preset} | ${row.scores.performance} | ${Math.round(row.fcpMs)} | ${Math.round(row.lcpMs)} |`,
      );
    }
  }
  return lines.join('\n');
}
