/**
 * What this help center does not cover. It answers developer access to Amazon's seller APIs
 * (MWS, SP-API, the Developer Profile, authorizing developers); questions about running a
 * store (orders, refunds, payments, listings, shipping, FBA, account health, ads) belong to
 * Seller Central's own help. A query about one of those, and not about developer access, gets
 * a plain "this site does not cover that" with Amazon's contact page and the wizards, instead
 * of a list of pages that merely share a word with it.
 *
 * The lexicon is written from what sellers ask Seller Central about, area by area, not from
 * any query set: a new area or word is a data change here. A query is weighed:
 * - what is only this site's (MWS, SP-API, the Developer Profile) keeps it on topic;
 * - another platform or another Amazon API (AWS, Alexa, eBay, the Advertising API) puts it
 *   off topic, whatever generic developer words it has ("ebay api token expired"), unless it
 *   connects or disconnects an app ("connect shopify to my seller account");
 * - every Seller Central topic named counts against the site (a phrase twice, it is more
 *   specific); a strong subject word (API, developer, app …) keeps the query on topic
 *   ("orders API", "what role covers shipping labels"); weak ones (report, profile, key …),
 *   and authorizing or revoking, are shared with Seller Central and weigh one each.
 * A word inside a phrase counts only as the phrase: "web developer" is no developer of apps.
 */
import { roleNames } from './direction.ts';
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
    'order refund rma buyer customer shopper delivery delivered undelivered tracking',
    'package parcel a-to-z atoz chargeback cancellation replacement damaged gift receipt',
    // Money, fees and taxes
    'payment payout disbursement bank deposit reimbursement reimburse invoice vat gst hst tax',
    'taxes 1099 1099-k w-8ben w-9 w9 w8 referral commission billing bill billed reserve balance',
    'settlement currency iban wire loan lending earnings revenue profit income price sales',
    // Listings and the catalog
    'listing list catalog catalogue asin upc ean gtin isbn barcode gs1 sku fnsku inventory',
    'stock restock variation category ungate ungated gated gating hazmat suppressed stranded',
    'product image photo picture repricing reprice brand trademark counterfeit certificate',
    'infringement copyright patent hijacker hijacked recall',
    // Shipping and fulfilment
    'ship shipped shipping shipment fba fbm mfn fulfillment fulfilment warehouse inbound',
    'outbound carrier ups fedex usps dhl label prep pallet ltl prime handling dispatch courier',
    'postage freight customs mcf',
    // Account health, verification, staff
    'suspended suspension suspend banned deactivated deactivation reinstatement reinstate poa',
    'verification verify identity kyc passport health performance odr violation employee',
    'staff coworker colleague administrator merge bookkeeper accountant teammate transfer',
    'ownership logo packer',
    'moderator electronics apparel jewelry grocery assistant inauthentic authenticity',
    // Reviews, feedback and promotions (advertising: see otherPlatforms)
    'feedback reviews rating ratings vine coupon deal promotion promo discount storefront',
    'influencer design fake',
    // Selling on Amazon at large
    'win winning packing appstore vacation holiday ipi unshipped wholesale dropship',
    'dropshipping arbitrage warranty launchpad accelerator safe-t merchandising',
  ),
);

/**
 * Seller Central topics of more than one word (`|` joins a phrase's words), matched on the
 * query's words in order, or on its words without stop words and "amazon" (plurals as their
 * singular).
 */
