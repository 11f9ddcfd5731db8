/**
 * What this help center does not cover. It answers developer access to Amazon's seller APIs
 * (MWS, SP-API, the Developer Profile, authorizing developers); questions about running a
 * store (orders, refunds, payments, listings, shipping, FBA, account health, ads) belong to
 * Seller Central's own help. A query naming one of those topics, and nothing about developer
 * access, gets a plain "this site does not cover that" with Amazon's contact page and the
 * wizards, instead of a list of pages that merely share a word with it.
 */

/** Seller Central topics outside this site (single words, lowercase). */
export const sellerCentralTopics: ReadonlySet<string> = new Set([
  // Orders and buyers
  'order',
  'orders',
  'refund',
  'refunds',
  'refunded',
  'return',
  'returns',
  'returned',
  'buyer',
  'buyers',
  'customer',
  'customers',
  'delivery',
  'delivered',
  'tracking',
  'package',
  'parcel',
  'a-to-z',
  'chargeback',
  // Money
  'payment',
  'payments',
  'payout',
  'payouts',
  'disbursement',
  'disbursements',
  'bank',
  'deposit',
  'reimbursement',
  'reimbursements',
  'invoice',
  'vat',
  'tax',
  'taxes',
  'referral',
  'commission',
  'billing',
  'bill',
  'billed',
  '1099',
  '1099-k',
  'w-9',
  'w9',
  'vat',
  // Listings and catalog
  'listing',
  'listings',
  'list',
  'catalog',
  'catalogue',
  'asin',
  'upc',
  'ean',
  'barcode',
  'gtin',
  'inventory',
  'stock',
  'variation',
  'variations',
  'category',
  'ungate',
  'ungated',
  'gated',
  // Shipping and fulfilment
  'ship',
  'shipping',
  'shipment',
  'shipments',
  'fba',
  'fulfillment',
  'fulfilment',
  'warehouse',
  'carrier',
  'label',
  'labels',
  'prime',
  'handling',
  'win',
  'winning',
  // Account health
  'suspended',
  'suspension',
  'deactivated',
  'deactivation',
  'reinstatement',
  'reinstate',
  'verification',
  'verify',
  'health',
  'feedback',
  'reviews',
  'rating',
  'ratings',
  // Advertising and brands
  'ads',
  'advertise',
  'advertising',
  'advert',
  'sponsored',
  'ppc',
  'campaign',
  'brand',
  'trademark',
  'counterfeit',
  'coupon',
  'coupons',
  'deal',
  'deals',
  'promotion',
]);

/**
 * Words that put a query inside the site's subject, whatever else it names: "getOrders role"
 * or "orders API" is about developer access, "refund my order" is not.
 */
export const siteSubjects: ReadonlySet<string> = new Set([
  'mws',
  'api',
  'apis',
  'sp-api',
  'spapi',
  'developer',
  'developers',
  'dev',
  'app',
  'apps',
  'software',
  'integration',
  'credentials',
  'credential',
  'keys',
  'key',
  'token',
  'role',
  'roles',
  'profile',
  'endpoint',
  'operation',
  'operations',
  'notifications',
  'report',
  'reports',
  'feed',
  'feeds',
  'xml',
  'throttle',
  'pii',
  'restricted',
]);

/** Seller Central topics of more than one word, matched in the query's words in order. */
export const sellerCentralPhrases: readonly string[] = [
  'close my account',
  'close my seller account',
  'store name',
  'pay me',
  'paid out',
  'get paid',
];

/** Whether a query's words name a Seller Central topic and nothing of the site's subject. */
export function isOffTopic(queryWords: readonly string[]): boolean {
  const parts = queryWords.flatMap((word) => [word, ...word.split('-')]);
  const text = ` ${queryWords.join(' ')} `;
  const named =
    parts.some((word) => sellerCentralTopics.has(word)) ||
    sellerCentralPhrases.some((phrase) => text.includes(` ${phrase} `));
  return named && !parts.some((word) => siteSubjects.has(word));
}
