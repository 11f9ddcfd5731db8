import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { tokenize } from '../../../src/search/query';
import {
  hitRank,
  hitRates,
  parseCases,
  passes,
  sitePathOf,
  thresholds,
  type RelevanceCase,
  type TypoCase,
} from '../../../src/search/relevance';

const read = (file: string) => JSON.parse(readFileSync(`test/search/${file}`, 'utf8'));

describe('counting hits', () => {
  test('a result URL becomes a site path without base, query, hash or index.html', () => {
    expect(sitePathOf('http://localhost:4322/help/faq/x/?q=1#how', '/help/')).toBe('/faq/x/');
    expect(sitePathOf('/help/wizards/y/index.html', '/help')).toBe('/wizards/y/');
    expect(sitePathOf('/faq/x/', '/')).toBe('/faq/x/');
  });

  test('the rank is that of the first expected page, or null', () => {
    expect(hitRank(['/a/', '/b/', '/c/'], ['/c/', '/b/'])).toBe(2);
    expect(hitRank(['/a/'], ['/z/'])).toBeNull();
  });

  test('rates count top-1 and top-3 over every query', () => {
    const rates = hitRates([1, 2, 3, 4, null]);
    expect(rates).toMatchObject({ total: 5, top1: 1, top3: 3, top1Rate: 0.2, top3Rate: 0.6 });
    expect(hitRates([])).toMatchObject({ total: 0, top1Rate: 0, top3Rate: 0 });
  });

  test('passing needs both thresholds', () => {
    const ranks = (top1: number, top3: number, total: number) =>
      hitRates([
        ...Array(top1).fill(1),
        ...Array(top3 - top1).fill(3),
        ...Array(total - top3).fill(null),
      ]);
    expect(passes(ranks(75, 90, 100))).toBe(true);
    expect(passes(ranks(74, 95, 100))).toBe(false);
    expect(passes(ranks(80, 89, 100))).toBe(false);
    expect(thresholds).toEqual({ top1: 0.75, top3: 0.9 });
  });

  test('a malformed set is refused, naming the entry', () => {
    expect(() => parseCases({}, 'queries')).toThrow('expected a list');
    expect(() =>
      parseCases(
        [
          { query: 'x', expect: ['/faq/a/'] },
          { query: '', expect: ['/faq/a/'] },
        ],
        'queries',
      ),
    ).toThrow('queries[1]');
    expect(() => parseCases([{ query: 'x', expect: ['faq/a'] }], 'queries')).toThrow('"expect"');
    expect(() => parseCases([{ typo: 'x', expect: ['/faq/a/'] }], 'typos')).toThrow('"meant"');
  });
});

describe('the relevance sets', () => {
  const faq = readdirSync('content/faq', { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const front = parse(readFileSync(`content/faq/${f}`, 'utf8').split(/^---$/m)[1]!) as {
        question: string;
        aliases: string[];
      };
      return { path: `/faq/${f.replace(/^.*\//, '').replace(/\.mdx$/, '')}/`, ...front };
    });
  const wizards = readdirSync('content/wizards')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => `/wizards/${f.replace(/\.yaml$/, '')}/`);
  const pages = new Set([...faq.map((q) => q.path), ...wizards]);
  const queries = parseCases<RelevanceCase>(read('queries.json'), 'queries');
  const typos = parseCases<TypoCase>(read('typos.json'), 'typos');
  const words = (text: string) => tokenize(text).join(' ');

  test('has at least 40 queries and every question answers at least one', () => {
    expect(queries.length).toBeGreaterThanOrEqual(40);
    const answered = new Set(queries.flatMap((q) => q.expect));
    expect(faq.map((q) => q.path).filter((p) => !answered.has(p))).toEqual([]);
  });

  test('every expected page exists', () => {
    for (const c of [...queries, ...typos]) {
      for (const path of c.expect)
        expect(pages.has(path), `${path} in ${JSON.stringify(c)}`).toBe(true);
    }
  });

  test('no query copies a question title or an alias', () => {
    const copied = new Set(faq.flatMap((q) => [q.question, ...q.aliases]).map(words));
    for (const { query } of queries) expect(copied.has(words(query)), query).toBe(false);
  });

  test('every typo differs from what was meant', () => {
    for (const { typo, meant } of typos) expect(words(typo)).not.toBe(words(meant));
  });
});
