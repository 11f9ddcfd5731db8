// The doors for other tools, read from dist/ and dist-help/: /llms.txt lists every question and
// wizard and every link in it resolves; each question's plain-Markdown copy holds the exact
// answer its page shows; /opensearch.xml is well formed and opens the built search page.
import { describe, expect, test } from 'vitest';
import { builds, decode, loadSite, pageKind, report, type BuiltPage } from './built-site.ts';

/**
 * Facts of the seed FAQ (the Amazon MWS FAQ, which lives outside this repository: the phrases
 * are copied from it word for word, as test/unit/faq-facts.test.ts does), each with a question
 * whose copy must state it.
 */
const seedFacts = [
  ['appeal-access-denial', 'at least five business days prior to your adjustment date'],
  ['what-is-amazon-mws', 'March 31, 2024'],
  ['access-support-case-log', 'View your case log'],
  ['data-protection-policy-help', 'AWS Partner Network'],
] as const;

/** Lowercase words, letters and digits only: the same text in HTML and Markdown gives the same list. */
const wordsOf = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];

/** The words a question page's article shows: question, short answer, answer (no callout, anchors or search data). */
function articleWords(page: BuiltPage): string[] {
  const article = (page.article ?? '')
    .replace(/<aside\b[\s\S]*?<\/aside>/g, '')
    .replace(/<a class="anchor-link"[\s\S]*?<\/a>/g, '')
    .replace(/<div hidden data-search-meta[\s\S]*$/, '');
  return wordsOf(decode(article.replace(/<[^>]+>/g, ' ')));
}

/** The words a Markdown copy says: link targets and list numbers left out. */
const markdownWords = (markdown: string) =>
  wordsOf(
    markdown
      .replace(/\]\([^)]*\)/g, ']')
      .replace(/<https?:[^>]*>/g, '')
      .replace(/^\s*\d+\.\s/gm, ''),
  );

/**
 * Problems that make a small XML file not well formed: a tag closed out of order or never, an
 * attribute without quotes, a `<` or `&` that starts no markup or known entity. (No XML parser
 * is a dependency; the file is a dozen lines, and this is all of XML that it uses.)
 */
