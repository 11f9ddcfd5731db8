import { createHash } from 'node:crypto';

/**
 * The CSP source for an inline script, as the browser computes it from the script's text.
 * Astro hashes the scripts it bundles, not `is:inline` ones: those add theirs with this.
 */
export function cspHash(code: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(code).digest('base64')}`;
}
