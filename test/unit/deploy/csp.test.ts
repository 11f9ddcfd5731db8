import { expect, test } from 'vitest';
import { headerCsp, metaCsp, parseCsp, unionCsp } from '../../../src/integrations/deploy/csp.ts';

const page = (extra = '') =>
  `default-src 'self';img-src 'self' data:; script-src 'self' 'sha256-a='${extra}; style-src 'self' 'sha256-s=';`;

test('the header unites every page’s sources, each once, in the order first seen', () => {
  const union = unionCsp([page(), page(" 'sha256-b='"), page()]);
  expect(union.get('script-src')).toEqual(["'self'", "'sha256-a='", "'sha256-b='"]);
  expect(union.get('img-src')).toEqual(["'self'", 'data:']);
});

test("the header adds frame-ancestors 'none', which a <meta> policy may not carry", () => {
  const header = headerCsp([page(), page(" 'sha256-b='")]);
  expect(parseCsp(header).get('frame-ancestors')).toEqual(["'none'"]);
  expect(header).toBe(
    "default-src 'self'; img-src 'self' data:; script-src 'self' 'sha256-a=' 'sha256-b='; style-src 'self' 'sha256-s='; frame-ancestors 'none'",
  );
});

test('no page with a policy: the build stops instead of sending none', () => {
  expect(() => headerCsp([])).toThrow(/No built page carries a Content-Security-Policy/);
});

test('the <meta> policy is read from a page as Astro writes it, entities decoded', () => {
  expect(
    metaCsp(
      `<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; script-src 'self'"></head>`,
    ),
  ).toBe("default-src 'self'; script-src 'self'");
  expect(metaCsp('<meta name="description" content="x">')).toBeNull();
});
