import { describe, expect, test } from 'vitest';
import { askedScores, askedTerms, buildAsked, parseAsked } from '../../../src/search/asked.ts';

const model = buildAsked([
  { text: 'kick my old developer off', pages: ['/faq/revoke/'] },
  { text: 'remove developer access', pages: ['/faq/revoke/', '/wizards/revoke/'] },
  { text: 'let my developer see my orders', pages: ['/faq/authorize/'] },
  { text: 'give a developer access', pages: ['/faq/authorize/'] },
]);

describe('how pages are asked for', () => {
  test('a text counts its stemmed meaningful words once each', () => {
    expect(askedTerms('Kicked the developers off, kick them')).toEqual([
      'kick',
      'developer',
      'off',
    ]);
  });

  test('pages come in order and every stored weight is a whole number of at least 2', () => {
    expect(model.pages).toEqual(['/faq/authorize/', '/faq/revoke/', '/wizards/revoke/']);
    const weights = Object.values(model.terms).flatMap((row) => row.filter((_, i) => i % 2));
    expect(weights.every((w) => Number.isInteger(w) && w >= 2)).toBe(true);
  });

  test('the page most asked for in the query words scores 1, the rest a share of it', () => {
    const scores = askedScores(model, 'kick developer');
    expect(scores.get('/faq/revoke/')).toBe(1);
    expect(scores.get('/faq/authorize/') ?? 0).toBeLessThan(1);
    expect(askedScores(model, 'let my developer in').get('/faq/authorize/')).toBe(1);
  });

  test('a word on every page tells no page apart', () => {
    const even = buildAsked([
      { text: 'developer one', pages: ['/faq/a/'] },
      { text: 'developer two', pages: ['/faq/b/'] },
    ]);
    const scores = askedScores(even, 'developer');
    expect(scores.get('/faq/a/')).toBe(scores.get('/faq/b/'));
  });

  test('words nobody asked with, and words of the object prototype, score nothing', () => {
    const nothing = new Map(model.pages.map((page) => [page, 0]));
    expect(askedScores(model, 'bank payout')).toEqual(nothing);
    expect(askedScores(model, 'constructor tostring')).toEqual(nothing);
  });

  test('a fetched file is read only when it has the shape', () => {
    expect(parseAsked(JSON.parse(JSON.stringify(model)))).toEqual(model);
    expect(parseAsked(null)).toBeNull();
    expect(parseAsked({ ...model, version: 2 })).toBeNull();
    expect(parseAsked({ ...model, pages: [1] })).toBeNull();
    expect(parseAsked({ ...model, terms: { kick: ['a'] } })).toBeNull();
  });
});
