import { describe, expect, test } from 'vitest';
import { hoistIslandStyle } from '../../../src/integrations/pagefind';

const style = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

describe('hoistIslandStyle', () => {
  test("moves Astro's island style from the body to the end of the head, unchanged", () => {
    const html = `<html><head><meta charset="utf-8"></head><body><header><div>${style}<astro-island></astro-island></div></header></body></html>`;
    expect(hoistIslandStyle(html)).toBe(
      `<html><head><meta charset="utf-8">${style}</head><body><header><div><astro-island></astro-island></div></header></body></html>`,
    );
  });

  test('leaves a page without islands, or with the style already in the head, as it is', () => {
    const plain = '<html><head></head><body><p>x</p></body></html>';
    expect(hoistIslandStyle(plain)).toBe(plain);
    const done = `<html><head>${style}</head><body></body></html>`;
    expect(hoistIslandStyle(done)).toBe(done);
  });
});