function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const body = xml.replace(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n/, '');
  if (body === xml) problems.push('no XML declaration');
  const open: string[] = [];
  let roots = 0;
  const tag = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/y;
  for (let i = 0; i < body.length;) {
    if (body[i] === '&' && !/^&(amp|lt|gt|quot|apos);/.test(body.slice(i)))
      problems.push(`bare & at ${i}`);
    if (body[i] !== '<') {
      i++;
      continue;
    }
    tag.lastIndex = i;
    const match = tag.exec(body);
    if (!match) {
      problems.push(`not a tag at ${i}: ${body.slice(i, i + 30)}`);
      break;
    }
    const [whole, closing, name, , selfClosing] = match;
    if (!closing && open.length === 0) roots++;
    if (closing && open.pop() !== name) problems.push(`</${name}> closes nothing open`);
    else if (!closing && !selfClosing) open.push(name);
    i += whole.length;
  }
  if (open.length) problems.push(`never closed: ${open.join(', ')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}

/** `- [title](url): note` lines of an llms.txt. */
function llmsLinks(text: string): { title: string; url: string; note: string }[] {
  return [...text.matchAll(/^- \[((?:\\.|[^\]])*)\]\(([^)\s]+)\): (.+)$/gm)].map(
    ([, title, url, note]) => ({ title: title.replace(/\\(.)/g, '$1'), url, note }),
  );
}

describe.each(builds)('$outDir', (build) => {
  const site = loadSite(build);
  const home = new URL(build.base, build.site).href;
  const llms = site.read(`${build.base}llms.txt`).toString();
  const links = llmsLinks(llms);
  const questions = site.pages.filter((p) => pageKind(site, p) === 'question');
  const wizards = site.pages.filter((p) => pageKind(site, p) === 'wizard');

  test('llms.txt: the site name as h1, a summary, and every question and wizard with its summary', () => {
    expect(llms.startsWith('# Seller API Access Help\n\n> ')).toBe(true);
    expect(questions.length).toBeGreaterThan(20);
    expect(wizards.length).toBeGreaterThan(5);
    const problems: string[] = [];
    for (const page of questions) {
      const url = new URL(`${page.path}index.md`, build.site).href;
      const link = links.find((l) => l.url === url);
      if (!link) problems.push(`llms.txt: no link to ${url} (${page.file})`);
      else if (
        link.note !== page.description ||
        `${link.title} | Seller API Access Help` !== decode(page.title ?? '')
      )
        problems.push(
          `llms.txt: ${url} is listed as "${link.title}: ${link.note}", unlike its page`,
        );
    }
    for (const page of wizards) {
      const url = new URL(page.path, build.site).href;
      if (!links.some((l) => l.url === url && l.note.length > 20))
        problems.push(`llms.txt: no link to the wizard ${url} with its summary`);
    }
    expect(problems, report(problems)).toEqual([]);
  });

  test('llms.txt: every link resolves to a built file inside the site', () => {
    const problems = links.flatMap(({ url }) => {
      if (!url.startsWith(home)) return [`llms.txt links to ${url}, outside ${home}`];
      return site.fileFor(new URL(url).pathname)
        ? []
        : [`llms.txt links to ${url}, which does not exist`];
    });
    expect(links.length).toBe(questions.length + wizards.length + 2);
    expect(problems, report(problems)).toEqual([]);
  });

  test("each question's index.md says exactly what its page's article says, in plain Markdown with absolute links", () => {
    const problems: string[] = [];
    for (const page of questions) {
      const markdown = site.read(`${page.path}index.md`).toString();
      const at = `${page.path}index.md`;
      const expected = articleWords(page);
      const said = markdownWords(markdown);
      const differs = expected.findIndex((word, i) => said[i] !== word);
      if (differs !== -1)
        problems.push(
          `${at}: differs from ${page.file} at "${expected.slice(differs, differs + 6).join(' ')}" (says "${said.slice(differs, differs + 6).join(' ')}")`,
        );
      if (/<[A-Za-z/][^>]*>/.test(markdown.replace(/<https?:[^>]*>/g, '')))
        problems.push(`${at}: holds markup`);
      for (const [, target] of markdown.matchAll(/\]\(([^)\s]+)/g)) {
        const url = URL.parse(target);
        if (url?.protocol !== 'https:' && !target.startsWith(home))
          problems.push(`${at}: link ${target} is neither inside ${home} nor to another site`);
        else if (target.startsWith(home) && !site.fileFor(url!.pathname))
          problems.push(`${at}: link ${target} does not exist`);
      }
    }
    expect(problems, report(problems)).toEqual([]);
  });

  test.each(seedFacts)('the copy of %s states the seed FAQ\'s "%s"', (slug, fact) => {
    expect(site.read(`${build.base}faq/${slug}/index.md`).toString()).toContain(fact);
  });

  test('opensearch.xml is well formed, and every page points to it; its template opens the built search page', () => {
    const xml = site.read(`${build.base}opensearch.xml`).toString();
    expect(xmlProblems(xml)).toEqual([]);
    expect(xml).toContain('<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/"');
    expect(xml.match(/<ShortName>([^<]{1,16})<\/ShortName>/)).not.toBeNull();
    const template = decode(
      xml.match(/<Url type="text\/html" method="get" template="([^"]+)"/)![1],
    );
    expect(template).toBe(new URL(`${build.base}search/?q={searchTerms}`, build.site).href);
    expect(
      site.fileFor(new URL(template.replace('{searchTerms}', 'appeal')).pathname),
    ).not.toBeNull();
    const pointer = `<link rel="search" type="application/opensearchdescription+xml" title="Seller API Access Help" href="${build.base}opensearch.xml">`;
    const missing = site.pages.filter((p) => !p.html.includes(pointer)).map((p) => p.file);
    expect(missing, report(missing)).toEqual([]);
  });
});
