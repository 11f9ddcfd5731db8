/**
 * Phrasing: how much of the query one of a page's phrasings says on its own. Pagefind scores
 * each term over a page's whole title and aliases, so a page with many aliases collects the
 * query's common words from different ones ("left" from one, "form" from another) and
 * outranks the page one of whose aliases says what the person typed. Here each phrasing (the
 * title, each alias) is read whole: the page gets the best share of the query's weight that a
 * single phrasing matches. Pure: the pages' phrasings come from their loaded results.
 */
import { words } from './query.ts';

/** A part of the query as scored: its terms (any of which matches) and its weight. */
export interface WeightedPart {
  terms: readonly string[];
  weight: number;
}

/** A word without the endings that change its form, not its meaning ("changes" → "chang"). */
export function stem(word: string): string {
  for (const ending of ['ing', 'ed', 'es', 's', 'e']) {
    if (word.length - ending.length >= 3 && word.endsWith(ending)) {
      return word.slice(0, -ending.length);
    }
  }
  return word;
}

/** The phrasings of a page: its title and each of its aliases, as stemmed words. */
export function phrasingsOf(meta: Readonly<Record<string, string | undefined>>): string[][] {
  const texts = [meta['title'] ?? '', ...(meta['aliases'] ?? '').split('; ')];
  return texts.map((text) => words(text).map(stem)).filter((list) => list.length > 0);
}

/** Whether the phrasing says the term: its words (a phrase's, in order) stem for stem. */
function says(phrasing: readonly string[], term: string): boolean {
  const wanted = words(term).map(stem);
  if (wanted.length === 0) return false;
  return phrasing.some((_, start) => wanted.every((word, i) => phrasing[start + i] === word));
}

/**
 * The largest share (0–1) of the parts' weight that one phrasing says: a page whose alias says
 * "cancel the developer access" covers all of "cancel developer access", one that has
 * "developer" in one alias and "access" in another covers each word's share only.
 */
export function coverage(
  parts: readonly WeightedPart[],
  phrasings: readonly (readonly string[])[],
): number {
  const total = parts.reduce((sum, part) => sum + part.weight, 0);
  if (total <= 0) return 0;
  const shares = phrasings.map(
    (phrasing) =>
      parts
        .filter((part) => part.terms.some((term) => says(phrasing, term)))
        .reduce((sum, part) => sum + part.weight, 0) / total,
  );
  return Math.max(0, ...shares);
}
