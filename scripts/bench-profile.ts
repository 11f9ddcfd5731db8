/**
 * Reads a V8 CPU profile (`node --cpu-prof`, written by `npm run bench -- --profile`) of an
 * `astro build` and says where the main thread's time went: by area (our pages and helpers,
 * Astro, Vite/Rolldown, MDX, Pagefind, Node, garbage collection, idle) and by function,
 * self time and inclusive time.
 *
 *   node scripts/bench-profile.ts bench/tmp/profile-10000/<file>.cpuprofile [--top 25]
 *
 * Time spent in native threads (Rolldown's bundler, Pagefind's indexer) shows up on the main
 * thread only as waiting ("(idle)" or the JS call that waits).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileSummary {
  totalSeconds: number;
  areas: { area: string; seconds: number }[];
  selfTop: { fn: string; seconds: number }[];
  inclusiveTop: { fn: string; seconds: number }[];
}

/** Which part of the stack a script URL belongs to. */
export function areaOf(url: string, functionName: string): string {
  if (!url) {
    if (functionName === '(garbage collector)') return 'garbage collection';
    if (functionName === '(idle)') return 'idle (waiting: native threads, I/O)';
    if (functionName === '(program)') return 'V8/native (program)';
    return 'native';
  }
  if (url.startsWith('node:')) return 'node internals';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) {
    const pkg = m[1];
    if (pkg === 'astro') {
      const sub = /astro\/dist\/([^/]+)/.exec(url)?.[1] ?? '';
      return `astro/${sub}`;
    }
    if (/^(vite|rolldown|@rolldown|esbuild|rollup)/.test(pkg)) return 'vite/rolldown';
    if (
      /^(@mdx-js|remark|rehype|mdast|hast|micromark|unified|unist|vfile|shiki|@shikijs|estree|acorn)/.test(
        pkg,
      )
    )
      return 'mdx/markdown';
    if (pkg.startsWith('pagefind') || pkg.startsWith('@pagefind')) return 'pagefind';
    return `other packages (${pkg})`;
  }
  // The site's own code, bundled by the build into chunks named after the source file.
  return 'site code (pages, components, src/)';
}

const label = (frame: ProfileNode['callFrame']) => {
  const short = frame.url ? frame.url.split('/').slice(-2).join('/') : '';
  return `${frame.functionName || '(anonymous)'} ${short}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;
};

export function summarize(profile: CpuProfile, top = 20): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) =>
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
  );

  const areas = new Map<string, number>();
  const selfFn = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, micros] of self) {
    const node = byId.get(id)!;
    const area = areaOf(node.callFrame.url, node.callFrame.functionName);
    areas.set(area, (areas.get(area) ?? 0) + micros);
    const key = label(node.callFrame);
    selfFn.set(key, (selfFn.get(key) ?? 0) + micros);
    // Inclusive: every distinct function on the stack gets the sample once.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      if (!frame.url) continue;
      const k = label(frame);
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + micros);
    }
  }
  const sorted = (map: Map<string, number>, n: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => [k, Math.round(v / 1e4) / 100] as const);
  return {
    totalSeconds: Math.round((profile.endTime - profile.startTime) / 1e4) / 100,
    areas: sorted(areas, 50).map(([area, seconds]) => ({ area, seconds })),
    selfTop: sorted(selfFn, top).map(([fn, seconds]) => ({ fn, seconds })),
    inclusiveTop: sorted(inclusive, top).map(([fn, seconds]) => ({ fn, seconds })),
  };
}

/** The summary of the (largest) profile in a folder. */
export async function summarizeFolder(dir: string, top = 20): Promise<ProfileSummary | null> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.cpuprofile'));
  if (files.length === 0) return null;
  let best: ProfileSummary | null = null;
  for (const file of files) {
    const summary = summarize(
      JSON.parse(await readFile(join(dir, file), 'utf8')) as CpuProfile,
      top,
    );
    if (!best || summary.totalSeconds > best.totalSeconds) best = summary;
  }
  return best;
}

export function printSummary(summary: ProfileSummary): void {
  console.log(`Main thread, ${summary.totalSeconds} s profiled. By area (self time):`);
  for (const a of summary.areas.slice(0, 12))
    console.log(`  ${a.seconds.toFixed(1).padStart(7)} s  ${a.area}`);
  console.log('Top functions by self time:');
  for (const f of summary.selfTop) console.log(`  ${f.seconds.toFixed(1).padStart(7)} s  ${f.fn}`);
  console.log('Top functions by inclusive time:');
  for (const f of summary.inclusiveTop)
    console.log(`  ${f.seconds.toFixed(1).padStart(7)} s  ${f.fn}`);
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const path = args.find((a) => !a.startsWith('--'));
  if (!path)
    throw new Error('usage: node scripts/bench-profile.ts <file.cpuprofile | folder> [--top 25]');
  const i = args.indexOf('--top');
  const top = i === -1 ? 20 : Number(args[i + 1]);
  const summary = path.endsWith('.cpuprofile')
    ? summarize(JSON.parse(await readFile(path, 'utf8')) as CpuProfile, top)
    : await summarizeFolder(path, top);
  if (summary) printSummary(summary);
  else console.log('no .cpuprofile there');
}
