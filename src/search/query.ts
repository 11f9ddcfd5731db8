/**
 * Query handling: what the person typed, turned into the terms Pagefind is asked for.
 *
 * People type problems in their own words ("how do I remove a developer's access?").
 * Pagefind needs every known term of a query to be on a page, so the little words that carry
 * no topic ("how", "do", "I", "a") only make it miss; they are dropped before searching.
 * Everything here is pure and runs in the browser, the build and the unit tests alike.
 */

/** The longest query searched; anything after it is cut (a pasted paragraph is not a query). */
export const maxQueryLength = 120;

/**
 * Words that say nothing about the topic. Negations and question words go too: the pages
 * are questions, and "why"/"not" appear in nearly all of them.
 */
export const stopWords: ReadonlySet<string> = new Set(
  (
    'a about after am an and any are as at be been but by can cannot cant could did didnt do ' +
    'does doesnt dont for from get got had has have how i im if in into is isnt it its ive ' +
    'just me my no not now of on or our please should so some still that the their them then ' +
    'there they this to us was wasnt we were what whats when where which who why will with ' +
    'wont would you your ' +
    // Filler of hurried queries: greetings, urgency, vague words.
    'pls plz thanks thank thx hi hello hey guys ok okay asap urgent urgently tell whose never ' +
    'even really actually also yet anyone someone something anything everything thing things ' +
    'yesterday today tomorrow anymore'
  ).split(' '),
);

/**
 * Lowercase words of a text, in order: typographic quotes folded, possessive "'s" dropped,
 * contractions closed up ("can't" → "cant"), hyphenated words kept whole ("sp-api").
 */
export function words(text: string): string[] {
  const folded = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'");
  return (folded.match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? [])
    .map((word) => word.replace(/'s$/, '').replace(/'/g, ''))
    .filter((word) => word.length > 0);
}

/**
 * The query's first `maxQueryLength` characters, less a word the cut would split: the end of
 * "should" cut to "sho" would read as a slip for "shop".
 */
function withinLength(raw: string): string {
  if (raw.length <= maxQueryLength) return raw;
  const kept = raw.slice(0, maxQueryLength);
  return /[\p{L}\p{N}]/u.test(raw.charAt(maxQueryLength))
    ? kept.replace(/[\p{L}\p{N}'-]+$/u, '')
    : kept;
}

/** The words of a query (its first `maxQueryLength` characters, whole words only). */
export function tokenize(raw: string): string[] {
  return words(withinLength(raw));
}

/** The words worth searching for; when every word is a stop word, all of them. */
export function queryTerms(raw: string): string[] {
  const words = tokenize(raw);
  const meaningful = words.filter((word) => !stopWords.has(word));
  const terms = meaningful.length > 0 ? meaningful : words;
  return [...new Set(terms)];
}

/**
 * The terms worth preloading index chunks for while the person types. Pagefind loads every
 * chunk that may hold a word starting with the term: for one or two letters that is a large
 * share of the index on a big site, fetched for words the person has not finished.
 */
export function preloadTerms(raw: string): string[] {
  return queryTerms(raw).filter((term) => term.length >= 3);
}

/** The query text shown back to the person: trimmed, single spaces, within the maximum length. */
export function cleanQuery(raw: string): string {
  return withinLength(raw).replace(/\s+/g, ' ').trim();
}

/** Whether the query is worth searching: at least one term of two or more characters. */
export function isSearchable(raw: string): boolean {
  return queryTerms(raw).some((term) => term.length >= 2);
}
