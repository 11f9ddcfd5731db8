import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { metaCsp } from './csp.ts';
import { headerRules, headersFile } from './headers-file.ts';
import { nginxConfig, nginxFileName } from './nginx.ts';
import { deployPolicy, hostOnlyFiles } from './policy.ts';
import { precompress } from './precompress.ts';

/**
 * What a host needs to serve the build as policy.ts says, written after every other
 * integration's `astro:build:done` (list it last: Pagefind's files must exist):
 * `<outDir>/_headers`, `deploy/nginx*.conf`, and `.br`/`.gz` copies of the text files.
 */
export function deployFiles(): AstroIntegration {
  let base = '/';
  let assetsDir = '_astro';
  let root = '';
  return {
    name: 'deploy-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        assetsDir = config.build.assets;
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const started = performance.now();
        const files = (await listFiles(out)).filter(
          (file) => !(hostOnlyFiles as readonly string[]).includes(file),
        );
        const pages = files.filter((file) => file.endsWith('.html'));
        const policies = await Promise.all(
          pages.map(async (page) => {
            const policy = metaCsp(await readFile(join(out, page), 'utf8'));
            if (policy === null)
              throw new Error(`${page} has no Content-Security-Policy <meta> to send as a header.`);
            return policy;
          }),
        );
        const policy = deployPolicy({ base, assetsDir, pagePolicies: policies });
        const rules = headerRules(policy, files);
        await writeFile(join(out, '_headers'), headersFile(rules));
        const nginxFile = join(root, 'deploy', nginxFileName(base));
        await mkdir(join(root, 'deploy'), { recursive: true });
        await writeFile(nginxFile, nginxConfig(policy));
        const compressed = await precompress(out, files);
        logger.info(
          `_headers (${rules.length} rules), ${relative(root, nginxFile)}, ${compressed} files precompressed in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}

/** Every file under `dir`, relative, with `/` between folders. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}
