/**
 * The benchmark's builds: `astro build` of a generated content folder, timed, in a private
 * copy of the project so it never races the other builds in this tree.
 *
 * Why a copy: `astro build` writes `<root>/.astro/content-modules.mjs` (which MDX files the
 * pages render) and its content cache under `<root>/node_modules/.astro/`. A 10,000-question
 * build in /work/main would overwrite what a concurrent `astro build` or `astro dev` of the
 * real site reads. The copy (bench/tmp/site/) has the site's own src/, public/ and config,
 * taken once at the start of a run (so a run measures one consistent site), and a
 * node_modules folder of links to the real packages with its own `.astro` cache.
 *
 * Time is measured twice: wall clock, and CPU seconds per phase (Linux /proc). On a machine
 * others are using, the wall clock of a phase grows with their load; its CPU seconds do not.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm, stat, symlink } from 'node:fs/promises';
import { join } from 'node:path';

/** What the copy needs from the project; everything else stays out of it. */
const copied = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
/** Caches in the real node_modules that must not be shared. */
const privateCaches = new Set(['.astro', '.vite', '.vite-temp', '.vitest-cache', '.cache']);

/** Makes `site` a fresh copy of the project at `root` (see above). */
export async function prepareSite(root: string, site: string): Promise<void> {
  await rm(site, { recursive: true, force: true });
  await mkdir(join(site, 'node_modules'), { recursive: true });
  for (const name of copied) await cp(join(root, name), join(site, name), { recursive: true });
  for (const name of await readdir(join(root, 'node_modules'))) {
    if (privateCaches.has(name)) continue;
    await symlink(join(root, 'node_modules', name), join(site, 'node_modules', name));
  }
}

export interface BuildPhase {
  name: string;
  /** Wall clock. */
  seconds: number;
  /** CPU seconds of the build process (all its threads) in this phase; null off Linux. */
  cpuSeconds: number | null;
}

export interface BuildResult {
  /** Wall clock of `astro build`, process start to exit. */
  seconds: number;
  /** Peak resident memory of the build process. */
  maxRssBytes: number | null;
  /** CPU seconds (user + system) of the build process, all its threads. */
  cpuSeconds: number | null;
  /** CPU seconds of the processes the build started (Pagefind's indexer), sampled. */
  childCpuSeconds: number | null;
  /** The Pagefind integration's own figure ("indexed N pages … in X ms"). */
  indexing: { pages: number; seconds: number } | null;
  /** Where the time went, phase by phase, adding up to the whole build. */
  phases: BuildPhase[];
  log: string;
}

/** Loaded with `--import` into the build: on exit, reports its peak memory and CPU seconds. */
const exitReporter = `data:text/javascript,${encodeURIComponent(
  "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('\\n[bench] maxrss ' + u.maxRSS * 1024 + ' cpu ' + (u.userCPUTime + u.systemCPUTime) / 1e6 + '\\n'); });",
)}`;

/** utime + stime of a process and its parent, from /proc/<pid>/stat; null when unreadable. */
function procStat(pid: number | string): { cpu: number; ppid: number } | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
      .replace(/^.*\) /, '')
      .split(' ');
    // After "pid (comm) ": state ppid … utime(14) stime(15), in clock ticks of 1/100 s.
    return { ppid: Number(fields[1]), cpu: (Number(fields[11]) + Number(fields[12])) / 100 };
  } catch {
    return null;
  }
}

/** The last CPU seconds seen of every process below `pid`, sampled until stopped. */
function watchDescendants(pid: number) {
  const seen = new Map<number, number>();
  const sample = () => {
    let entries: string[];
    try {
      entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
    } catch {
      return;
    }
    const parent = new Map<number, number>();
    const cpu = new Map<number, number>();
    for (const name of entries) {
      const s = procStat(name);
      if (s) {
        parent.set(Number(name), s.ppid);
        cpu.set(Number(name), s.cpu);
      }
    }
    for (const [child] of parent) {
      for (let at = parent.get(child); at !== undefined && at > 1; at = parent.get(at)) {
        if (at === pid) {
          seen.set(child, Math.max(seen.get(child) ?? 0, cpu.get(child) ?? 0));
          break;
        }
      }
    }
  };
  const timer = setInterval(sample, 250);
  return {
    stop(): number | null {
      clearInterval(timer);
      return existsProc() ? [...seen.values()].reduce((a, b) => a + b, 0) : null;
    },
  };
}

const existsProc = () => procStat('self') !== null;

/**
 * The build's phases, each ended by a line of Astro's log; the CPU of the build process is
 * read as each line arrives.
 */
