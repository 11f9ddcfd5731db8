/**
 * What `npm run bench` records per size, and how it prints it: the scale table and the notes
 * under it (scripts/bench.ts measures, this formats).
 */
import { cpus } from 'node:os';
import { bytesByKind, firstQueryByKind, type BrowserResult } from './bench-browser.ts';
import type { BuildPhase } from './bench-build.ts';
import type { ProfileSummary } from './bench-profile.ts';

export interface PageWeight {
  path: string;
  bytes: number;
  gzip: number;
}

export interface SizeResult {
  questions: number;
  wizards: number;
  /** Pages Astro wrote (questions, wizards, lists, home, search, 404). */
  pages: number;
  contentBytes: number;
  generateSeconds: number;
  build: {
    seconds: number;
    pagesPerSecond: number;
    maxRssBytes: number | null;
    /** CPU seconds of the build: the astro process (all its threads) plus Pagefind's indexer process. */
    cpuSeconds: number | null;
    astroCpuSeconds: number | null;
    indexerCpuSeconds: number | null;
    /** Pages written per CPU second: the rate on an idle machine with one core. */
    pagesPerCpuSecond: number | null;
    /** With --profile: where the main thread's time went. */
    profile: ProfileSummary | null;
    /** Where the build's time went: wall and CPU seconds per phase (Astro's log marks them). */
    phases: BuildPhase[];
    log: string;
  };
  indexing: { seconds: number; pages: number; source: string } | null;
  dist: { bytes: number; files: number };
  pagefind: { bytes: number; files: number };
  /** Single pages as served (HTML only), raw and gzip. */
  pagesWeight: Record<
    'questionPage' | 'home' | 'faqList' | 'search' | 'largestWizard' | 'largestPage',
    PageWeight
  >;
  search: BrowserResult;
  loadAverage: { beforeBuild: number[]; beforeBrowser: number[] };
}

export const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
const kb = (bytes: number) => (bytes / 1e3).toFixed(1);
const ms = (n: number) => String(Math.round(n));

export function table(results: SizeResult[]): string {
  const head = [
    'Questions',
    'Pages',
    'Build s',
    'Build CPU s',
    'Index s',
    'Pages/s',
    'dist MB',
    'Index MB',
    '1st query KB',
    '2nd query KB',
    'Cold ms',
    'Warm ms',
    'Question page KB',
    'Home KB',
    'Wizard page KB',
    'Largest page KB',
  ];
  const rows = results.map((r) => [
    r.questions.toLocaleString('en-US'),
    r.pages.toLocaleString('en-US'),
    r.build.seconds.toFixed(1),
    r.build.cpuSeconds === null ? '-' : r.build.cpuSeconds.toFixed(1),
    r.indexing ? r.indexing.seconds.toFixed(1) : '-',
    r.build.pagesPerSecond.toFixed(1),
    mb(r.dist.bytes),
    mb(r.pagefind.bytes),
    kb(r.search.median.firstQueryBytes),
    kb(r.search.median.secondQueryBytes),
    ms(r.search.median.coldMs),
    ms(r.search.median.warmMs),
    kb(r.pagesWeight.questionPage.gzip),
    kb(r.pagesWeight.home.gzip),
    kb(r.pagesWeight.largestWizard.gzip),
    kb(r.pagesWeight.largestPage.gzip),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  return [
    line(head),
    `|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

export function notes(results: SizeResult[]): string[] {
  const lines = [
    "Build s: wall clock of astro build; Build CPU s: CPU seconds of the build process (all threads) and Pagefind's indexer. Index s: the Pagefind step inside astro:build:done (wall). Pages/s: pages / Build s.",
    'Query KB: bytes on the wire (gzip as a static host sends it, headers included) from the first keydown until the network is idle, median of the runs.',
    'Cold: first query on a fresh page (hydrates the box, loads Pagefind); Warm: a second query on the same page; from the first keydown to the first result shown, median, including the 120 ms debounce.',
    'Page KB: the HTML alone, gzip. Largest page: the heaviest HTML page of the build.',
  ];
  for (const r of results) {
    const busy =
      r.build.cpuSeconds === null ? '?' : (r.build.cpuSeconds / r.build.seconds).toFixed(2);
    lines.push(
      `${r.questions.toLocaleString('en-US')} questions, where the build went (wall s / CPU s): ` +
        r.build.phases
          .map(
            (p) =>
              `${p.name} ${p.seconds.toFixed(1)} / ${p.cpuSeconds === null ? '?' : p.cpuSeconds.toFixed(1)}`,
          )
          .join('; ') +
        `; Pagefind's indexer process ${r.build.indexerCpuSeconds?.toFixed(1) ?? '?'} CPU s. ${busy} of ${cpus().length} cores busy on average ` +
        `(load average ${r.loadAverage.beforeBuild[0]} before it); peak memory ${r.build.maxRssBytes ? `${mb(r.build.maxRssBytes)} MB` : '?'}.`,
    );
    lines.push(
      `${r.questions.toLocaleString('en-US')} questions, the 1st query's KB by file (median of the runs): ` +
        Object.entries(firstQueryByKind(r.search))
          .map(([kind, bytes]) => `${kind} ${kb(bytes)}`)
          .join(', ') +
        `; the same queries through Pagefind's API alone ${kb(r.search.median.plainFirstQueryBytes ?? NaN)} KB (` +
        Object.entries(bytesByKind(r.search.plain ?? []))
          .map(([kind, bytes]) => `${kind} ${kb(bytes)}`)
          .join(', ') +
        ')' +
        `; largest page ${r.pagesWeight.largestPage.path} ${kb(r.pagesWeight.largestPage.gzip)} KB.`,
    );
  }
  for (let i = 1; i < results.length; i++) {
    const [a, b] = [results[i - 1], results[i]];
    const f = (x: number | null | undefined, y: number | null | undefined) =>
      x && y ? `×${(y / x).toFixed(1)}` : '?';
    const cpu = (r: SizeResult, start: string) =>
      r.build.phases.find((p) => p.name.startsWith(start))?.cpuSeconds;
    lines.push(
      `${a.questions.toLocaleString('en-US')} → ${b.questions.toLocaleString('en-US')} (×${(b.questions / a.questions).toFixed(0)} questions): ` +
        `build ${f(a.build.seconds, b.build.seconds)} wall, ${f(a.build.cpuSeconds, b.build.cpuSeconds)} CPU ` +
        `(bundle ${f(cpu(a, 'vite'), cpu(b, 'vite'))}, render ${f(cpu(a, 'render'), cpu(b, 'render'))}, pagefind ${f(cpu(a, 'pagefind'), cpu(b, 'pagefind'))} + indexer ${f(a.build.indexerCpuSeconds, b.build.indexerCpuSeconds)}); ` +
        `bytes of the 1st query ${f(a.search.median.firstQueryBytes, b.search.median.firstQueryBytes)}, of the 2nd ${f(a.search.median.secondQueryBytes, b.search.median.secondQueryBytes)}.`,
    );
  }
  return lines;
}
