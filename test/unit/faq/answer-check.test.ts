/** What the MDX allow-list lets through: Markdown that only looks like code stays allowed. */
import { describe, expect, test } from 'vitest';
import { checkAnswer } from '../../../src/faq/answer-check.ts';

const answer = (body: string) => `---\nquestion: x\n---\n\n${body}\n`;

describe('checkAnswer', () => {
  test.each([
    ['an MDX comment', '{/* a note for the next author */}'],
    ['HTML shown as inline code', 'Amazon shows `<script>` here.'],
    ['HTML shown in a code block', '```\n<img src="x" onerror="alert(1)">\n```'],
    ['a brace written as \\{', 'Write \\{ for a brace.'],
    ['an https link', '[Seller Central](https://sellercentral.amazon.com/)'],
    ['a table', '| a | b |\n| - | - |\n| 1 | 2 |'],
  ])('allows %s', (_, body) => {
    expect(checkAnswer(answer(body), 'a.mdx').problems).toEqual([]);
  });

  test('a comment that closes early and goes on is an expression', () => {
    expect(checkAnswer(answer('{/* a */ alert(1) /* b */}'), 'a.mdx').problems).toEqual([
      'a.mdx:5: {/* a */ alert(1) /* b */} is a JavaScript expression; answers are Markdown only (write \\{ for a brace)',
    ]);
  });

  test('heading ids are the ones Astro gives, in order, repeats numbered', () => {
    const { headings } = checkAnswer(
      answer("## Before you start\n\n## Don't wait\n\n## Before you start"),
      'a.mdx',
    );
    expect(headings).toEqual(['before-you-start', 'dont-wait', 'before-you-start-1']);
  });
});
