import { transformSync } from 'esbuild';
import { cspHash } from './csp-hash.ts';
import source from './theme-script.source.js?raw';

/** The theme script, minified once when the module loads (not once per page). */
export const themeScript = transformSync(source, { minify: true, target: 'es2020' }).code.trim();

/** Its CSP hash (see csp-hash.ts). */
export const themeScriptHash = cspHash(themeScript);