export const sellerCentralPhrases: readonly string[] = phrases(
  'close|account close|seller|account close|selling|account delete|account delete|seller|account',
  'delete|selling|account deactivate|account deactivate|seller|account deactivate|selling|account',
  'store|name packing|slip return|item return|request return|label return|policy',
  'returned|item accept|return buyer|return customer|return return|buyer return|customer',
  // Not "response time", a phone number or a business address: the Developer Profile and its
  // review are asked about in those words too.
  'referral|fee monthly|fee negative|feedback buyer|message cancel|order confirm|shipment',
  'tracking|number valid|tracking tax|interview inventory|performance restock|limit',
  'long-term|storage removal|fee product|review customer|review seller|rating shipping|rate',
  'shipping|cost free|shipping',
  'business|name display|name pay|me get|paid paid|out credit|card bank|account sales|tax',
  'exchange|rate routing|number storage|fee fba|fee seller|fees selling|fees closing|fee',
  'brand|registry detail|page product|page product|title bullet|points search|terms',
  'sales|rank best|sellers sales|report report|sales business|report dangerous|goods',
  'removal|order lost|package late|shipment buy|shipping delivery|date shipping|template',
  'shipping|settings capacity|limit storage|limit multi-channel|fulfillment plan|action',
  'account|health order|defect policy|violation seller|performance utility|bill',
  'prime|day black|friday lightning|deal brand|store a|content global|selling',
  'subscribe|save stop|selling start|selling become|seller new|product add|product',
  'list|product new|listing win|buy|box restricted|category restricted|products approval|sell',
  'product|safety fake|review minimum|price automate|pricing pricing|rule product|description',
  // Competing for the Buy Box is a seller's question; the one page here is about its data.
  'buy|box|winner lost|buy|box lose|buy|box share|buy|box buy|box|percentage buy|box|eligibility',
  'eligible|buy|box lost|featured|offer lose|featured|offer buy|box|lost',
  // Who may use the seller account, and what the account is, belong to Seller Central.
  'secondary|user admin|user legal|entity reactivate|account load|board view|only view-only',
  // Roles of a Seller Central user or a Brand Registry agent are not an application's roles.
  'user|role agent|role seller|central|user team|member automate|pricing|tool',
  // A login of someone's own is a Seller Central user; the client owning the login is not.
  'his|own|login her|own|login their|own|login his|own|seller her|own|seller their|own|seller',
  'refuse|return return|authorization like|new seller|forum seller|profile flat|file user|invite',
  'sole|trader limited|company intellectual|property buy|box|rotation',
  // Opening a seller account, and selling in a gated category ("get approved to sell watches").
  'register|seller|account open|seller|account create|seller|account approved|to|sell',
  'approved|sell authorize|return vat|calculation tax|calculation vacation|mode holiday|mode',
  'report|buyer',
  // Seller Central's own settings for its emails (its User Permissions page is the site's).
  'notification|settings notification|preferences',
  // Seller Central's own directory of service providers, and what a listing's item may be.
  'service|provider|network spn condition|guidelines item|condition safety|data|sheet sds',
  // Which app to choose is the Appstore's question, not how to give one access.
  'best|app best|apps best|tool best|software recommend|app recommended|app',
  'policy|warning inventory|report return|report',
  // The selling plan itself (the one page here says only that MWS needs the Professional plan).
  // What the plan costs (which plan MWS needs is the site's): "monthly subscription".
  'renew|plan upgrade|plan downgrade|plan cancel|plan monthly|subscription subscription|fee',
  // Selling in another country is the seller account's ("add the japanese marketplace").
  'new|marketplace add|marketplace',
);

/**
 * Other platforms and services with APIs of their own: a query about them is not about
 * developer access to Amazon's seller APIs, however developer-like its words, unless it
 * connects one to the seller account ("connect shopify to my seller account").
 */
export const otherPlatforms: ReadonlySet<string> = new Set(
  entries(
    'aws s3 ec2 lambda shopify ebay walmart etsy woocommerce bigcommerce magento wix squarespace',
    'paypal stripe google facebook instagram tiktok handmade vine merch relay attribution',
    // Other developer programmes, and the tools of programming at large.
    'apple chrome wordpress python npm pip javascript php docker github edi iam sts cloudwatch',
    'dynamodb postgres postgresql mysql redis kubernetes',
  ),
);

/**
 * Words that, right after another platform's name or ending an Amazon service's phrase, make
 * it that platform's or service's own API ("shopify api key", "ads api"): that outweighs
 * connecting an app, as no seller authorization issues its keys.
 */
const platformApiWords: ReadonlySet<string> = new Set(
  entries('api apis key keys token tokens sdk webhook webhooks secret'),
);

/** Other platforms and services of more than one word, matched like the Seller Central phrases. */
export const otherPlatformPhrases: readonly string[] = phrases(
  'amazon|pay seller|app mobile|app web|developer web|designer graphic|designer login|with|amazon',
  'app|store amazon|business amazon|shipping account|linking partner|app|store partner|appstore',
  'ad|agency buy|with|prime authorize|net',
);

/**
 * Amazon's services other than selling, each with its own developer access: no seller
 * authorization connects them, so naming one puts a query off topic even when it links or
 * removes something ("link my alexa skill", "remove an admin from my ads account").
 */
export const amazonServices: ReadonlySet<string> = new Set(
  entries(
    'alexa kdp kindle audible twitch music',
    // Advertising has its own API (Amazon Ads), and so has the affiliate programme.
    'ads advertise advertising advert sponsored ppc campaign acos affiliate associates',
  ),
);

