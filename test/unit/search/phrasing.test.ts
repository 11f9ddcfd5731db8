import { describe, expect, test } from 'vitest';
import { coverage, phrasingsOf, stem } from '../../../src/search/phrasing.ts';

describe('phrasing', () => {
  test('stems the endings that change a form, not short words', () => {
    expect(stem('changes')).toBe(stem('changed'));
    expect(stem('keys')).toBe('key');
    expect(stem('use')).toBe('use');
  });

  test('reads the title and each alias as its own phrasing', () => {
    expect(
      phrasingsOf({ title: 'Revoke a developer', aliases: 'cut off my agency; ex developer' }),
    ).toEqual([
      ['revok', 'a', 'developer'],
      ['cut', 'off', 'my', 'agency'],
      ['ex', 'developer'],
    ]);
    expect(phrasingsOf({})).toEqual([]);
  });

  test('a single phrasing saying more of the query covers more than words spread across several', () => {
    const parts = [
      { terms: ['agency'], weight: 2 },
      { terms: ['developer'], weight: 1 },
      { terms: ['"cut off"', 'revoke'], weight: 1 },
    ];
    const together = phrasingsOf({ title: 'x', aliases: 'cut off my agency' });
    const apart = phrasingsOf({ title: 'agency', aliases: 'developer; cut off' });
    expect(coverage(parts, together)).toBe(0.75);
    expect(coverage(parts, apart)).toBe(0.5);
    expect(coverage(parts, [])).toBe(0);
  });

  test('a phrase term matches its words in order only', () => {
    const parts = [{ terms: ['"case log"'], weight: 1 }];
    expect(coverage(parts, phrasingsOf({ title: 'open the case log' }))).toBe(1);
    expect(coverage(parts, phrasingsOf({ title: 'log a case' }))).toBe(0);
  });
});
