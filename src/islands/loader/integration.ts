import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build, buildSync, type OutputFile } from 'esbuild';
import { islands, type IslandName } from './registry.ts';
import { cspHash } from '../../lib/csp-hash.ts';
import { joinBase } from '../../lib/url.ts';

/** src/islands/: the registry names island modules relative to it. */
const islandsDir = fileURLToPath(new URL('../', import.meta.url));
const moduleId = 'virtual:islands';
const resolvedId = `\0${moduleId}`;

/** What the pages read from `virtual:islands` (typed in src/env.d.ts). */
interface IslandsModule {
  /** Where the browser imports each island from. */
  islandUrls: Record<IslandName, string>;
  /** boot.ts, minified, for an inline <script>. */
  bootScript: string;
  /** Its CSP hash (see src/lib/csp-hash.ts). */
  bootScriptHash: string;
}

/** The islands as esbuild bundled them: the files, and each island's file among them. */
interface Bundle {
  files: OutputFile[];
  entries: Record<IslandName, string>;
}

/**
 * The site's islands, in place of Astro's `client:*` directives (see boot.ts).
 *
 * - `astro build` bundles the modules in registry.ts with esbuild (minified, with
 *   shared chunks such as Preact) and writes them to `<outDir>/<assets>/islands/`.
 * - `astro dev` lets Vite serve the same modules from source.
 * - Pages get the islands' URLs and the inline loader from `virtual:islands`.
 */
export function islandsIntegration(): AstroIntegration {
  let base = '/';
  let assets = '_astro';
  let bundle: Bundle | undefined;
  const urls = (): Record<IslandName, string> =>
    Object.fromEntries(
      Object.entries(islands).map(([name, file]) => [
        name,
        bundle
          ? joinBase(base, `${assets}/islands/${bundle.entries[name as IslandName]}`)
          : joinBase(base, `src/islands/${file}`),
      ]),
    ) as Record<IslandName, string>;
  return {
    name: 'islands',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'virtual-islands',
                resolveId: (id) => (id === moduleId ? resolvedId : undefined),
                load: (id) => (id === resolvedId ? moduleSource(urls()) : undefined),
              },
            ],
          },
        });
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
        assets = config.build.assets;
      },
      'astro:build:start': async () => {
        bundle = await bundleIslands(base);
      },
      'astro:build:done': async ({ dir }) => {
        const out = join(fileURLToPath(dir), assets, 'islands');
        for (const file of bundle!.files) {
          const path = join(out, file.path.slice(bundleDir.length + 1));
          await mkdir(dirname(path), { recursive: true });
          await writeFile(path, file.contents);
        }
      },
    },
  };
}

function moduleSource(islandUrls: Record<IslandName, string>): string {
  const bootScript = buildSync({
    entryPoints: [fileURLToPath(new URL('boot.ts', import.meta.url))],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    write: false,
  }).outputFiles[0].text.trim();
  const module: IslandsModule = { islandUrls, bootScript, bootScriptHash: cspHash(bootScript) };
  return Object.entries(module)
    .map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`)
    .join('\n');
}

/** esbuild's (never written) output folder: output paths are relative to it. */
const bundleDir = join(islandsDir, '.bundle');

async function bundleIslands(base: string): Promise<Bundle> {
  const result = await build({
    entryPoints: Object.values(islands).map((file) => join(islandsDir, file)),
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { 'import.meta.env.BASE_URL': JSON.stringify(base) },
    entryNames: '[name].[hash]',
    chunkNames: 'chunk.[hash]',
    outdir: bundleDir,
    metafile: true,
    write: false,
    logLevel: 'error',
  });
  const entries = Object.fromEntries(
    Object.entries(result.metafile.outputs).flatMap(([path, output]) => {
      const name = Object.entries(islands).find(([, file]) =>
        output.entryPoint?.endsWith(`src/islands/${file}`),
      )?.[0];
      return name ? [[name, path.slice(path.lastIndexOf('/') + 1)]] : [];
    }),
  ) as Record<IslandName, string>;
  return { files: result.outputFiles, entries };
}
