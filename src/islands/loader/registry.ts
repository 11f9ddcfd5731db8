/**
 * Every island the site hydrates: the name <Island> is given, and its module in src/islands/.
 * Each module exports its component as `default` and `mount` (see mount.ts). The islands
 * integration bundles exactly these modules for the browser.
 */
export const islands = {
  'search-box': 'search/SearchBox.tsx',
  'search-page': 'search/SearchPage.tsx',
  wizard: 'wizard/Wizard.tsx',
} as const;

export type IslandName = keyof typeof islands;

/**
 * When an island wakes: `load` at once; `intent` on a press, focus or key inside it (or at
 * once with `?step=` in the address, or when localStorage holds the key its `stored` prop
 * names: a wizard with saved answers); `search` like `intent`, and on `/` or Ctrl/Cmd+K anywhere.
 */
export type IslandWhen = 'load' | 'intent' | 'search';