/** Amazon's other services of more than one word. */
export const amazonServicePhrases: readonly string[] = phrases(
  'advertising|api ads|api product|advertising developer|console amazon|flex author|central',
  'fire|tablet fire|tv prime|video amazon|games amazon|luna prime|gaming vendor|central',
);

/** What only this site is about: a query naming one is on topic whatever else it names. */
export const siteSubjects: readonly string[] = phrases(
  'mws sp-api spapi dpp data|protection|policy aws|partner|network aws|partner data|protection',
  'selling|partner marketplace|web|service developer|profile developer|id',
  'developer|central developer|credentials manage|your|apps partner|network adjustment|date',
  'access|change case|log developer|access',
  // The boxes of the sign-in support form the site walks through.
  'business|name|box primary|email|recipient',
);

/**
 * Words of the site's subject that keep a query on topic against Seller Central topics, but
 * not against another platform: "getOrders role", "orders API", "link my inventory software".
 */
export const strongSubjects: ReadonlySet<string> = new Set([
  ...entries(
    'api apis developer dev devs credentials credential app apps software repricer integration',
    'integrator tool plugin programmer programmatically role roles endpoint endpoints throttle',
    'throttled throttling sandbox sdk oauth lwa xml json pii database sync webhook script',
    'scripts saas',
  ),
  // Role names that are words of their own ("tax remittance").
  ...roleNames,
]);

/**
 * Words of the site's subject that Seller Central shares ("settlement report", "seller
 * profile", "brand registry application"): each outweighs one topic only.
 */
export const weakSubjects: ReadonlySet<string> = new Set(
  entries(
    'application report feed key token profile notification operation restricted permission',
    'authorize authorization agency consultant consultancy freelancer answers responses null',
    'nulls questionnaire program programs',
  ),
);

/** Phrases of the site's subject that Seller Central shares: one page here is about them. */
export const weakSubjectPhrases: readonly string[] = phrases(
  'buy|box featured|offer featured|price used|product',
  // A sign-in code that never comes: the sign-in page's Seller Central help answers it.
  'verification|code one|time|code one-time|code security|code two-step two|factor two-factor',
  'seller|central|login seller|central|password seller|central|sign forgot|password',
  'reset|password password|reset reset|email',
  // API access refused: the site's denial pages, whatever the access was for ("pricing").
  'access|denied access|refused access|rejected access|declined',
);

/** Directions (directions.ts) that connect or disconnect an app: a weak subject each. */
const appDirections: ReadonlySet<string> = new Set(['authorize', 'revoke']);

/**
 * Directions that name an API symptom ("buyer email is empty"), Amazon's notice of one, or
 * getting back into Seller Central ("the colleague who had our login quit"): a weak subject
 * each too.
 */
const sharedDirections: ReadonlySet<string> = new Set(['data missing', 'notice', 'sign in']);

/** Directions only an API has: a call refused with 403 is a strong subject, whatever it calls. */
const apiDirections: ReadonlySet<string> = new Set(['call refused']);

/**
 * The seller's own team: "roles for my team members" are Seller Central user permissions, and
 * giving one of them access ("give my accountant access to payment reports") is no app's.
 */
const teamWords: ReadonlySet<string> = new Set(
  entries(
    'staff employee coworker colleague administrator bookkeeper accountant teammate member worker',
    'assistant va packer',
  ),
);

/** Subject words that name a Seller Central user's access when the team is named. */
const teamShared: ReadonlySet<string> = new Set(entries('role roles permission permissions'));

/** Splits lexicon lines into entries, `|` joining the words of a phrase. */
function phrases(...lines: string[]): string[] {
  return entries(...lines).map((phrase) => phrase.replace(/\|/g, ' '));
}

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

const lexicon = [sellerCentralTopics, otherPlatforms, amazonServices, strongSubjects, weakSubjects];

/**
 * Whether the word (in any of its forms) names a Seller Central topic, another platform or a
 * subject word: a word of the lexicon is spelled right even when the site's vocabulary lacks
 * it ("payout", "saas", "oauth").
 */
export function isLexiconWord(word: string): boolean {
  return baseForms(word).some((form) => lexicon.some((set) => set.has(form)));
}

