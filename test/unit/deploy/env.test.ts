import { describe, expect, test } from 'vitest';
import { basePath, siteUrl } from '../../../src/integrations/deploy/env.ts';

describe('SITE_URL', () => {
  test('unset or empty: the local default; an origin is kept, a trailing slash dropped', () => {
    expect(siteUrl(undefined, 'http://localhost:4321')).toBe('http://localhost:4321');
    expect(siteUrl('', 'http://localhost:4321')).toBe('http://localhost:4321');
    expect(siteUrl('https://help.example.com/', 'x')).toBe('https://help.example.com');
    expect(siteUrl('http://localhost:4322', 'x')).toBe('http://localhost:4322');
  });

  test.each([
    [
      'help.example.com',
      /is not an absolute URL\. Write the origin only, such as SITE_URL=https:\/\/help\.example\.com/,
    ],
    ['ftp://help.example.com', /starts with ftp:, not http: or https:/],
    [
      'https://help.example.com/help',
      /has the path \/help: a sub-path goes in BASE_PATH \(BASE_PATH=\/help\/\)/,
    ],
    ['https://help.example.com/?x=1', /has a query or a fragment/],
    ['https://me:secret@help.example.com', /carries a user name or password/],
  ])('%s fails, saying what to write', (raw, message) => {
    expect(() => siteUrl(raw, 'x')).toThrow(message);
  });
});

describe('BASE_PATH', () => {
  test('unset, empty or / is the root; a sub-path with a slash at each end is kept', () => {
    expect(basePath(undefined)).toBe('/');
    expect(basePath('')).toBe('/');
    expect(basePath('/')).toBe('/');
    expect(basePath('/help/')).toBe('/help/');
    expect(basePath('/support/seller-api/')).toBe('/support/seller-api/');
  });

  test.each([
    ['help/', /does not start with \//],
    ['/help', /does not end with \//],
    ['/help center/', /a space, %, \? or # breaks links/],
    ['/help//faq/', /has an empty segment/],
    ['/a/../b/', /has a \. or \.\. segment/],
  ])('%s fails, saying what to write', (raw, message) => {
    expect(() => basePath(raw)).toThrow(message);
    expect(() => basePath(raw)).toThrow(/such as BASE_PATH=\/help\/ \(or \/ for the root\)/);
  });
});
