import { describe, expect, test } from 'vitest';
import { planQuery } from '../../../src/search/plan.ts';
import {
  baseForms,
  isLexiconWord,
  isOffTopic,
  namesSubject,
  topicWeights,
} from '../../../src/search/topics.ts';

const offTopic = (query: string) => isOffTopic(planQuery(query));

describe('off-topic', () => {
  test('a Seller Central topic with nothing of the site is off-topic, in any of its forms', () => {
    for (const q of [
      'refund my order',
      'refunded orders',
      'change bank account for disbursements',
      'fba shipping',
      'how do i create a coupon',
      'seller account banned',
      'someone is selling fake copies on my listing',
      'sts assumerole accessdenied for iam role',
      'postgres connection pool exhausted',
      'cancel my plan',
      'how much is the monthly subscription of the professional plan',
      'how i can add new marketplace like amazon.co.jp to my seller account',
    ])
      expect(offTopic(q), q).toBe(true);
    // Which plan MWS needs is the site's.
    expect(offTopic('does my seller client need a professional plan')).toBe(false);
    expect(baseForms('refunded')).toContain('refund');
    // The lexicon's words are spelled right, subject words among them.
    expect(['payout', 'saas', 'oauth'].every(isLexiconWord)).toBe(true);
  });

  test('a strong subject word keeps a query on topic, whatever topics it names', () => {
    for (const q of [
      'orders api role',
      'what role covers shipping labels for my orders',
      'link my inventory software to seller central',
      'developer cannot see orders',
      'my nephew wrote a script that pulls our orders',
    ])
      expect(offTopic(q), q).toBe(false);
  });

  test('a weak subject word outweighs one topic, not a phrase', () => {
    expect(offTopic('settlement report')).toBe(false);
    // "brand registry" is a phrase: it weighs two, "application" one.
    expect(topicWeights(planQuery('brand registry application pending'))).toMatchObject({
      sellerCentral: 2,
      weak: 1,
    });
    expect(offTopic('brand registry application pending')).toBe(true);
  });

  test('another platform is off-topic unless an app is connected', () => {
    for (const q of ['ebay api token expired', 'aws access key for my s3 bucket', 'amazon pay api'])
      expect(offTopic(q), q).toBe(true);
    expect(offTopic('connect shopify to my seller account')).toBe(false);
    // Connecting outweighs one other platform, not two ("ad agency" and "amazon pay").
    expect(offTopic('give my ad agency access to amazon pay')).toBe(true);
    // The platform's own API keys are its own, whatever app is installed.
    expect(offTopic('shopify api key not working after app install')).toBe(true);
    expect(offTopic('install the shopify app on my seller account')).toBe(false);
  });

  test("Amazon's other services are off-topic even when something is linked or removed", () => {
    for (const q of [
      'api access for advertising campaigns',
      "how do i link my alexa skill to a user's amazon account",
      'remove an admin from my amazon ads account',
      'sell an app for fire tablets on amazon',
      'developer portal for amazon games',
      'authorize my app for the amazon ads api',
      'what is vendor central',
    ])
      expect(offTopic(q), q).toBe(true);
    // An app cut off from the seller account is revoked, whatever service it was for.
    expect(offTopic('stop the ppc agency app pulling data from our seller account')).toBe(false);
    expect(offTopic('sp-api app for my advertising agency clients')).toBe(false);
    // Games sold on Amazon are listings: the Buy Box data of one is the site's.
    expect(offTopic('secondhand games show no buy box in the uk')).toBe(false);
  });

  test("with the seller's team named, roles and permissions are Seller Central's users'", () => {
    expect(offTopic('roles for my team members in seller central')).toBe(true);
    expect(offTopic('what permissions should my staff have')).toBe(true);
    expect(offTopic('give my accountant access to payment reports')).toBe(true);
    expect(offTopic('give my accountant access to our accounting app')).toBe(false);
    expect(offTopic('roles for my repricing app')).toBe(false);
  });

  test('a 403 on an API call is the site’s, whatever Seller Central words it names', () => {
    expect(offTopic('the pricing calls work but invoices come back with 403 forbidden')).toBe(
      false,
    );
    expect(offTopic('invoices for my pricing')).toBe(true);
  });

  test('a site phrase that holds a Seller Central one is the site’s: the Business Name box', () => {
    expect(offTopic('business name box')).toBe(false);
    expect(offTopic('change my business name')).toBe(true);
  });

  test("competing for the Buy Box is a seller's question; its data for used products is ours", () => {
    expect(offTopic('why did my buy box percentage drop')).toBe(true);
    expect(offTopic('we lost the buy box yesterday')).toBe(true);
    expect(offTopic('buy box values missing for used items')).toBe(false);
  });

  test('buyer data coming back empty is an API symptom, on topic', () => {
    const plan = planQuery('buyer address fields empty since last week');
    expect(plan.directions).toContain('data missing');
    expect(isOffTopic(plan)).toBe(false);
    expect(offTopic('buyer address on the packing slip')).toBe(true);
  });

  test('what only this site is about keeps a query on topic', () => {
    expect(offTopic('mws orders api for fba')).toBe(false);
    expect(offTopic('aws partner network for data protection')).toBe(false);
  });

  test('a word inside a phrase counts only as the phrase', () => {
    // "web developer" is no developer of apps; "best app" is the Appstore's question.
    expect(offTopic('web developer to make images for my listings')).toBe(true);
    expect(offTopic('best app to reprice my listings')).toBe(true);
    expect(offTopic('my developer needs my listings')).toBe(false);
  });

  test('names the subject with a developer word, a weak word or connecting an app', () => {
    expect(namesSubject(planQuery('change my store name'))).toBe(false);
    expect(namesSubject(planQuery('my settlement report'))).toBe(true);
    expect(namesSubject(planQuery('let my agency in'))).toBe(true);
  });
});
