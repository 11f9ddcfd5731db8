/**
 * A built site read once from disk: every HTML file of `dist/` (or `dist-help/`) with the parts
 * the file checks look at. The checks in this folder run over this, in Vitest, after
 * `npm run build` and `npm run build:subpath`; nothing here needs a browser.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** One build of the site: where it is written, the base it is served under, its SITE_URL. */
export interface Build {
  outDir: 'dist' | 'dist-help';
  base: string;
  site: string;
}

/** The two builds `npm test` makes (package.json): at the root, and under the /help/ sub-path. */
export const builds: readonly Build[] = [
  { outDir: 'dist', base: '/', site: 'http://localhost:4321' },
  { outDir: 'dist-help', base: '/help/', site: 'http://localhost:4322' },
];

export interface Script {
  /** The whole opening tag. */
  tag: string;
  /** `src` for a script file, null for an inline script. */
  src: string | null;
  type: string | null;
  body: string;
}

export interface BuiltPage {
  /** The address the page is served at, base included: `/help/faq/x/`, `/404.html`. */
  path: string;
  /** The file, relative to the repository: `dist/faq/x/index.html`. */
  file: string;
  html: string;
  title: string | null;
  description: string | null;
  canonical: string | null;
  noindex: boolean;
  /** The CSP `<meta>`'s content, or null. */
  csp: string | null;
  h1Count: number;
  /** The first `<article>` element, whole (a question's answer), or null. */
  article: string | null;
  /** `href` of every `<a>`, entities decoded. */
  links: string[];
  /** Every `id` in the page. */
  ids: Set<string>;
  scripts: Script[];
  /** `href` of every stylesheet `<link>`. */
  stylesheets: string[];
  /** Bodies of inline `<style>` elements. */
  styles: string[];
}

/** Text with the character references Astro writes decoded. */
export const decode = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const attr = (tag: string, name: string): string | null => {
  const match = tag.match(new RegExp(`\\s${name}(?:="([^"]*)"|\\s|>|$)`));
  return match ? decode(match[1] ?? '') : null;
};

const all = (html: string, pattern: RegExp): RegExpMatchArray[] => [...html.matchAll(pattern)];

function parsePage(path: string, file: string, html: string): BuiltPage {
  const meta = (name: string) =>
    all(html, /<meta\b[^>]*>/g)
      .map(([tag]) => tag)
      .find((tag) => attr(tag, 'name') === name || attr(tag, 'http-equiv') === name);
  const canonicalTag = all(html, /<link\b[^>]*>/g).find(
    ([tag]) => attr(tag, 'rel') === 'canonical',
  );
  const descriptionTag = meta('description');
  const robots = meta('robots');
  const cspTag = meta('content-security-policy');
  return {
    path,
    file,
    html,
    title: html.match(/<title>([^<]*)<\/title>/)?.[1]?.trim() || null,
    description: descriptionTag ? attr(descriptionTag, 'content') : null,
    canonical: canonicalTag ? attr(canonicalTag[0], 'href') : null,
    noindex: robots ? /noindex/.test(attr(robots, 'content') ?? '') : false,
    csp: cspTag ? attr(cspTag, 'content') : null,
    h1Count: all(html, /<h1[\s>]/g).length,
    article: html.match(/<article\b[\s\S]*?<\/article>/)?.[0] ?? null,
    links: all(html, /<a\b[^>]*>/g).flatMap(([tag]) => attr(tag, 'href') ?? []),
    ids: new Set(all(html, /\sid="([^"]+)"/g).map(([, id]) => decode(id))),
    scripts: all(html, /<script\b([^>]*)>([\s\S]*?)<\/script>/g).map(([tag, attrs, body]) => ({
      tag: `<script${attrs}>`,
      src: attr(tag, 'src'),
      type: attr(`<script${attrs}>`, 'type'),
      body: body,
    })),
    stylesheets: all(html, /<link\b[^>]*>/g)
      .filter(([tag]) => attr(tag, 'rel') === 'stylesheet')
      .flatMap(([tag]) => attr(tag, 'href') ?? []),
    styles: all(html, /<style\b[^>]*>([\s\S]*?)<\/style>/g).map(([, body]) => body),
  };
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

export interface BuiltSite extends Build {
  /** Absolute path of the output folder. */
  dir: string;
  pages: BuiltPage[];
  /** A page by its served path. */
  page(path: string): BuiltPage;
  /** The file a same-origin path is served from (`/help/faq/` → `dist-help/faq/index.html`), or null. */
  fileFor(path: string): string | null;
  /** The text of a built file, by served path (`/help/_astro/x.css`). */
  read(path: string): Buffer;
}

const cache = new Map<string, BuiltSite>();

/** Reads a build once per test run; fails plainly when it has not been built. */
export function loadSite(build: Build): BuiltSite {
  const cached = cache.get(build.outDir);
  if (cached) return cached;
  const dir = join(root, build.outDir);
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(
      `${build.outDir}/ has no index.html: run \`npm run build\` and \`npm run build:subpath\` first.`,
    );
  }
  const pages = htmlFiles(dir)
    .map((full) => {
      const local = relative(dir, full).split(sep).join('/');
      const path = build.base + local.replace(/(^|\/)index\.html$/, '$1');
      return parsePage(path, relative(root, full).split(sep).join('/'), readFileSync(full, 'utf8'));
    })
    .sort((a, b) => a.path.localeCompare(b.path));
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const local = (path: string) =>
    path.startsWith(build.base)
      ? join(dir, decodeURIComponent(path.slice(build.base.length)))
      : null;
  const site: BuiltSite = {
    ...build,
    dir,
    pages,
    page(path) {
      const page = byPath.get(path);
      if (!page) throw new Error(`${build.outDir} has no page at ${path}`);
      return page;
    },
    fileFor(path) {
      const file = local(path);
      if (file === null) return null;
      const candidate = path.endsWith('/') ? join(file, 'index.html') : file;
      return existsSync(candidate) && statSync(candidate).isFile() ? candidate : null;
    },
    read(path) {
      const file = site.fileFor(path);
      if (!file) throw new Error(`${build.outDir} has no file at ${path}`);
      return readFileSync(file);
    },
  };
  cache.set(build.outDir, site);
  return site;
}

/**
 * What a page is, for the budgets and script rules: a question or a wizard by the search type
 * it is indexed as (whatever its address), other pages by their address.
 */
export function pageKind(site: BuiltSite, page: BuiltPage): string {
  if (page.html.includes('data-pagefind-filter="type:Question"')) return 'question';
  if (page.html.includes('data-pagefind-filter="type:Wizard"')) return 'wizard';
  const path = `/${page.path.slice(site.base.length)}`;
  if (path === '/') return 'home';
  if (path === '/404.html') return '404';
  if (path === '/search/') return 'search';
  if (path.startsWith('/faq/')) return 'faq-list';
  if (path.startsWith('/wizards/')) return 'wizard-list';
  return 'other';
}

/** Fails listing every problem, one per line, so a run names each page and what is wrong. */
export function report(problems: readonly string[]): string {
  return problems.length ? `\n${problems.join('\n')}` : '';
}
