import { describe, expect, it } from 'vitest';
import { llmsTxt } from '../../../src/lib/llms-txt.ts';
import { openSearchXml, type OpenSearch } from '../../../src/lib/opensearch.ts';

describe('llmsTxt', () => {
  it('writes the name, the summary, details and sections of links, each on one line', () => {
    const text = llmsTxt({
      name: 'Help',
      summary: 'What it\nis.',
      details: ['More.'],
      sections: [
        {
          title: 'Questions',
          links: [{ title: 'Why [not]?', url: 'https://x/a.md', note: 'Because\n  so.' }],
        },
        { title: 'Empty', links: [] },
      ],
    });
    expect(text).toBe(
      '# Help\n\n> What it is.\n\nMore.\n\n## Questions\n\n- [Why \\[not\\]?](https://x/a.md): Because so.\n',
    );
  });
});

describe('openSearchXml', () => {
  const description: OpenSearch = {
    shortName: 'Help & more',
    description: 'Search <it>',
    template: 'https://x/help/search/?q={searchTerms}',
    searchForm: 'https://x/help/search/',
    self: 'https://x/help/opensearch.xml',
    icon: { url: 'https://x/help/favicon.svg', type: 'image/svg+xml' },
  };

  it('escapes the text and carries the search template', () => {
    const xml = openSearchXml(description);
    expect(xml).toContain('<ShortName>Help &amp; more</ShortName>');
    expect(xml).toContain('<Description>Search &lt;it&gt;</Description>');
    expect(xml).toContain(
      '<Url type="text/html" method="get" template="https://x/help/search/?q={searchTerms}"/>',
    );
  });

  it('refuses a name browsers would cut, or a template without {searchTerms}', () => {
    expect(() => openSearchXml({ ...description, shortName: 'A name of seventeen' })).toThrow(
      /over 16/,
    );
    expect(() => openSearchXml({ ...description, template: 'https://x/search/' })).toThrow(
      /searchTerms/,
    );
  });
});
