import { createHash } from 'node:crypto';
import { transformSync } from 'esbuild';
import source from './theme-script.source.js?raw';

/** The theme script, minified once when the module loads (not once per page). */
export const themeScript = transformSync(source, { minify: true, target: 'es2020' }).code.trim();

/** Its CSP hash: Astro hashes the scripts it bundles, not `is:inline` ones. */
export const themeScriptHash =
  `sha256-${createHash('sha256').update(themeScript).digest('base64')}` as const;
