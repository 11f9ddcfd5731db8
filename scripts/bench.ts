/**
 * The scale benchmark: how the help center's build and search cost grow with the content.
 *
 *   npm run bench                        Lighthouse on the real site, then 100, 1,000 and 10,000 questions
 *   npm run bench -- --sizes 100,1000    quicker
 *   options: --seed <n> (default 1)  --runs <n> browser runs per size (default 5)
 *            --profile  also write a CPU profile of each build (bench/tmp/profile-<n>/)
 *            --lighthouse-runs <n> (default 3)  --lighthouse-only  --no-lighthouse
 *
 * Lighthouse first (scripts/bench-lighthouse.ts): the real content built in the copy, every
 * page kind on the mobile and desktop presets, the median of the runs.
 *
 * For each size: generates content (scripts/generate-content.ts) into bench/tmp/content-<n>/,
 * builds it with `astro build` in a private copy of the project (scripts/bench-build.ts) into
 * bench/tmp/dist-<n>/, then serves that build and drives the real search box in Chromium
 * (scripts/bench-browser.ts). Prints one table and writes bench/results.json. The real
 * content/ and dist/ are never touched.
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { measureSearch, serveSite, type BrowserResult } from './bench-browser.ts';
import { folderSize, prepareSite, runBuild } from './bench-build.ts';
import {
  cssTable,
  lighthouseNotes,
  lighthouseOfSite,
  lighthouseTable,
  lighthouseVersion,
  type CssVariant,
  type LighthouseRow,
  type SiteBuild,
} from './bench-lighthouse.ts';
import { printSummary, summarizeFolder, type ProfileSummary } from './bench-profile.ts';
import { mb, notes, table, type PageWeight, type SizeResult } from './bench-report.ts';
import { generateContent } from './generate-content.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const tmp = join(root, 'bench', 'tmp');

/** Queries every size is searched with: words of the generated (and the real) FAQ. */
const queries = [
  'developer profile',
  'auth token',
  'revoke access',
  'support case',
  'restricted role',
];

