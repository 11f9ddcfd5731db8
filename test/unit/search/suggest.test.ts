import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  allowedEdits,
  correctWord,
  editDistance,
  isKnownWord,
  maxTermsForSuggestion,
  offeredSuggestion,
  rewriteTerms,
  splitWord,
  suggestQuery,
} from '../../../src/search/suggest';
import { synonyms } from '../../../src/search/synonyms';
import { buildVocabulary } from '../../../src/search/vocabulary';

const vocabulary = buildVocabulary([
  'Appeal a denied access. Appeal Request. Developer credentials and credential keys.',
  'Seller Central sign in help. Forgot my Seller Central email. Secret key, developer key.',
  'Extension request for the access change. Register for Amazon MWS. Role roles.',
]);

describe('editDistance', () => {
  test('counts inserts, deletes, substitutions and a swap of two neighbouring letters as one each', () => {
    expect(editDistance('apeal', 'appeal')).toBe(1);
    expect(editDistance('appeal', 'apeal')).toBe(1);
    expect(editDistance('kye', 'key')).toBe(1);
    expect(editDistance('credentails', 'credentials')).toBe(1);
    expect(editDistance('sellr', 'seller')).toBe(1);
    expect(editDistance('cat', 'dog')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  test('is zero only for equal words, symmetric, and at most the longer length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b) => {
        const d = editDistance(a, b);
        expect(d === 0).toBe(a === b);
        expect(editDistance(b, a)).toBe(d);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });

  test('with a maximum, stops early and reports max + 1 for anything further', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 8 }),
        fc.string({ maxLength: 8 }),
        fc.integer({ min: 0, max: 4 }),
        (a, b, max) => {
          expect(editDistance(a, b, max)).toBe(Math.min(editDistance(a, b), max + 1));
        },
      ),
    );
  });
});

describe('correcting words', () => {
  test('short words get fewer slips than long ones', () => {
    expect([2, 3, 4, 5, 6, 9, 10].map(allowedEdits)).toEqual([0, 1, 1, 1, 2, 2, 3]);
  });

  test('known words, their inflections and words being typed are known', () => {
    expect(isKnownWord('appeal', vocabulary)).toBe(true);
    expect(isKnownWord('appeals', vocabulary)).toBe(true);
    expect(isKnownWord('appealed', vocabulary)).toBe(true);
    expect(isKnownWord('crede', vocabulary)).toBe(true);
    expect(isKnownWord('apeal', vocabulary)).toBe(false);
  });

  test('corrects to the closest word the site uses', () => {
    expect(correctWord('apeal', vocabulary)).toBe('appeal');
    expect(correctWord('credentails', vocabulary)).toBe('credentials');
    expect(correctWord('extention', vocabulary)).toBe('extension');
  });

  test('a three-letter word is corrected only for swapped letters', () => {
    expect(correctWord('kye', vocabulary)).toBe('key');
    expect(correctWord('kez', vocabulary)).toBeNull();
  });

  test('prefers the word with the same first letter, then the more frequent one', () => {
    const v = buildVocabulary(['cart cart', 'part part part', 'card']);
    expect(correctWord('carx', v)).toBe('cart');
    expect(correctWord('xart', v)).toBe('part');
  });

  test('gives up when nothing is close enough', () => {
    expect(correctWord('zzzzzzz', vocabulary)).toBeNull();
  });

  test('splits two words run together', () => {
    expect(splitWord('sellercentral', vocabulary)).toBe('seller central');
    expect(splitWord('sellerzzz', vocabulary)).toBeNull();
  });
});

describe('suggestQuery', () => {
  test('corrects only the words the site never uses, keeping the rest', () => {
    expect(suggestQuery('apeal', vocabulary)).toBe('appeal');
    expect(suggestQuery('my seler central emial', vocabulary)).toBe('my seller central email');
  });

  test('is null when every word is known', () => {
    expect(suggestQuery('appeal request', vocabulary)).toBeNull();
  });

  test('leaves stop words, numbers and words with a synonym alone', () => {
    expect(suggestQuery('teh 2024 appeal', vocabulary)).toBeNull();
    const word = Object.keys(synonyms).find((w) => !isKnownWord(w, vocabulary))!;
    expect(suggestQuery(word, vocabulary)).toBeNull();
  });

  test('offers the correction when nothing was found, or the query is short', () => {
    const long = 'apeal ' + 'appeal '.repeat(maxTermsForSuggestion);
    expect(offeredSuggestion('apeal', vocabulary, 3, 1)).toBe('appeal');
    expect(offeredSuggestion(long, vocabulary, 0, maxTermsForSuggestion + 1)).not.toBeNull();
    expect(offeredSuggestion(long, vocabulary, 2, maxTermsForSuggestion + 1)).toBeNull();
    expect(offeredSuggestion('appeal', vocabulary, 0, 1)).toBeNull();
  });
});

describe('rewriteTerms', () => {
  test("puts people's words the site never uses in the site's words", () => {
    expect(rewriteTerms(['login', 'charge', 'appeal'], vocabulary)).toEqual([
      'sign',
      'cost',
      'appeal',
    ]);
  });

  test('leaves a word the site uses, even one with a synonym', () => {
    const v = buildVocabulary(['login help']);
    expect(rewriteTerms(['login'], v)).toEqual(['login']);
  });

  test('lists a word once when two words map to it', () => {
    expect(rewriteTerms(['charge', 'price'], vocabulary)).toEqual(['cost']);
  });
});
