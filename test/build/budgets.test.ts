// What each kind of page ships, in bytes (gzip level 9), never in time: reading pages carry no
// script file and little inline code, wizard pages stay under their JavaScript budget. Figures
// for the README come from `npm run bench`; these tests only hold the line.
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import {
  builds,
  loadSite,
  pageKind,
  report,
  type BuiltPage,
  type BuiltSite,
} from './built-site.ts';

const KB = 1024;
const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

export const budgets = {
  /** Question and FAQ list pages. */
  reading: { html: 8 * KB, css: 10 * KB, themeScript: 1 * KB, inlineScripts: 1.5 * KB },
  /** Every page: the inline island loader. */
  islandLoader: 1 * KB,
  /**
   * A wizard page run to its result: inline scripts and every file its island imports. 15 KB
   * until issue 14 (15,178 B then); the credential guard in every field, the two-tab merge,
   * dates of every year and the error boundary made it 15,871 B, with nothing left to defer.
   */
  wizardJs: 16 * KB,
} as const;

const isCode = (type: string | null) => type === null || type === 'module';

/** Inline scripts that run (JSON-LD and other data blocks are not code). */
const inlineCode = (page: BuiltPage) =>
  page.scripts.filter((s) => s.src === null && isCode(s.type)).map((s) => s.body);

/** A JavaScript file and every file it imports statically, each once. */
function importClosure(site: BuiltSite, path: string, seen = new Set<string>()): Set<string> {
  if (seen.has(path)) return seen;
  seen.add(path);
  const code = site.read(path).toString();
  for (const [, spec] of code.matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+)"/g)) {
    importClosure(site, new URL(spec, `http://x${path}`).pathname, seen);
  }
  return seen;
}

const islandSources = (page: BuiltPage, when: string) =>
  [...page.html.matchAll(/<[^>]+data-island="[^"]*"[^>]*>/g)]
    .map(([tag]) => tag)
    .filter((tag) => tag.includes(`data-when="${when}"`))
    .map((tag) => tag.match(/data-src="([^"]+)"/)![1]);

describe.each(builds)('$outDir', (build) => {
  const site = loadSite(build);
  const kind = (page: BuiltPage) => pageKind(site, page);

  test('no page but the search page loads a script file or preloads one; every page has the island loader, under 1 KB', () => {
    const problems: string[] = [];
    for (const page of site.pages) {
      const files = page.scripts.filter((s) => s.src !== null && kind(page) !== 'search');
      for (const script of files)
        problems.push(`${page.file}: loads the script file ${script.src}`);
      if (/<link[^>]+rel="(?:modulepreload|preload)"[^>]+\.js/.test(page.html))
        problems.push(`${page.file}: preloads a script`);
      const loader = inlineCode(page).find((body) => body.includes('[data-island]'));
      if (!loader) problems.push(`${page.file}: no island loader`);
      else if (gzip(loader) >= budgets.islandLoader)
        problems.push(`${page.file}: island loader ${gzip(loader)} B gzip`);
    }
    expect(problems, report(problems)).toEqual([]);
  });

  test('question and FAQ list pages: the theme script first, then the island loader, and within their byte budgets', () => {
    const problems: string[] = [];
    const reading = site.pages.filter((p) => ['question', 'faq-list'].includes(kind(p)));
    expect(reading.length).toBeGreaterThan(1);
    const { html: htmlBudget, css: cssBudget, themeScript, inlineScripts } = budgets.reading;
    for (const page of reading) {
      const at = `${page.file}:`;
      const code = inlineCode(page);
      if (code.length !== 2 || !code[0].includes('data-theme-toggle'))
        problems.push(
          `${at} ${code.length} inline scripts; expected the theme script and the island loader`,
        );
      const sizes = {
        html: gzip(page.html),
        theme: gzip(code[0] ?? ''),
        inline: gzip(code.join('')),
        css: gzip(
          Buffer.concat([
            ...page.stylesheets.map((href) =>
              site.read(new URL(href, `http://x${page.path}`).pathname),
            ),
            ...page.styles.map((body) => Buffer.from(body)),
          ]),
        ),
      };
      if (sizes.html >= htmlBudget) problems.push(`${at} HTML ${sizes.html} B ≥ ${htmlBudget}`);
      if (sizes.css >= cssBudget) problems.push(`${at} CSS ${sizes.css} B ≥ ${cssBudget}`);
      if (sizes.theme >= themeScript)
        problems.push(`${at} theme script ${sizes.theme} B ≥ ${themeScript}`);
      if (sizes.inline >= inlineScripts)
        problems.push(`${at} inline JavaScript ${sizes.inline} B ≥ ${inlineScripts}`);
    }
    expect(problems, report(problems)).toEqual([]);
  });

  test('a wizard page loads under 16 KB of JavaScript run to its result, Preact included', () => {
    const problems: string[] = [];
    const wizards = site.pages.filter((p) => kind(p) === 'wizard');
    expect(wizards.length).toBeGreaterThan(0);
    for (const page of wizards) {
      const sources = islandSources(page, 'intent');
      if (sources.length !== 1) problems.push(`${page.file}: ${sources.length} wizard islands`);
      const files = new Set(sources.flatMap((src) => [...importClosure(site, src)]));
      const inline = inlineCode(page).reduce((sum, body) => sum + gzip(body), 0);
      const sized = [...files].map((file) => [file, gzip(site.read(file))] as const);
      const total = inline + sized.reduce((sum, [, size]) => sum + size, 0);
      if (total >= budgets.wizardJs) {
        const detail = sized.map(([file, size]) => `${file} ${size}`).join(', ');
        problems.push(`${page.file}: ${total} B of JavaScript (inline ${inline}, ${detail})`);
      }
    }
    expect(problems, report(problems)).toEqual([]);
  });
});
