import { describe, expect, test } from 'vitest';
import {
  allowedEdits,
  correctQuery,
  correctWord,
  isCorrectable,
  isEnglish,
  isKnownWord,
  protectedEnglish,
  splitWord,
  stopsShort,
} from '../../../src/search/suggest.ts';
import { synonyms } from '../../../src/search/synonyms.ts';
import { buildVocabulary } from '../../../src/search/vocabulary.ts';

const vocabulary = buildVocabulary([
  'Appeal a denied access. Appeal Request. Developer credentials and credential keys.',
  'Seller Central sign in help. Forgot my Seller Central email. Secret key, developer key.',
  'Extension request for the access change. Register for Amazon MWS, registration. Role roles.',
]);

describe('correcting words', () => {
  test('short words get fewer slips than long ones', () => {
    expect([2, 3, 4, 5, 6, 9, 10, 14].map(allowedEdits)).toEqual([0, 1, 1, 1, 1, 1, 2, 2]);
  });

  test('known words, their inflections and words being typed are known', () => {
    expect(isKnownWord('appeal', vocabulary)).toBe(true);
    expect(isKnownWord('appeals', vocabulary)).toBe(true);
    expect(isKnownWord('appealed', vocabulary)).toBe(true);
    expect(isKnownWord('crede', vocabulary)).toBe(true);
    expect(isKnownWord('apeal', vocabulary)).toBe(false);
  });

  test('inflections that drop an e, double a consonant or turn y to i are known', () => {
    const site = buildVocabulary(['message ship apply']);
    const inflected = ['messaging', 'messaged', 'shipping', 'shipped', 'applies', 'applied'];
    expect(inflected.filter((w) => !isKnownWord(w, site))).toEqual([]);
    expect(correctQuery('messaging calls', site, buildVocabulary([]))).toBeNull();
    expect(isKnownWord('mesaging', site)).toBe(false);
  });

  test('corrects to the closest word the site uses', () => {
    expect(correctWord('apeal', vocabulary)).toBe('appeal');
    expect(correctWord('credentails', vocabulary)).toBe('credentials');
    expect(correctWord('extention', vocabulary)).toBe('extension');
  });

  test('a three-letter word is corrected only for swapped letters or a dropped one', () => {
    expect(correctWord('kye', vocabulary)).toBe('key');
    expect(correctWord('rol', vocabulary)).toBe('role');
    expect(correctWord('kez', vocabulary)).toBeNull();
  });

  test('corrects to a synonym or direction word the pages do not use', () => {
    expect(correctWord('sofware', vocabulary)).toBe('software');
    expect(correctWord('unlnik', vocabulary)).toBe('unlink');
  });

  test('prefers the word with the same first letter, then the more frequent one', () => {
    const v = buildVocabulary(['cart cart', 'part part part', 'card']);
    expect(correctWord('carx', v)).toBe('cart');
    expect(correctWord('xart', v)).toBe('part');
  });

  test('a dropped letter wins over a changed one: "removd" is "removed"', () => {
    const site = buildVocabulary(['remove remove remove removed']);
    expect(correctWord('removd', site)).toBe('removed');
  });

  test('leaves a slip of a stop word alone rather than make it a site word', () => {
    const site = buildVocabulary(['where her seller']);
    expect(correctWord('wher', site)).toBeNull();
  });

  test('gives up when nothing is close enough', () => {
    expect(correctWord('zzzzzzz', vocabulary)).toBeNull();
  });

  test('two dropped letters are a slip in a longer word only', () => {
    const site = buildVocabulary(['developer devices']);
    expect(correctWord('develpr', site)).toBe('developer');
    expect(correctWord('dvics', site)).toBeNull();
  });

  test('finds a slip in the stem when the site has the word only in another form', () => {
    expect(correctWord('devloping', buildVocabulary(['develop']))).toBe('developing');
    expect(correctWord('devlopment', buildVocabulary(['develop']))).toBeNull();
  });

  test('splits two words run together', () => {
    expect(splitWord('sellercentral', vocabulary)).toBe('seller central');
    expect(splitWord('sellerzzz', vocabulary)).toBeNull();
  });

  test('leaves a compound of off, out, over, under or back whole ("offline" is no "off line"), and one ending in out ("timeout")', () => {
    const site = buildVocabulary(['off line time out']);
    expect(splitWord('offline', site)).toBeNull();
    expect(splitWord('lineoff', site)).toBe('line off');
    expect(splitWord('timeout', site)).toBeNull();
    expect(splitWord('outtime', site)).toBeNull();
    expect(splitWord('timeline', site)).toBe('time line');
  });
});

const english = buildVocabulary(['lending sending partial refund']);