/** How strongly a query's words point outside and inside the site. */
export interface TopicWeights {
  /** Seller Central topics named: a word 1, a phrase 2. */
  sellerCentral: number;
  /** Other platforms and services named, and once more each one's own API. */
  otherPlatforms: number;
  /** Amazon's other services named, and once more each one's own API ("ads api"). */
  amazonServices: number;
  /** Names of what only this site is about. */
  site: number;
  /** Strong subject words named. */
  strong: number;
  /** Weak subject words named, and directions that connect or disconnect an app. */
  weak: number;
}

/** What the query says, as `topicWeights` reads it. */
export interface TopicQuery {
  /** Every word typed, stop words included. */
  words: readonly string[];
  /** The directions its words point to (plan.ts). */
  directions: readonly string[];
}

/** Counts the topics and subject words of a query. */
export function topicWeights({ words, directions }: TopicQuery): TopicWeights {
  const content = words.filter((word) => !stopWords.has(word) && word !== 'amazon');
  // Plurals match a phrase's singular ("new listings" of "new listing").
  const singular = content.map((word) => word.replace(/([^s])s$/, '$1'));
  const texts = [words, content, singular].map((list) => ` ${list.join(' ')} `);
  const named = (list: readonly string[]) =>
    list.filter((phrase) => texts.some((text) => text.includes(` ${phrase} `)));
  // A site phrase holding a Seller Central one is the site's: "business name box".
  const siteNamed = named(siteSubjects);
  const outside = named(sellerCentralPhrases).filter(
    (phrase) => !siteNamed.some((site) => site !== phrase && ` ${site} `.includes(` ${phrase} `)),
  );
  const platforms = named(otherPlatformPhrases);
  const services = named(amazonServicePhrases);
  // A phrase's words are not counted again on their own ("brand registry" is one topic).
  const inPhrase = new Set(
    [...outside, ...platforms, ...services].flatMap((phrase) => phrase.split(' ')),
  );
  const parts = words
    .flatMap((word) => [word, ...(word.includes('-') ? word.split('-') : [])])
    .filter((word) => !inPhrase.has(word));
  const has = (word: string, set: ReadonlySet<string>) =>
    baseForms(word).some((form) => set.has(form));
  const count = (set: ReadonlySet<string>) => parts.filter((word) => has(word, set)).length;
  // With the seller's own team named, roles and permissions are Seller Central's users'.
  const team = parts.some((word) => has(word, teamWords));
  const subject = (set: ReadonlySet<string>) =>
    parts.filter((word) => has(word, set) && !(team && teamShared.has(word))).length;
  const ownApis = parts.filter(
    (word, i) => has(word, otherPlatforms) && platformApiWords.has(parts[i + 1] ?? ''),
  ).length;
  const unclaimed = (found: readonly string[]) =>
    found.filter((phrase) => !phrase.split(' ').some((w) => inPhrase.has(w)));
  return {
    sellerCentral: count(sellerCentralTopics) + 2 * outside.length,
    otherPlatforms: count(otherPlatforms) + platforms.length + ownApis,
    amazonServices:
      count(amazonServices) +
      services.length +
      services.filter((phrase) => platformApiWords.has(phrase.split(' ').at(-1) ?? '')).length,
    site: unclaimed(siteNamed).length,
    strong: subject(strongSubjects) + directions.filter((d) => apiDirections.has(d)).length,
    weak:
      subject(weakSubjects) +
      unclaimed(named(weakSubjectPhrases)).length +
      directions.filter((d) => (appDirections.has(d) && !team) || sharedDirections.has(d)).length,
  };
}

/** Whether a query names anything of the site's subject. */
export function namesSubject(query: TopicQuery): boolean {
  const { site, strong, weak } = topicWeights(query);
  return site + strong + weak > 0;
}

/**
 * Whether a query is about something else than developer access to Amazon's seller APIs:
 * another of Amazon's services, another platform (unless an app is connected or
 * disconnected), or a Seller Central topic with no strong subject word and fewer weak ones.
 */
export function isOffTopic(query: TopicQuery): boolean {
  const w = topicWeights(query);
  if (w.site > 0) return false;
  // Connecting an app to the account outweighs one other service named ("connect shopify"),
  // and an app cut off outweighs one Amazon service it was for ("stop the agency's PPC app
  // pulling our data"); linking an Alexa skill or an ads account names no app.
  const connects = query.directions.some((d) => appDirections.has(d)) ? 1 : 0;
  if (w.amazonServices > (w.strong > 0 ? connects : 0)) return true;
  if (w.otherPlatforms > connects) return true;
  return w.sellerCentral > 0 && w.strong === 0 && w.sellerCentral > w.weak;
}
