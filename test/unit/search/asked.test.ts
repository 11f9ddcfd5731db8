import { describe, expect, test } from 'vitest';
import {
  askedFiles,
  askedScores,
  askedTerms,
  buildAsked,
  inMemory,
  offTopicClass,
  parseAskedHeader,
  parseAskedRows,
  shardedLookup,
  shardOf,
} from '../../../src/search/asked.ts';

const model = buildAsked([
  { text: 'kick my old developer off', pages: ['/faq/revoke/'] },
  { text: 'remove developer access', pages: ['/faq/revoke/', '/wizards/revoke/'] },
  { text: 'let my developer see my orders', pages: ['/faq/authorize/'] },
  { text: 'give a developer access', pages: ['/faq/authorize/'] },
]);
const scores = (query: string) => askedScores(inMemory(model), query);

describe('how pages are asked for', () => {
  test('a text counts its stemmed meaningful words and its pairs of adjacent words once each', () => {
    expect(askedTerms('Kicked the developers off, kick them')).toEqual([
      'kick',
      'developer',
      'off',
      'kick the',
      'the developer',
      'developer off',
      'off kick',
      'kick them',
    ]);
  });

  test('pages come in order, with how often each is asked for and in how many terms', () => {
    expect(model.pages).toEqual(['/faq/authorize/', '/faq/revoke/', '/wizards/revoke/']);
    expect(model.asked).toEqual([2, 2, 1]);
    expect(model.terms['developer']).toEqual([0, 2, 1, 2, 2, 1]);
    expect(model.total[2]).toBe(askedTerms('remove developer access').length);
    expect(model.known).toBe(Object.keys(model.terms).length);
  });

  test('the page likeliest asked for in the query words scores 1, the rest a share of it', async () => {
    const kick = (await scores('kick developer'))!;
    expect(kick.get('/faq/revoke/')).toBe(1);
    expect(kick.get('/faq/authorize/')).toBeLessThan(0.5);
    expect((await scores('let my developer in'))!.get('/faq/authorize/')).toBe(1);
  });

  test('the off-topic class is judged against the pages, its own words leaving their shares alone', async () => {
    const withClass = buildAsked([
      { text: 'kick my old developer off', pages: ['/faq/revoke/'] },
      { text: 'remove developer access', pages: ['/faq/revoke/', '/wizards/revoke/'] },
      { text: 'let my developer see my orders', pages: ['/faq/authorize/'] },
      { text: 'give a developer access', pages: ['/faq/authorize/'] },
      { text: 'refund my order', pages: [offTopicClass] },
      { text: 'bank payout missing', pages: [offTopicClass] },
    ]);
    // Terms only off-topic questions hold ("refund", "payout") are not among the pages' own.
    expect(withClass.known).toBe(model.known);
    const of = async (query: string) => (await askedScores(inMemory(withClass), query))!;
    const payout = await of('kick developer bank payout');
    const kick = (await scores('kick developer'))!;
    for (const page of model.pages) expect(payout.get(page)).toBeCloseTo(kick.get(page)!);
    expect((await of('bank payout')).get(offTopicClass)).toBeGreaterThan(1);
    expect((await of('kick developer')).get(offTopicClass)).toBeLessThan(1);
  });

  test('a pair of words tells pages apart that its words alone do not', async () => {
    const pairs = buildAsked([
      { text: 'cut off developer', pages: ['/faq/revoke/'] },
      { text: 'developer cut the price off', pages: ['/faq/pricing/'] },
    ]);
    const cut = (await askedScores(inMemory(pairs), 'cut off'))!;
    expect(cut.get('/faq/revoke/')).toBe(1);
    expect(cut.get('/faq/pricing/')).toBeLessThan(1);
  });

  test('words nobody asked with, and words of the object prototype, leave only how often pages are asked for', async () => {
    const none = await scores('');
    expect(none!.get('/faq/revoke/')).toBe(1);
    expect(none!.get('/wizards/revoke/')).toBe(0.5);
    expect(await scores('bank payout')).toEqual(none);
    expect(await scores('constructor tostring')).toEqual(none);
  });

  test('the rows are spread over the shards by their hash, each term in exactly one', () => {
    const { header, shards } = askedFiles(model);
    expect(header).not.toHaveProperty('terms');
    expect(shards).toHaveLength(header.shards);
    shards.forEach((rows, n) => {
      for (const term of Object.keys(rows)) expect(shardOf(term, header.shards)).toBe(n);
    });
    expect(Object.assign({}, ...shards)).toEqual(model.terms);
    expect(shardOf('developer', 64)).toBe(shardOf('developer', 64));
    expect(new Set(['a', 'b', 'c', 'kick', 'off'].map((t) => shardOf(t, 64))).size).toBeGreaterThan(
      1,
    );
  });

  test('a shard that cannot be had leaves the lookup without rows', async () => {
    const { header, shards } = askedFiles(model);
    const missing = shardOf('kick', header.shards);
    const lookup = shardedLookup(header, (n) => Promise.resolve(n === missing ? null : shards[n]));
    expect(await lookup.rows(['kick'])).toBeNull();
    expect(await askedScores(lookup, 'kick')).toBeNull();
  });

  test('rows that cannot be had give no scores', async () => {
    expect(
      await askedScores({ header: model, rows: () => Promise.resolve(null) }, 'kick'),
    ).toBeNull();
  });

  test('a fetched file is read only when it has the shape', () => {
    const { header, shards } = askedFiles(model);
    expect(parseAskedHeader(JSON.parse(JSON.stringify(header)))).toEqual(header);
    expect(parseAskedHeader(null)).toBeNull();
    expect(parseAskedHeader({ ...header, version: 1 })).toBeNull();
    expect(parseAskedHeader({ ...header, pages: [1, 2, 3] })).toBeNull();
    expect(parseAskedHeader({ ...header, asked: [1] })).toBeNull();
    expect(parseAskedHeader({ ...header, shards: 0 })).toBeNull();
    expect(parseAskedRows(JSON.parse(JSON.stringify(shards[0])))).toEqual(shards[0]);
    expect(parseAskedRows([])).toBeNull();
    expect(parseAskedRows({ kick: ['a'] })).toBeNull();
  });
});