describe('correctQuery', () => {
  const none = buildVocabulary([]);

  test('corrects only the words the site never uses, keeping the rest', () => {
    expect(correctQuery('apeal', vocabulary, none)).toBe('appeal');
    expect(correctQuery('my seler central emial', vocabulary, none)).toBe(
      'my seller central email',
    );
  });

  test('is null when every word is known', () => {
    expect(correctQuery('appeal request', vocabulary, none)).toBeNull();
  });

  test('leaves names in camel or Pascal case alone: pasted code, not slips', () => {
    expect(correctQuery('SecretKey in the Apeal', vocabulary, none)).toBe(
      'secretkey in the appeal',
    );
    expect(correctQuery('secretkey in the apeal', vocabulary, none)).toBe(
      'secret key in the appeal',
    );
  });

  test('leaves a British spelling of a known word alone, corrects a slip of it', () => {
    const site = buildVocabulary(['Tell Amazon about your organization.']);
    expect(correctQuery('our organisation', site, none)).toBeNull();
    expect(correctQuery('our organizaton', site, none)).toBe('our organization');
  });

  test('a long word cut short is still being typed only at the end of the query', () => {
    expect(correctQuery('how to registr', vocabulary, none)).toBeNull();
    expect(correctQuery('registr for amazon mws', vocabulary, none)).toBe(
      'register for amazon mws',
    );
    expect(correctQuery('cred keys', vocabulary, none)).toBeNull();
    expect(stopsShort('registr for amazon mws', vocabulary)).toBe(true);
    expect(stopsShort('how to registr', vocabulary)).toBe(false);
    expect(stopsShort('register for amazon mws', vocabulary)).toBe(false);
  });

  test('an inflection of a word the engine understands is spelled right ("coder" of code)', () => {
    expect(isCorrectable('coder')).toBe(false);
    expect(isCorrectable('rejectd')).toBe(true);
  });

  test('leaves stop words, numbers and words with a synonym alone', () => {
    expect(correctQuery('teh 2024 appeal', vocabulary, none)).toBeNull();
    const word = Object.keys(synonyms).find((w) => !isKnownWord(w, vocabulary) && !/\d/.test(w))!;
    expect(correctQuery(word, vocabulary, none)).toBeNull();
  });

  test('a site word done again is spelled right ("reauthorized"); a slip after "re" is not', () => {
    const site = buildVocabulary(['authorized submit review']);
    expect(correctQuery('get reauthorized', site, none)).toBeNull();
    expect(correctQuery('resubmit', site, none)).toBeNull();
    expect(correctQuery('reveiw', site, none)).toBe('review');
  });

  test('never corrects a word of the Seller Central lexicon ("payout" is no "pay out")', () => {
    const site = buildVocabulary(['pay out']);
    expect(correctQuery('next payout', site, none)).toBeNull();
    expect(correctQuery('next payouts', site, none)).toBeNull();
  });

  test('never corrects a correctly spelled English word, nor its inflections', () => {
    const site = buildVocabulary(['sending portal']);
    expect(correctWord('lending', site)).toBe('sending');
    expect(correctQuery('developer profile lending', site, english)).toBeNull();
    expect(correctQuery('refunds', buildVocabulary(['refused']), english)).toBeNull();
    expect(isEnglish('partials', english)).toBe(true);
    expect(correctQuery('lendnig', buildVocabulary(['lending']), english)).toBe('lending');
  });

  test('an English word plus an ending that makes another word protects no slip', () => {
    // "extention" is no "extent" + "ion".
    const site = buildVocabulary(['extension']);
    expect(correctQuery('extention', site, buildVocabulary(['extent']))).toBe('extension');
  });
});

describe('protectedEnglish', () => {
  test('keeps the English words a typo away from a site word, or made of two', () => {
    const site = buildVocabulary(['sending seller central appeal']);
    expect(
      protectedEnglish(site, ['lending', 'sellers', 'zebra', 'tulip', 'central', 'sellercentral']),
    ).toEqual(['lending', 'sellercentral']);
    // A slip away from a word the engine understands ("apply", a direction word) too.
    expect(protectedEnglish(site, ['apple'])).toEqual(['apple']);
  });

  test('finds the same words as correcting each one would', () => {
    const site = buildVocabulary(['credentials extension developer profile roles access']);
    const words = [
      ...['credential', 'extensions', 'envelope', 'rules', 'process', 'accept', 'roses'],
      // Two dropped letters, and a slip in the stem.
      ...['devloper', 'profiling'],
    ];
    const expected = words
      .filter(
        (w) =>
          isCorrectable(w) && !isKnownWord(w, site) && (correctWord(w, site) ?? splitWord(w, site)),
      )
      .sort();
    expect(protectedEnglish(site, words)).toEqual(expected);
  });
});
