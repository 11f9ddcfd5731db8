import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { editDistance } from '../../../src/lib/edit-distance.ts';

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
