import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { tokenize } from '../../../src/search/query.ts';
import {
  halves,
  hitRank,
  hitRates,
  missedTargets,
  parseCases,
  sitePathOf,
  thresholds,
  type HalfFigures,
  type OffTopicCase,
  type RelevanceCase,
  type TypoCase,
} from '../../../src/search/relevance.ts';

const read = (half: string, file: string) =>
  JSON.parse(readFileSync(`test/search/${half}/${file}`, 'utf8'));

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

  test('a half meets the targets only when every figure does', () => {
    const ranks = (top1: number, top3: number, total: number) =>
      hitRates([
        ...Array(top1).fill(1),
        ...Array(top3 - top1).fill(3),
        ...Array(total - top3).fill(null),
      ]);
    const good: HalfFigures = {
      rates: ranks(85, 95, 100),
      typoRates: ranks(50, 90, 100),
      falseCorrections: 0,
      spelledRight: 120,
      offTopicHonest: 20,
      offTopicTotal: 20,
    };
    expect(missedTargets(good)).toEqual([]);
    expect(missedTargets({ ...good, rates: ranks(84, 95, 100) })).toHaveLength(1);
    expect(missedTargets({ ...good, rates: ranks(90, 94, 100) })).toHaveLength(1);
    expect(missedTargets({ ...good, typoRates: ranks(50, 89, 100) })).toHaveLength(1);
    expect(missedTargets({ ...good, falseCorrections: 1 })).toHaveLength(1);
    expect(missedTargets({ ...good, offTopicHonest: 19 })).toHaveLength(1);
    expect(thresholds).toMatchObject({ top1: 0.85, top3: 0.95, typoTop3: 0.9 });
    expect(
      missedTargets({ ...good, rates: ranks(84, 95, 100) }, { ...thresholds, top1: 0.8 }),
    ).toEqual([]);
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
    expect(() => parseCases([{ query: 'x', style: 3 }], 'off-topic')).toThrow('"style"');
    expect(
      parseCases([{ query: 'refund my order', style: 'off-topic' }], 'off-topic'),
    ).toHaveLength(1);
  });
});

// The held-out half is checked here too, but its cases are never printed: a failure names
// how many cases break a rule, not which, so nobody tunes on them by reading a test log.
describe('the relevance sets', () => {
  const faq = readdirSync('content/faq', { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const front = parse(readFileSync(`content/faq/${f}`, 'utf8').split(/^---$/m)[1]) as {
        question: string;
        aliases: string[];
      };
      return { path: `/faq/${f.replace(/^.*\//, '').replace(/\.mdx$/, '')}/`, ...front };
    });
  const wizards = readdirSync('content/wizards')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => `/wizards/${f.replace(/\.yaml$/, '')}/`);
  const pages = new Set([...faq.map((q) => q.path), ...wizards]);
  // Every set of a half: `queries.json` and the like, and `queries-2.json` and the like.
  const all = (half: string, kind: string) =>
    readdirSync(`test/search/${half}`)
      .filter((file) => new RegExp(`^${kind}(-\\w+)?\\.json$`).test(file))
      .flatMap((file) => read(half, file) as unknown[]);
  const sets = halves.map((half) => ({
    half,
    queries: parseCases<RelevanceCase>(all(half, 'queries'), 'queries'),
    typos: parseCases<TypoCase>(all(half, 'typos'), 'typos'),
    offTopic: parseCases<OffTopicCase>(all(half, 'off-topic'), 'off-topic'),
  }));
  const words = (text: string) => tokenize(text).join(' ');
  const count = (cases: readonly unknown[], bad: (c: never) => boolean) =>
    cases.filter((c) => bad(c as never)).length;

  test('each half has at least 100 queries, 30 typos, 20 off-topic; every question is answered in both', () => {
    for (const { half, queries, typos, offTopic } of sets) {
      expect(queries.length, half).toBeGreaterThanOrEqual(100);
      expect(typos.length, half).toBeGreaterThanOrEqual(30);
      expect(offTopic.length, half).toBeGreaterThanOrEqual(20);
    }
    const answered = new Set(sets.flatMap((s) => s.queries.flatMap((q) => q.expect)));
    expect(faq.map((q) => q.path).filter((p) => !answered.has(p))).toEqual([]);
  });

  test('every expected page exists', () => {
    for (const { half, queries, typos } of sets) {
      const missing = count([...queries, ...typos], (c: RelevanceCase) =>
        c.expect.some((path) => !pages.has(path)),
      );
      expect(missing, `${half}: cases expecting a page that does not exist`).toBe(0);
    }
  });

  test('no query copies a question title or an alias', () => {
    const copied = new Set(faq.flatMap((q) => [q.question, ...q.aliases]).map(words));
    for (const { half, queries, typos, offTopic } of sets) {
      const copies = count([...queries, ...offTopic], (c: RelevanceCase) =>
        copied.has(words(c.query)),
      );
      const typoCopies = count(typos, (c: TypoCase) => copied.has(words(c.typo)));
      expect(copies + typoCopies, `${half}: queries that copy a title or an alias`).toBe(0);
    }
  });

  test('every typo differs from what was meant', () => {
    for (const { half, typos } of sets) {
      const same = count(typos, (c: TypoCase) => words(c.typo) === words(c.meant));
      expect(same, `${half}: typos equal to what was meant`).toBe(0);
    }
  });
});
