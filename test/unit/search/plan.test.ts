import { describe, expect, test } from 'vitest';
import { directions } from '../../../src/search/directions.ts';
import { planQuery, planTerms, pointsTo } from '../../../src/search/plan.ts';
import { tokenize } from '../../../src/search/query.ts';
import { isOffTopic } from '../../../src/search/topics.ts';

const direction = (name: string) => directions.find((d) => d.name === name)!;
const points = (name: string, query: string) => pointsTo(direction(name), tokenize(query));

describe('directions', () => {
  test('give, let, approve, connect point to authorize; remove, unlink, ex-, no longer to revoke', () => {
    for (const q of ['give my developer access', 'approve third party app', 'connect my software'])
      expect(points('authorize', q), q).toBe(true);
    for (const q of [
      'unlink software from my account',
      'ex developer still has access',
      'ex-developer can see my data',
      'we no longer work with this developer',
      'cut off my agency',
    ])
      expect(points('revoke', q), q).toBe(true);
  });

  test('need what they act on: "when does mws stop working" is no revoke', () => {
    expect(points('revoke', 'when does mws stop working')).toBe(false);
  });

  test('do not count when the word acts on something else', () => {
    expect(points('revoke', 'remove a role from my developer profile')).toBe(false);
    expect(points('revoke', 'amazon cut off my api access')).toBe(false);
    expect(points('appeal', 'amazon cut off my api access')).toBe(true);
  });

  test('a direction adds its terms as a part and avoids the opposite procedure', () => {
    const plan = planQuery('let my developer in');
    expect(plan.directions).toEqual(['authorize']);
    expect(plan.parts.at(-1)).toMatchObject({ kind: 'direction', label: 'authorize' });
    expect(plan.avoid).toEqual(['revoke', 'disable']);
    expect(planTerms(plan)).toEqual(expect.arrayContaining(['developer', 'authorize', 'revoke']));
  });

  test('a bare prefix is not searched: it would match every word that starts with it', () => {
    expect(planQuery('ex developer').parts.map((p) => p.label)).toEqual(['developer', 'revoke']);
  });

  test("people's words bring the site's words, a little weaker; British spellings the American", () => {
    const [login] = planQuery('login').parts;
    expect(login!.alternatives).toEqual([
      { term: 'login', weight: 1 },
      { term: 'sign', weight: expect.any(Number) },
    ]);
    expect(login!.alternatives[1]!.weight).toBeLessThan(1);
    expect(planQuery('authorise').parts[0]!.alternatives.map((a) => a.term)).toContain('authorize');
  });
});

describe('off-topic', () => {
  test('a Seller Central topic with nothing of the site is off-topic', () => {
    for (const q of ['refund my order', 'change bank account for disbursements', 'fba shipping'])
      expect(isOffTopic(tokenize(q)), q).toBe(true);
  });

  test('the site subject keeps a query on topic, whatever else it names', () => {
    for (const q of ['orders api role', 'mws reports for payments', 'developer cannot see orders'])
      expect(isOffTopic(tokenize(q)), q).toBe(false);
    expect(isOffTopic(tokenize('appeal access denial'))).toBe(false);
  });
});
