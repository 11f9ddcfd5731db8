/** Written by src/islands/loader/integration.ts. */
declare module 'virtual:islands' {
  import type { IslandName } from './islands/loader/registry.ts';

  /** Where the browser imports each island from. */
  export const islandUrls: Record<IslandName, string>;
  /** src/islands/loader/boot.ts, minified, for an inline <script>. */
  export const bootScript: string;
  /** Its CSP hash. */
  export const bootScriptHash: `sha256-${string}`;
}
