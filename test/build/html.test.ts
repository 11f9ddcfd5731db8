// Every built page is valid HTML, the Content-Security-Policy allows exactly its own inline
// code, and a question's answer is in the page as served (no script needed to read it).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { HtmlValidate } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { parseCsp } from '../../src/integrations/deploy/csp.ts';
import { builds, decode, loadSite, pageKind, report } from './built-site.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Preact and Astro write void elements as <input />; both forms are valid HTML.
    'void-style': 'off',
    // A question page's title is the question itself, which is often longer than 70 characters.
    'long-title': 'off',
  },
});

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe.each(builds)('$outDir', (build) => {
  const site = loadSite(build);

  test('every page is valid HTML', async () => {
    const problems: string[] = [];
    for (const page of site.pages) {
      const result = await validator.validateString(page.html, page.file);
      for (const m of result.results.flatMap((r) => r.messages))
        problems.push(`${page.file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(problems, report(problems)).toEqual([]);
  });

  test("every page has a Content-Security-Policy that lists its inline scripts' and styles' hashes and allows nothing unsafe", () => {
    const problems: string[] = [];
    for (const page of site.pages) {
      const at = `${page.file}:`;
      if (!page.csp) {
        problems.push(`${at} no Content-Security-Policy`);
        continue;
      }
      const policy = parseCsp(page.csp);
      for (const [name, expected] of [
        ['default-src', "'self'"],
        ['object-src', "'none'"],
        ['base-uri', "'self'"],
        ['form-action', "'self'"],
      ] as const) {
        if (!policy.get(name)?.includes(expected))
          problems.push(`${at} ${name} is not ${expected}`);
      }
      const scripts = policy.get('script-src') ?? [];
      const styles = policy.get('style-src') ?? [];
      for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:']) {
        if (scripts.includes(unsafe)) problems.push(`${at} script-src allows ${unsafe}`);
      }
      if (styles.includes("'unsafe-inline'"))
        problems.push(`${at} style-src allows 'unsafe-inline'`);
      for (const script of page.scripts.filter(
        (s) => s.src === null && s.type !== 'application/ld+json',
      )) {
        if (!scripts.includes(sha256(script.body)))
          problems.push(
            `${at} the inline script "${script.body.slice(0, 40)}…" has no hash in script-src`,
          );
      }
      for (const style of page.styles) {
        if (!styles.includes(sha256(style)))
          problems.push(`${at} the inline style "${style.slice(0, 40)}…" has no hash in style-src`);
      }
      if (/<[a-z][^>]*\sstyle="/i.test(page.html))
        problems.push(`${at} a style attribute, which the CSP blocks`);
    }
    expect(problems, report(problems)).toEqual([]);
  });
});

test("a question page serves its answer in the HTML: every paragraph of the question's file is in the article", () => {
  const site = loadSite(builds[0]);
  const problems: string[] = [];
  const questions = site.pages.filter((p) => pageKind(site, p) === 'question');
  expect(questions.length).toBeGreaterThan(0);
  for (const page of questions) {
    const { article } = page;
    if (!article) {
      problems.push(`${page.file}: no <article>`);
      continue;
    }
    const text = comparable(article);
    for (const paragraph of answerParagraphs(page.path)) {
      if (!text.includes(comparable(paragraph)))
        problems.push(`${page.file}: the answer lacks "${paragraph.slice(0, 60)}…"`);
    }
  }
  expect(problems, report(problems)).toEqual([]);
});

const contentDir = fileURLToPath(new URL('../../content/faq/', import.meta.url));

/**
 * Text for comparing what was written with what was served: tags and white space removed,
 * entities decoded, typographic quotes and dashes folded (Markdown makes them typographic).
 */
const comparable = (text: string) =>
  decode(text.replace(/<[^>]+>/g, ''))
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, '');

/**
 * The paragraphs and list items of the question's MDX file (found by the slug in its address),
 * Markdown marks removed: what a reader must see.
 */
function answerParagraphs(path: string): string[] {
  const slug = path.match(/\/faq\/([^/]+)\/$/)?.[1];
  const folder = readdirSync(contentDir).find((category) =>
    readdirSync(`${contentDir}${category}`).includes(`${slug}.mdx`),
  );
  if (!slug || !folder) return [`(no content/faq/*/${slug}.mdx for ${path})`];
  const source = readFileSync(`${contentDir}${folder}/${slug}.mdx`, 'utf8');
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  return body
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !/^(#|<|import |export |\|)/.test(line))
    .map((line) =>
      line
        .replace(/^(\d+\.|[-*>])\s+/, '')
        .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
        .replace(/(\*\*|__|\*|_|`)/g, '')
        .replace(/\s+/g, ' '),
    );
}
