/**
 * What this help center does not cover. It answers developer access to Amazon's seller APIs
 * (MWS, SP-API, the Developer Profile, authorizing developers); questions about running a
 * store (orders, refunds, payments, listings, shipping, FBA, account health, ads) belong to
 * Seller Central's own help. A query about one of those, and not about developer access, gets
 * a plain "this site does not cover that" with Amazon's contact page and the wizards, instead
 * of a list of pages that merely share a word with it.
 *
 * The lexicon is written from what sellers ask Seller Central about, area by area, not from
 * any query set: a new area or word is a data change here. A query is weighed: every Seller
 * Central topic it names counts against the site (a phrase twice, it is more specific), every
 * word of the site's subject for it. A strong subject word (MWS, API, developer, app …) keeps
 * it on topic whatever else it names ("orders API", "refund notifications for my app"); weak
 * ones (report, profile, key …) are shared with Seller Central and only outweigh one topic.
 */
import { stopWords } from './query.ts';

/** Splits a lexicon line into its entries. */
const entries = (...lines: string[]): string[] => lines.join(' ').split(/\s+/).filter(Boolean);

/**
 * Seller Central topics outside this site, one word each, lowercase, in the forms to match
 * (a plural or past tense is found from its base form, see `baseForms`).
 */
export const sellerCentralTopics: ReadonlySet<string> = new Set(
  entries(
    // Orders, buyers and returns
    'order refund return rma buyer customer shopper delivery delivered undelivered tracking',
    'package parcel a-to-z atoz chargeback cancellation replacement damaged gift receipt',
    // Money, fees and taxes
    'payment payout disbursement bank deposit reimbursement reimburse invoice vat gst hst tax',
    'taxes 1099 1099-k w-8ben w-9 w9 w8 referral commission billing bill billed reserve balance',
    'settlement currency iban wire loan lending earnings revenue profit income',
    // Listings and the catalog
    'listing list catalog catalogue asin upc ean gtin isbn barcode gs1 sku fnsku inventory',
    'stock restock variation category ungate ungated gated gating hazmat suppressed stranded',
    'image photo picture repricing repricer reprice brand trademark counterfeit',
    'infringement copyright patent hijacker hijacked recall',
    // Shipping and fulfilment
    'ship shipped shipping shipment fba fbm mfn fulfillment fulfilment warehouse inbound',
    'outbound carrier ups fedex usps dhl label prep pallet ltl prime handling dispatch courier',
    'postage freight customs mcf',
    // Account health and verification
    'suspended suspension suspend deactivated deactivation reinstatement reinstate poa',
    'verification verify identity kyc passport health performance odr violation',
    // Reviews, feedback and promotions
    'feedback reviews rating ratings vine ads ad advertise advertising advert sponsored ppc',
    'campaign acos coupon deal promotion promo discount storefront influencer affiliate',
    'associates',
    // Selling on Amazon at large
    'win winning handmade kdp kindle',
  ),
);

/** Seller Central topics of more than one word, matched on the query's words in order. */
export const sellerCentralPhrases: readonly string[] = entries(
  'close|account close|seller|account store|name business|name display|name pay|me get|paid',
  'paid|out credit|card bank|account sales|tax exchange|rate routing|number storage|fee',
  'fba|fee seller|fees selling|fees selling|plan professional|plan individual|plan pro|plan',
  'brand|registry detail|page product|page bullet|points search|terms sales|rank best|sellers',
  'dangerous|goods removal|order lost|package late|shipment buy|shipping delivery|date',
  'shipping|template shipping|settings capacity|limit storage|limit multi-channel|fulfillment',
  'plan|action account|health order|defect policy|violation seller|performance two-step',
  'utility|bill prime|day black|friday lightning|deal brand|store a+|content amazon|business',
  'global|selling subscribe|save stop|selling new|product add|product list|product win|buy|box',
).map((phrase) => phrase.replace(/\|/g, ' '));

/**
 * Words that put a query inside the site's subject whatever Seller Central topics it names:
 * "getOrders role", "orders API", "link my inventory software".
 */
export const strongSubjects: ReadonlySet<string> = new Set(
  entries(
    'mws api apis sp-api spapi developer dev devs credentials credential app apps software',
    'integration integrator tool plugin programmer programmatically role roles endpoint',
    'endpoints throttle throttled throttling sandbox sdk oauth lwa xml json pii',
  ),
);

/**
 * Words of the site's subject that Seller Central shares ("settlement report", "seller
 * profile", "brand registry application"): they keep a query on topic against one topic only.
 */
export const weakSubjects: ReadonlySet<string> = new Set(
  entries(
    'application report feed key token profile notification operation restricted permission',
    'authorize authorization revoke agency consultant freelancer',
  ),
);

/** Phrases of the site's subject: a page of this site is about them. */
export const subjectPhrases: readonly string[] = ['buy box', 'third party', 'seller id'];

/** The word and the base forms it may be an inflection of ("refunds", "refunded" → "refund"). */
export function baseForms(word: string): string[] {
  const forms = [word];
  const strip = (end: string, add = '') => {
    if (word.length > end.length + 2 && word.endsWith(end)) {
      forms.push(word.slice(0, -end.length) + add);
    }
  };
  strip('ies', 'y');
  strip('es');
  strip('s');
  strip('ed');
  strip('ed', 'e');
  strip('ing');
  strip('ing', 'e');
  return forms;
}

/** How strongly a query's words point outside and inside the site. */
export interface TopicWeights {
  /** Seller Central topics named: a word 1, a phrase 2. */
  sellerCentral: number;
  /** Strong subject words named. */
  strong: number;
  /** Weak subject words and subject phrases named. */
  weak: number;
}

/** Counts the topics and subject words of a query (its words as typed, stop words included). */
export function topicWeights(queryWords: readonly string[]): TopicWeights {
  const parts = queryWords.flatMap((word) => [
    word,
    ...(word.includes('-') ? word.split('-') : []),
  ]);
  const content = queryWords.filter((word) => !stopWords.has(word));
  const texts = [` ${queryWords.join(' ')} `, ` ${content.join(' ')} `];
  const inText = (phrase: string) => texts.some((text) => text.includes(` ${phrase} `));
  const count = (set: ReadonlySet<string>) =>
    parts.filter((word) => baseForms(word).some((form) => set.has(form))).length;
  const phrases = sellerCentralPhrases.filter(inText);
  // A phrase's words are not counted again on their own ("brand registry" is one topic).
  const inPhrase = new Set(phrases.flatMap((phrase) => phrase.split(' ')));
  const words = parts.filter(
    (word) => !inPhrase.has(word) && baseForms(word).some((f) => sellerCentralTopics.has(f)),
  );
  return {
    sellerCentral: words.length + 2 * phrases.length,
    strong: count(strongSubjects),
    weak: count(weakSubjects) + subjectPhrases.filter(inText).length,
  };
}

/** Whether a query names anything of the site's subject, strong or weak. */
export function namesSubject(queryWords: readonly string[]): boolean {
  const { strong, weak } = topicWeights(queryWords);
  return strong + weak > 0;
}

/**
 * Whether a query is about Seller Central and not about developer access: it names a Seller
 * Central topic, no strong subject word, and its topics outweigh its weak subject words.
 */
export function isOffTopic(queryWords: readonly string[]): boolean {
  const { sellerCentral, strong, weak } = topicWeights(queryWords);
  return sellerCentral > 0 && strong === 0 && sellerCentral > weak;
}
