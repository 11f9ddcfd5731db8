import * as pagefind from 'pagefind';
import { afterAll, describe, expect, test } from 'vitest';
import { checkIndex, decodePagefindFile, indexConfig } from '../../../src/integrations/pagefind.ts';
import { cleanAliases, searchMetaHtml } from '../../../src/search/meta.ts';

/** A page as the site builds it: the content in data-pagefind-body, SearchMeta inside it. */
const page = (title: string, body: string, meta: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body>
  <header><nav>Home FAQ Wizards headerword</nav></header>
  <main><article data-pagefind-body><h1>${title}</h1>${body}${meta}</article>
  <section><h2>Related questions</h2><a href="/faq/x/">relatedword</a></section></main>
  <footer>footerword</footer></body></html>`;

afterAll(() => pagefind.close());

async function index(pages: Record<string, string>) {
  const { index, errors } = await pagefind.createIndex(indexConfig);
  expect(errors).toEqual([]);
  for (const [url, html] of Object.entries(pages)) {
    const added = await index!.addHTMLFile({ url, content: html });
    expect(added.errors).toEqual([]);
  }
  const { files } = await index!.getFiles();
  await index!.deleteIndex();
  const fragments = files
    .filter((f) => f.path.endsWith('.pf_fragment'))
    .map(
      (f) =>
        JSON.parse(decodePagefindFile(f.content)) as {
          url: string;
          content: string;
          meta: Record<string, string>;
          filters: Record<string, string[]>;
        },
    );
  return { files, byUrl: new Map(fragments.map((f) => [f.url, f])) };
}

describe('searchMetaHtml', () => {
  test('marks a wizard with the type filter and metadata, and carries category and aliases', () => {
    const html = searchMetaHtml({
      type: 'Wizard',
      category: 'Developer Profile',
      aliases: ['appeal a denial', ' dispute  it '],
    });
    expect(html).toContain('data-pagefind-filter="type:Wizard" data-pagefind-meta="type:Wizard"');
    expect(html).toContain('data-pagefind-filter="category:Developer Profile"');
    expect(html).toContain('data-pagefind-meta="aliases:appeal a denial; dispute it"');
    expect(html, 'aliases are metadata only, never body text').not.toContain('<p');
    expect(html.startsWith('<div hidden')).toBe(true);
  });

  test('leaves out what it is not given', () => {
    const html = searchMetaHtml({ type: 'Question', aliases: [] });
    expect(html).not.toContain('category');
    expect(html).not.toContain('aliases');
  });

  test('escapes what could break out of an attribute or into markup', () => {
    const html = searchMetaHtml({
      type: 'Question',
      category: 'A "B" <C>',
      aliases: ['<script>alert(1)</script> & co'],
    });
    expect(html).not.toContain('<script>');
    expect(html).toContain('category:A &quot;B&quot; &lt;C&gt;');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
  });

  test('cleanAliases trims, collapses and drops repeats', () => {
    expect(cleanAliases(['  a  b ', 'a b', '', 'c'])).toEqual(['a b', 'c']);
  });
});

describe('what Pagefind indexes from a marked page', () => {
  test('a wizard page is a Wizard with its aliases, and nothing outside the body is indexed', async () => {
    const { byUrl } = await index({
      '/wizards/appeal-request/': page(
        'Draft an appeal request',
        '<p>Works out your last day to send it.</p><h2 id="step-1">What did Amazon decide?</h2><p>Denied or removed.</p>',
        searchMetaHtml({
          type: 'Wizard',
          category: 'Developer Profile',
          aliases: ["fight amazon's decision", 'dispute & reconsider'],
        }),
      ),
      '/faq/appeal-access-denial/': page(
        'What should I do if my access was wrongly denied?',
        '<p>Ask for an Appeal Request.</p>',
        searchMetaHtml({
          type: 'Question',
          category: 'Developer Profile',
          aliases: ['appeal a denial'],
        }),
      ),
    });
    const wizard = byUrl.get('/wizards/appeal-request/')!;
    expect(wizard.filters).toEqual({ type: ['Wizard'], category: ['Developer Profile'] });
    expect(wizard.meta).toMatchObject({
      title: 'Draft an appeal request',
      type: 'Wizard',
      aliases: "fight amazon's decision; dispute & reconsider",
    });
    expect(wizard.content).toContain('What did Amazon decide?');
    expect(wizard.content, 'aliases are not page text').not.toContain("fight amazon's decision");
    for (const word of ['headerword', 'relatedword', 'footerword'])
      expect(wizard.content).not.toContain(word);
    expect(byUrl.get('/faq/appeal-access-denial/')!.filters.type).toEqual(['Question']);
  });

  test('checkIndex lists pages without SearchMeta and builds the vocabulary from titles, text and aliases', async () => {
    const { files } = await index({
      '/faq/a/': page(
        'Credentials question',
        '<p>Where the secret key is.</p>',
        searchMetaHtml({ type: 'Question', aliases: ['forgot keys'] }),
      ),
      '/wizards/b/': page('Unmarked wizard', '<p>Steps.</p>', ''),
    });
    const summary = await checkIndex(files);
    expect(summary.pages).toBe(2);
    expect(summary.untyped).toEqual(['/wizards/b/']);
    expect(summary.vocabulary.words).toEqual(
      expect.arrayContaining(['credentials', 'secret', 'forgot', 'unmarked', 'steps']),
    );
    // English words a typo away from a site word, which correction must leave alone.
    expect(summary.english.words).toEqual(expect.arrayContaining(['forget']));
    expect(summary.english.words).not.toContain('secret');
  });

  test('checkIndex learns how pages are asked for from the labelled queries, and lists labelled pages it lacks', async () => {
    const { files } = await index({
      '/faq/a/': page(
        'Credentials question',
        '<p>Where the secret key is.</p>',
        searchMetaHtml({ type: 'Question', aliases: ['forgot keys'] }),
      ),
      '/faq/b/': page(
        'Appeal question',
        '<p>Steps.</p>',
        searchMetaHtml({ type: 'Question', aliases: [] }),
      ),
    });
    const summary = await checkIndex(files, [
      { text: 'lost my token', pages: ['/faq/a/', '/faq/gone/'] },
      { text: 'fight the decision', pages: ['/faq/b/'] },
    ]);
    expect(summary.strays).toEqual(['/faq/gone/']);
    expect(summary.asked.pages).toEqual(['/faq/a/', '/faq/b/']);
    const pagesOf = (term: string) =>
      (summary.asked.terms[term] ?? []).filter((_, i) => i % 2 === 0);
    expect(pagesOf('token')).toEqual([0]);
    expect(pagesOf('fight')).toEqual([1]);
    expect(pagesOf('forgot'), 'an alias is not a query').toEqual([]);
    expect(pagesOf('secret'), 'page text is not a query').toEqual([]);
  });

  test('checkIndex refuses an index without pages', async () => {
    await expect(checkIndex([])).rejects.toThrow('no page was indexed');
  });
});
