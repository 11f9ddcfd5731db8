/**
 * `_headers`, the file Netlify and Cloudflare Pages read from the published folder.
 *
 * Both apply every rule whose path matches a request, and Cloudflare joins a header set by
 * two matching rules with a comma: `Cache-Control` must therefore come from exactly one rule
 * per file. The security headers go on `<base>*`; the cache rules are the fewest paths that
 * never mix an immutable file with one that must revalidate (a whole folder when every file
 * in it caches alike, else its files one by one).
 */
import { assertHeaders, hostLimits } from './header-values.ts';
import { cacheControl, cacheKind, type CacheKind, type DeployPolicy } from './policy.ts';

export interface HeaderRule {
  /** A URL path, exact or ending in `*` (any rest). */
  path: string;
  headers: Record<string, string>;
}

interface Folder {
  files: string[];
  folders: Map<string, Folder>;
}

function tree(files: readonly string[]): Folder {
  const root: Folder = { files: [], folders: new Map() };
  for (const file of files) {
    const parts = file.split('/');
    let folder = root;
    for (const part of parts.slice(0, -1)) {
      if (!folder.folders.has(part)) folder.folders.set(part, { files: [], folders: new Map() });
      folder = folder.folders.get(part)!;
    }
    folder.files.push(parts.at(-1)!);
  }
  return root;
}

/** The cache rules for a folder, its path relative to the output folder (`''` or `faq/`). */
function cacheRules(policy: DeployPolicy, folder: Folder, at: string): [string, CacheKind][] {
  const kinds = new Set(allFiles(folder, at).map((file) => cacheKind(policy, file)));
  if (at !== '' && kinds.size === 1) return [[`${at}*`, [...kinds][0]]];
  return [
    ...folder.files.map((name): [string, CacheKind] => [
      // A folder's index.html is the page at the folder's address.
      name === 'index.html' ? at : `${at}${name}`,
      cacheKind(policy, `${at}${name}`),
    ]),
    ...[...folder.folders].flatMap(([name, child]) => cacheRules(policy, child, `${at}${name}/`)),
  ];
}

const allFiles = (folder: Folder, at: string): string[] => [
  ...folder.files.map((name) => `${at}${name}`),
  ...[...folder.folders].flatMap(([name, child]) => allFiles(child, `${at}${name}/`)),
];

/** Every rule, for the files of the build (paths relative to the output folder). */
export function headerRules(policy: DeployPolicy, files: readonly string[]): HeaderRule[] {
  return [
    { path: `${policy.base}*`, headers: { ...policy.security } },
    ...cacheRules(policy, tree(files), '').map(([path, kind]) => ({
      path: `${policy.base}${path}`,
      headers: { 'Cache-Control': cacheControl[kind] },
    })),
  ];
}

/** The file's text; throws when a host would reject it or cut a header. */
export function headersFile(rules: readonly HeaderRule[]): string {
  if (rules.length > hostLimits.rules)
    throw new Error(
      `_headers would hold ${rules.length} rules; Cloudflare Pages reads at most ${hostLimits.rules}. Put files that cache alike in one folder.`,
    );
  const lines = [
    '# Written by `astro build` from src/integrations/deploy/policy.ts: edit that, not this.',
  ];
  for (const { path, headers } of rules) {
    assertHeaders(`_headers, ${path}`, headers);
    lines.push(path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`));
  }
  const long = lines.find((line) => line.length > hostLimits.lineChars);
  if (long)
    throw new Error(
      `_headers has a line of ${long.length} characters (${long.slice(0, 60)}…); Cloudflare Pages reads at most ${hostLimits.lineChars}. Shorten the policy: fewer inline scripts and styles mean fewer hashes.`,
    );
  return `${lines.join('\n')}\n`;
}
