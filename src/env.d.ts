/** Written by src/integrations/islands.ts. */
declare module 'virtual:islands' {
  /** Where the browser imports each island from. */
  export const islandUrls: Record<import('./islands/registry').IslandName, string>;
  /** src/islands/boot.ts, minified, for an inline <script>. */
  export const bootScript: string;
  /** Its CSP hash. */
  export const bootScriptHash: `sha256-${string}`;
}