function parseArgs(argv: string[]) {
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i === -1 ? undefined : argv[i + 1];
  };
  const lighthouseOnly = argv.includes('--lighthouse-only');
  const sizes = (lighthouseOnly ? '' : (value('--sizes') ?? '100,1000,10000'))
    .split(',')
    .filter(Boolean)
    .map((s) => Number(s.replace(/_/g, '').trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error(`--sizes takes whole numbers, for example --sizes 100,1000`);
  return {
    sizes,
    seed: Number(value('--seed') ?? '1'),
    runs: Number(value('--runs') ?? '5'),
    profile: argv.includes('--profile'),
    lighthouseRuns: argv.includes('--no-lighthouse')
      ? 0
      : Number(value('--lighthouse-runs') ?? '3'),
  };
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

async function weigh(dist: string, path: string): Promise<PageWeight> {
  const body = await readFile(join(dist, path, 'index.html'));
  return { path: `/${path}`, bytes: body.length, gzip: gzipSync(body, { level: 6 }).length };
}

/** The heaviest HTML page of the whole build (gzip): what a list that grows with the site shows. */
async function largestPage(dist: string): Promise<PageWeight> {
  let largest: PageWeight = { path: '-', bytes: 0, gzip: 0 };
  for (const entry of await readdir(dist, { recursive: true, withFileTypes: true })) {
    if (entry.name !== 'index.html') continue;
    const path = relative(dist, entry.parentPath);
    const weight = await weigh(dist, path ? `${path}/` : '');
    if (weight.gzip > largest.gzip) largest = weight;
  }
  return largest;
}

async function pageWeights(dist: string, questionPath: string): Promise<SizeResult['pagesWeight']> {
  const wizards = await Promise.all(
    (await readdir(join(dist, 'wizards'), { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => weigh(dist, `wizards/${e.name}/`)),
  );
  return {
    largestPage: await largestPage(dist),
    questionPage: await weigh(dist, questionPath),
    home: await weigh(dist, ''),
    faqList: await weigh(dist, 'faq/'),
    search: await weigh(dist, 'search/'),
    largestWizard: wizards.sort((a, b) => b.bytes - a.bytes)[0] ?? { path: '-', bytes: 0, gzip: 0 },
  };
}

/**
 * When the build log has no indexing figure: index the built pages again with Pagefind's
 * Node API and the integration's own settings (bundled by esbuild: Node cannot strip its
 * TypeScript), timing the same steps.
 */
async function indexSeparately(dist: string): Promise<number> {
  const { build } = await import('esbuild');
  const config = join(tmp, 'pagefind-config.mjs');
  await build({
    entryPoints: [join(root, 'src/integrations/pagefind.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile: config,
    logLevel: 'error',
  });
  const { indexConfig } = (await import(pathToFileURL(config).href)) as { indexConfig: object };
  const pagefind = await import('pagefind');
  const started = performance.now();
  try {
    const { index } = await pagefind.createIndex(indexConfig);
    await index!.addDirectory({ path: dist });
    await index!.writeFiles({ outputPath: join(tmp, 'pagefind-remeasure') });
  } finally {
    await pagefind.close();
  }
  return (performance.now() - started) / 1000;
}

async function measureSize(
  site: string,
  size: number,
  options: ReturnType<typeof parseArgs>,
): Promise<SizeResult> {
  const contentDir = join(tmp, `content-${size}`);
  const dist = join(tmp, `dist-${size}`);
  const say = (text: string) => console.log(`[${size}] ${text}`);

  const generated = performance.now();
  const content = await generateContent(contentDir, { count: size, seed: options.seed });
  const generateSeconds = (performance.now() - generated) / 1000;
  for (const s of content.skippedWizards) say(`wizard left out (fails its checks): ${s.file}`);
  const contentBytes = [...content.questions, ...content.wizards].reduce(
    (sum, f) => sum + Buffer.byteLength(f.text),
    0,
  );
  say(
    `generated ${size} questions and ${content.wizards.length} wizards (${mb(contentBytes)} MB) in ${generateSeconds.toFixed(1)} s`,
  );

  const beforeBuild = loadavg().map((l) => round(l, 2));
  say(`astro build… (load average ${beforeBuild.join(' ')})`);
  const profileDir = join(tmp, `profile-${size}`);
  if (options.profile) {
    await rm(profileDir, { recursive: true, force: true });
    await mkdir(profileDir, { recursive: true });
  }
  const build = await runBuild(
    site,
    contentDir,
    dist,
    join(tmp, `build-${size}.log`),
    options.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
  );
  const pages = Number(/(\d+) page\(s\) built/.exec(build.log)?.[1] ?? NaN);
  say(
    `built ${pages} pages in ${build.seconds.toFixed(1)} s (CPU: astro ${build.cpuSeconds?.toFixed(0) ?? '?'} s, Pagefind's indexer ${build.childCpuSeconds?.toFixed(0) ?? '?'} s)`,
  );
  let profile: ProfileSummary | null = null;
  if (options.profile) {
    profile = await summarizeFolder(profileDir, 25);
    if (profile) printSummary(profile);
  }

  let indexing: SizeResult['indexing'] = build.indexing
    ? { ...build.indexing, source: 'build log (src/integrations/pagefind.ts)' }
    : null;
  if (!indexing) {
    const seconds = await indexSeparately(dist);
    indexing = {
      seconds,
      pages: NaN,
      source: "Pagefind's Node API on the built site, measured separately",
    };
  }

  const [distSize, pagefindSize] = await Promise.all([
    // The .br and .gz copies are for servers, not bytes a browser downloads twice.
    folderSize(dist, /(?<!\.(?:br|gz))$/),
    folderSize(join(dist, 'pagefind')),
  ]);
  const questionPath = `faq/${content.questions[0].slug}/`;
  const weights = await pageWeights(dist, questionPath);

  const beforeBrowser = loadavg().map((l) => round(l, 2));
  say(`searching in Chromium, ${options.runs} runs…`);
  const { server, url } = await serveSite(dist);
  let search: BrowserResult;
  try {
    search = await measureSearch(url, `/${questionPath}`, queries, options.runs);
  } finally {
    server.close();
  }
  if (search.method !== 'search-box')
    say("the search box gave no results: measured with Pagefind's JS API instead");

  const cpuTotal =
    build.cpuSeconds === null ? null : build.cpuSeconds + (build.childCpuSeconds ?? 0);
  return {
    questions: size,
    wizards: content.wizards.length,
    pages,
    contentBytes,
    generateSeconds: round(generateSeconds, 2),
    build: {
      seconds: round(build.seconds, 2),
      pagesPerSecond: round(pages / build.seconds),
      maxRssBytes: build.maxRssBytes,
      cpuSeconds: cpuTotal === null ? null : round(cpuTotal),
      astroCpuSeconds: build.cpuSeconds,
      indexerCpuSeconds: build.childCpuSeconds,
      pagesPerCpuSecond: cpuTotal === null ? null : round(pages / cpuTotal),
      profile,
      phases: build.phases.map((p) => ({
        name: p.name,
        seconds: round(p.seconds, 2),
        cpuSeconds: p.cpuSeconds === null ? null : round(p.cpuSeconds, 2),
      })),
      log: relative(root, join(tmp, `build-${size}.log`)),
    },
    indexing: indexing && { ...indexing, seconds: round(indexing.seconds, 2) },
    dist: distSize,
    pagefind: pagefindSize,
    pagesWeight: weights,
    search,
    loadAverage: { beforeBuild, beforeBrowser },
  };
}

/** Which site was measured: the commit, and whether src/ or the config had uncommitted changes. */
function siteVersion(): { commit: string | null; uncommittedChanges: boolean | null } {
  try {
    const git = (args: string[]) =>
      execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
    return {
      commit: git(['rev-parse', 'HEAD']),
      uncommittedChanges:
        git(['status', '--porcelain', '--', 'src', 'astro.config.mjs', 'public']) !== '',
    };
  } catch {
    return { commit: null, uncommittedChanges: null };
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const options = parseArgs(process.argv.slice(2));
  await mkdir(tmp, { recursive: true });
  const machine = {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryBytes: totalmem(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    date: new Date().toISOString(),
    loadAverageAtStart: loadavg().map((l) => round(l, 2)),
  };
  const measured = siteVersion();
  console.log(
    `Scale benchmark: sizes ${options.sizes.join(', ')}, seed ${options.seed}, ${options.runs} browser runs; ${machine.cores} × ${machine.cpu}, ${mb(machine.memoryBytes)} MB, Node ${machine.node}`,
  );
  const site = join(tmp, 'site');
  await prepareSite(root, site);
  console.log(
    `copied the site to ${relative(root, site)}/ (builds run there, never in the real tree)`,
  );

  const results: SizeResult[] = [];
  let lighthouse: LighthouseRow[] = [];
  let siteBuild: SiteBuild | null = null;
  let css: CssVariant[] = [];
  const write = async (done: boolean) => {
    const output = {
      machine,
      site: measured,
      options: {
        seed: options.seed,
        runs: options.runs,
        queries,
        lighthouseRuns: options.lighthouseRuns,
      },
      totalSeconds: round((performance.now() - started) / 1000),
      complete: done,
      realSite: { build: siteBuild, lighthouse, css },
      sizes: results,
    };
    await writeFile(join(root, 'bench', 'results.json'), `${JSON.stringify(output, null, 2)}\n`);
  };
  if (options.lighthouseRuns > 0) {
    ({
      build: siteBuild,
      rows: lighthouse,
      css,
    } = await lighthouseOfSite(root, site, tmp, options.lighthouseRuns, (text) =>
      console.log(`[lighthouse] ${text}`),
    ));
    await write(false);
  }
  for (const size of options.sizes) {
    results.push(await measureSize(site, size, options));
    await write(false);
  }
  await write(true);
  if (lighthouse.length > 0) {
    console.log(`\nLighthouse ${lighthouseVersion()}, median of ${options.lighthouseRuns} runs:\n`);
    console.log(lighthouseTable(lighthouse));
    for (const line of lighthouseNotes(lighthouse)) console.log(line);
    console.log(
      `\nThe stylesheet as a file or inline, the same pages, median of ${options.lighthouseRuns} runs:\n`,
    );
    console.log(cssTable(css));
    if (siteBuild) {
      console.log(
        `The real site (${siteBuild.pages} pages) built in ${siteBuild.seconds.toFixed(1)} s wall, ${siteBuild.cpuSeconds?.toFixed(1) ?? '?'} CPU s, peak memory ${siteBuild.maxRssBytes ? mb(siteBuild.maxRssBytes) : '?'} MB.`,
      );
    }
  }
  if (results.length > 0) {
    console.log(`\n${table(results)}\n`);
    for (const line of notes(results)) console.log(line);
  }
  console.log(
    `\nWrote bench/results.json. The whole benchmark took ${((performance.now() - started) / 60000).toFixed(1)} min.`,
  );
}

await main();
