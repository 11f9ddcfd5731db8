import { describe, expect, it } from 'vitest';
import { answerMarkdown, questionMarkdown } from '../../../src/faq/markdown.ts';

const page = new URL('https://help.example/help/faq/this-question/');

describe('answerMarkdown', () => {
  it('keeps Markdown as written and makes relative links absolute against the page', () => {
    const body = [
      'See [the other one](../other/) and [a part](#steps), or [Amazon](https://sellercentral.amazon.com/).',
      '',
      '1. **Settings** > **User Permissions**',
      '',
      '[ref]: ../ref/',
    ].join('\n');
    expect(answerMarkdown(body, page)).toBe(
      [
        'See [the other one](https://help.example/help/faq/other/) and [a part](https://help.example/help/faq/this-question/#steps), or [Amazon](https://sellercentral.amazon.com/).',
        '',
        '1. **Settings** > **User Permissions**',
        '',
        '[ref]: https://help.example/help/faq/ref/',
      ].join('\n'),
    );
  });

  // Imports, exports, components and expressions never get here: the content check refuses
  // them before Astro loads the answers (test/fixtures/bad-content/mdx-*).
  it('drops MDX comments and keeps an escaped brace', () => {
    expect(answerMarkdown('Text {/* a note */} here.\n', page)).toBe('Text  here.');
    expect(answerMarkdown('A literal \\{ brace.', page)).toBe('A literal \\{ brace.');
  });

  it('leaves code alone: a brace or a tag in a code span or block is text', () => {
    const body = 'Send `{"a": 1}` or `<b>`.\n\n```\n<Tag> {x}\n```';
    expect(answerMarkdown(body, page)).toBe(body);
  });
});

describe('questionMarkdown', () => {
  it('gives the question as h1, the short answer, the answer, the wizards and where it is from', () => {
    const text = questionMarkdown({
      question: 'How do I do this?',
      summary: 'Do it like this.',
      body: 'Like [that](../that/).',
      pageUrl: page,
      category: 'General',
      reviewed: '2026-11-28',
      wizards: [{ title: 'Do this', url: 'https://help.example/help/wizards/do-this/' }],
    });
    expect(text).toBe(
      [
        '# How do I do this?',
        '',
        '**In short:** Do it like this.',
        '',
        'Like [that](https://help.example/help/faq/that/).',
        '',
        '**Do it step by step:** answer a few questions and get the exact text to send.',
        '',
        '- [Do this](https://help.example/help/wizards/do-this/)',
        '',
        '---',
        '',
        "General question, reviewed on 2026-11-28 against the Amazon MWS FAQ. Unofficial: Amazon's own pages are the final word. Web page: <https://help.example/help/faq/this-question/>",
        '',
      ].join('\n'),
    );
  });
});
