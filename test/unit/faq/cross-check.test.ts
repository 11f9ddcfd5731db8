import { describe, expect, test } from 'vitest';
import { crossCheckFaq, type FaqRecord } from '../../../src/faq/cross-check.ts';

const question = (
  id: string,
  overrides: Partial<FaqRecord['data']> = {},
  folder = 'general',
): FaqRecord => ({
  id,
  filePath: `content/faq/${folder}/${id}.mdx`,
  data: { category: 'general', order: 1, related: [], wizards: [], ...overrides },
});

describe('crossCheckFaq', () => {
  test('accepts consistent content', () => {
    const result = crossCheckFaq(
      [question('a', { related: ['b'], wizards: ['w'] }), question('b', { order: 2 })],
      [{ id: 'w', filePath: 'content/wizards/w.yaml', faq: ['a'] }],
    );
    expect(result).toEqual({ errors: [] });
  });

  test('a related slug that does not exist fails, naming the file and the field', () => {
    const { errors } = crossCheckFaq([question('a', { related: ['nope'] })], []);
    expect(errors).toEqual([
      'content/faq/general/a.mdx: related names "nope", but no question has that slug',
    ]);
  });

  test('a question that lists itself as related fails', () => {
    expect(crossCheckFaq([question('a', { related: ['a'] })], []).errors[0]).toContain(
      'related lists the question itself',
    );
  });

  test('a category that does not match the folder fails', () => {
    const { errors } = crossCheckFaq([question('a', { category: 'products' })], []);
    expect(errors[0]).toContain(
      'content/faq/general/a.mdx: category is "products" but the file is in the "general" folder',
    );
  });

  test('two questions with the same order in a category fail', () => {
    const { errors } = crossCheckFaq([question('a'), question('b')], []);
    expect(errors).toEqual([
      'content/faq/general/b.mdx: order 1 is already used by content/faq/general/a.mdx in category "general"; give each question its own order',
    ]);
  });

  test('a wizard id that does not exist fails, naming the file', () => {
    const { errors } = crossCheckFaq([question('a', { wizards: ['later'] })], []);
    expect(errors).toEqual([
      'content/faq/general/a.mdx: wizards names "later", but no wizard has that id (content/wizards/later.yaml)',
    ]);
  });

  test("a wizard's faq link to a missing question fails, naming the wizard file", () => {
    const { errors } = crossCheckFaq(
      [question('a')],
      [{ id: 'w', filePath: 'content/wizards/w.yaml', faq: ['gone'] }],
    );
    expect(errors).toEqual([
      'content/wizards/w.yaml: faq names "gone", but no question has that slug',
    ]);
  });
});
