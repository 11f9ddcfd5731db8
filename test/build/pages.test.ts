// Titles, descriptions, canonical URLs, Open Graph tags and the sitemap of both builds.
import { describe, expect, test } from 'vitest';
import { builds, loadSite, pageKind, report } from './built-site.ts';

/** The 404 page is served at every missing address: it has none of its own to list. */
const isErrorPage = (path: string) => path.endsWith('/404.html');

describe.each(builds)('$outDir', (build) => {
  const site = loadSite(build);

  test('has the home page, the FAQ index, the search page, the wizards and a 404 page', () => {
    const paths = site.pages.map((p) => p.path);
    for (const path of ['', 'faq/', 'search/', 'wizards/', '404.html']) {
      expect(paths).toContain(build.base + path);
    }
  });

  test('every page has one h1 and its own title and description; indexable pages have a canonical URL and Open Graph tags, the 404 and noindex pages no canonical', () => {
    const problems: string[] = [];
    const titles = new Map<string, string>();
    const descriptions = new Map<string, string>();
    for (const page of site.pages) {
      const at = `${page.file}:`;
      if (!page.title) problems.push(`${at} no <title>`);
      else if (titles.has(page.title))
        problems.push(`${at} title "${page.title}" is also ${titles.get(page.title)}'s`);
      else titles.set(page.title, page.file);
      if (!page.description) problems.push(`${at} no meta description`);
      else if (descriptions.has(page.description))
        problems.push(`${at} description is also ${descriptions.get(page.description)}'s`);
      else descriptions.set(page.description, page.file);
      if (page.h1Count !== 1) problems.push(`${at} ${page.h1Count} h1 elements, not one`);
      if (page.noindex || isErrorPage(page.path)) {
        if (page.canonical)
          problems.push(`${at} not an address to index, yet a canonical URL ${page.canonical}`);
        continue;
      }
      const expected = new URL(page.path, build.site).href;
      if (page.canonical !== expected)
        problems.push(`${at} canonical ${page.canonical ?? 'missing'}, expected ${expected}`);
      for (const property of ['og:title', 'og:description', 'og:url', 'og:type']) {
        if (!page.html.includes(`property="${property}"`)) problems.push(`${at} no ${property}`);
      }
    }
    expect(problems, report(problems)).toEqual([]);
  });

  test('every h2 and h3 in an answer has an id and one anchor link to itself', () => {
    const problems: string[] = [];
    for (const page of site.pages.filter((p) => pageKind(site, p) === 'question')) {
      const article = page.article ?? '';
      for (const [heading, level] of article.matchAll(/<h([23])\b[^>]*>/g)) {
        const id = heading.match(/\sid="([^"]+)"/)?.[1];
        if (!id) problems.push(`${page.file}: an h${level} without an id`);
        else if (article.split(`href="#${id}"`).length !== 2)
          problems.push(`${page.file}: the h${level} #${id} has no single anchor link to itself`);
      }
    }
    expect(problems, report(problems)).toEqual([]);
  });

  test('the sitemap lists every indexable page, and only those', () => {
    const index = site.read(`${build.base}sitemap-index.xml`).toString();
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]));
    const listed = sitemaps.flatMap((url) =>
      [
        ...site
          .read(url.pathname)
          .toString()
          .matchAll(/<loc>([^<]+)<\/loc>/g),
      ].map((m) => m[1]),
    );
    const indexable = site.pages
      .filter((p) => !p.noindex && !isErrorPage(p.path))
      .map((p) => new URL(p.path, build.site).href);
    const problems = [
      ...indexable
        .filter((url) => !listed.includes(url))
        .map((url) => `${url}: not in the sitemap`),
      ...listed
        .filter((url) => !indexable.includes(url))
        .map((url) => `${url}: in the sitemap, but no indexable page is there`),
    ];
    expect(problems, report(problems)).toEqual([]);
  });
});
