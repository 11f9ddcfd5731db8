import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  cleanQuery,
  isSearchable,
  maxQueryLength,
  preloadTerms,
  queryTerms,
  stopWords,
  tokenize,
  words,
} from '../../../src/search/query.ts';

describe('tokenize', () => {
  test('lowercases and keeps words in order', () => {
    expect(tokenize('Forgot my Seller Central EMAIL')).toEqual([
      'forgot',
      'my',
      'seller',
      'central',
      'email',
    ]);
  });

  test("drops a possessive 's and closes up contractions, with straight or curly quotes", () => {
    expect(tokenize("remove a developer's access")).toEqual(['remove', 'a', 'developer', 'access']);
    expect(tokenize('I can’t log in')).toEqual(['i', 'cant', 'log', 'in']);
  });

  test('keeps hyphenated words whole and splits on other punctuation', () => {
    expect(tokenize('SP-API roles? (Selling/Partner)')).toEqual([
      'sp-api',
      'roles',
      'selling',
      'partner',
    ]);
  });

  test('reads only the first maxQueryLength characters of a query, but all of a text', () => {
    const long = `${'a'.repeat(maxQueryLength)} appeal`;
    expect(tokenize(long)).not.toContain('appeal');
    expect(words(long)).toContain('appeal');
  });

  test('drops the word the maximum length would cut in two, and keeps one it ends on', () => {
    const filler = 'x '.repeat(maxQueryLength / 2 - 2);
    const cut = `${filler}i should change`;
    expect(cut.slice(maxQueryLength - 2, maxQueryLength + 1)).toBe('sho');
    expect(tokenize(cut).slice(-2)).toEqual(['x', 'i']);
    expect(cleanQuery(cut).endsWith(' x i')).toBe(true);
    const whole = `${filler}x go on`;
    expect(whole.slice(maxQueryLength - 2, maxQueryLength + 1)).toBe('go ');
    expect(tokenize(whole).at(-1)).toBe('go');
  });
});

describe('queryTerms', () => {
  test('drops the words that carry no topic', () => {
    expect(queryTerms('How do I remove a developer’s access?')).toEqual([
      'remove',
      'developer',
      'access',
    ]);
  });

  test('keeps every word when all of them are stop words', () => {
    expect(queryTerms('how do I')).toEqual(['how', 'do', 'i']);
  });

  test('lists a repeated word once', () => {
    expect(queryTerms('appeal appeal Appeal')).toEqual(['appeal']);
  });

  test('never returns a stop word next to a topic word', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom('appeal', 'the', 'how', 'credentials', 'my', 'sp-api', '?', 'Seller'),
        ),
        (parts) => {
          const terms = queryTerms(parts.join(' '));
          if (terms.some((t) => !stopWords.has(t)))
            expect(terms.filter((t) => stopWords.has(t))).toEqual([]);
        },
      ),
    );
  });
});

describe('cleanQuery and isSearchable', () => {
  test('collapses spaces and trims', () => {
    expect(cleanQuery('  forgot   email \n')).toBe('forgot email');
  });

  test('a query needs a term of two or more characters', () => {
    expect(isSearchable('')).toBe(false);
    expect(isSearchable('  ?! ')).toBe(false);
    expect(isSearchable('a')).toBe(false);
    expect(isSearchable('id')).toBe(true);
  });
});

describe('preloadTerms', () => {
  test('keeps the terms of three letters or more, so a first letter preloads nothing', () => {
    expect(preloadTerms('d')).toEqual([]);
    expect(preloadTerms('de')).toEqual([]);
    expect(preloadTerms('dev')).toEqual(['dev']);
    expect(preloadTerms('mws developer id')).toEqual(['mws', 'developer']);
  });
});