const phaseEnds: { name: string; endsAt: RegExp }[] = [
  { name: 'start, config, content sync, types', endsAt: /Building \w+ entrypoints/ },
  { name: 'vite bundle (server + client)', endsAt: /generating static routes/ },
  { name: 'render pages (getStaticPaths + HTML)', endsAt: /^\S*\s*✓ Completed in/ },
  { name: 'write assets, sitemap', endsAt: /\[@astrojs\/sitemap\]/ },
  { name: 'pagefind index (astro:build:done)', endsAt: /\[build\] \d+ page\(s\) built in/ },
  { name: 'shut down', endsAt: /\[bench\] maxrss/ },
];

/**
 * Runs `astro build` in `site` over `contentDir` into `outDir` (absolute paths), cold: the
 * copy's caches are cleared first. The log goes to `logFile`. Throws when the build fails.
 */
export async function runBuild(
  site: string,
  contentDir: string,
  outDir: string,
  logFile: string,
  extraNodeArgs: string[] = [],
  env: Record<string, string> = {},
): Promise<BuildResult> {
  await rm(outDir, { recursive: true, force: true });
  await rm(join(site, '.astro'), { recursive: true, force: true });
  await rm(join(site, 'node_modules', '.astro'), { recursive: true, force: true });
  await rm(join(site, 'node_modules', '.vite'), { recursive: true, force: true });
  const astro = join(site, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const log = createWriteStream(logFile);
  const started = performance.now();
  const marks: { at: number; cpu: number | null }[] = [];
  let next = 0;
  let pending = '';
  let children: ReturnType<typeof watchDescendants> | undefined;
  const code = await new Promise<number | null>((done, fail) => {
    const child = spawn(
      process.execPath,
      ['--import', exitReporter, ...extraNodeArgs, astro, 'build', '--root', site],
      {
        cwd: site,
        env: {
          ...process.env,
          ...env,
          HELP_CONTENT_DIR: contentDir,
          OUT_DIR: outDir,
          FORCE_COLOR: '0',
          NO_COLOR: '1',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    children = watchDescendants(child.pid!);
    const onData = (chunk: Buffer) => {
      log.write(chunk);
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        // eslint-disable-next-line no-control-regex -- ANSI colour codes start with ESC
        const plain = line.replace(/\x1b\[[0-9;]*m/g, '');
        // Phases end in order; one whose line never comes is folded into the next.
        const j = phaseEnds.findIndex((p, i) => i >= next && p.endsAt.test(plain));
        if (j !== -1) {
          marks[j] = { at: performance.now(), cpu: procStat(child.pid!)?.cpu ?? null };
          next = j + 1;
        }
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', fail);
    child.on('close', done);
  });
  const seconds = (performance.now() - started) / 1000;
  const childCpuSeconds = children!.stop();
  await new Promise((done) => log.end(done));
  const text = await readFile(logFile, 'utf8');
  if (code !== 0) {
    throw new Error(
      `astro build failed (exit ${code}); log: ${logFile}\n${text.split('\n').slice(-30).join('\n')}`,
    );
  }
  const parsed = parseBuildLog(text);
  // The last phase ends at exit, with the CPU the process reported itself.
  marks[phaseEnds.length - 1] = { at: started + seconds * 1000, cpu: parsed.cpuSeconds };
  const phases: BuildPhase[] = [];
  let from: { at: number; cpu: number | null } = { at: started, cpu: 0 };
  phaseEnds.forEach(({ name }, i) => {
    const to = marks[i];
    if (!to) return;
    phases.push({
      name,
      seconds: (to.at - from.at) / 1000,
      cpuSeconds: to.cpu !== null && from.cpu !== null ? to.cpu - from.cpu : null,
    });
    from = to;
  });
  return { seconds, ...parsed, childCpuSeconds, phases, log: text };
}

/** The figures the build log gives: indexing time, peak memory, the build's own CPU. */
export function parseBuildLog(
  text: string,
): Pick<BuildResult, 'indexing' | 'maxRssBytes' | 'cpuSeconds'> {
  const indexed = /indexed (\d+) pages .* in (\d+) ms/.exec(text);
  const rss = /\[bench\] maxrss (\d+) cpu ([\d.]+)/.exec(text);
  return {
    indexing: indexed ? { pages: Number(indexed[1]), seconds: Number(indexed[2]) / 1000 } : null,
    maxRssBytes: rss ? Number(rss[1]) : null,
    cpuSeconds: rss ? Number(rss[2]) : null,
  };
}

/** Total bytes and file count under `dir`, optionally only files whose path matches. */
export async function folderSize(
  dir: string,
  match?: RegExp,
): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  const walk = async (path: string): Promise<void> => {
    for (const entry of await readdir(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (!match || match.test(full)) {
        bytes += (await stat(full)).size;
        files += 1;
      }
    }
  };
  await walk(dir);
  return { bytes, files };
}
