import { describe, expect, test } from 'vitest';
import { buildVocabulary, fragmentTexts, parseVocabulary } from '../../../src/search/vocabulary.ts';

describe('buildVocabulary', () => {
  test('lists words most frequent first, then alphabetically', () => {
    expect(buildVocabulary(['seller appeal seller', 'central appeal seller']).words).toEqual([
      'seller',
      'appeal',
      'central',
    ]);
  });

  test('leaves out stop words, short words and words with digits', () => {
    expect(buildVocabulary(['The id of my MWS account 2024 abc123']).words).toEqual([
      'account',
      'mws',
    ]);
  });

  test('takes the parts of a hyphenated word', () => {
    expect(buildVocabulary(['sp-api access e-mail']).words.sort()).toEqual([
      'access',
      'api',
      'mail',
    ]);
  });
});

describe('parseVocabulary', () => {
  test('accepts the file the build writes', () => {
    const v = buildVocabulary(['appeal']);
    expect(parseVocabulary(JSON.parse(JSON.stringify(v)))).toEqual(v);
  });

  test('rejects anything else', () => {
    expect(parseVocabulary(null)).toBeNull();
    expect(parseVocabulary({ version: 2, words: [] })).toBeNull();
    expect(parseVocabulary({ version: 1, words: ['a', 3] })).toBeNull();
  });
});

describe('fragmentTexts', () => {
  test('takes the content and text metadata, not URLs or images', () => {
    expect(
      fragmentTexts({
        content: 'Body',
        meta: { title: 'Title', aliases: 'alias one', url: '/x/', image: '/i.png' },
      }),
    ).toEqual(['Body', 'Title', 'alias one']);
  });

  test('is empty for something that is not a fragment', () => {
    expect(fragmentTexts(null)).toEqual([]);
    expect(fragmentTexts('text')).toEqual([]);
  });
});
