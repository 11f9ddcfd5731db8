/**
 * "Did you mean …": typo correction from the site's own vocabulary.
 *
 * Pagefind finds nothing (or something unrelated) for "credentails" or "apeal". The build
 * writes every word the index holds, most frequent first (vocabulary.ts); here each word of
 * the query that the site never uses is replaced by the closest word it does use.
 */
import { stopWords, tokenize } from './query.ts';
import { synonyms } from './synonyms.ts';
import type { Vocabulary } from './vocabulary.ts';

/**
 * Optimal string alignment distance (Levenshtein plus swapping two neighbouring letters, the
 * commonest slip of a hurried typist). Stops early and returns `max + 1` once the distance
 * must exceed `max`.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, before[j - 2]! + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length]!, max + 1);
}

/**
 * How many slips a word of this length may carry and still be corrected. A three-letter word
 * gets one only for two swapped letters ("kye" → "key"), checked in correctWord.
 */
export function allowedEdits(length: number): number {
  if (length < 3) return 0;
  if (length === 3) return 1;
  if (length <= 5) return 1;
  if (length <= 9) return 2;
  return 3;
}

/** Endings that make a word an inflection of a vocabulary word ("appealed" of "appeal"). */
const inflections = ['s', 'es', 'ed', 'd', 'ing', 'er', 'ers', 'ly', 'ion', 'ions'];

/** Lookups built once per vocabulary: the set of words and each word's frequency rank. */
interface Lookup {
  words: readonly string[];
  known: ReadonlySet<string>;
  rank: ReadonlyMap<string, number>;
}

const lookups = new WeakMap<Vocabulary, Lookup>();

function lookupFor(vocabulary: Vocabulary): Lookup {
  let lookup = lookups.get(vocabulary);
  if (!lookup) {
    lookup = {
      words: vocabulary.words,
      known: new Set(vocabulary.words),
      rank: new Map(vocabulary.words.map((word, i) => [word, i])),
    };
    lookups.set(vocabulary, lookup);
  }
  return lookup;
}

/** Whether the site uses this word, an inflection of it, or (while typing) a word it starts. */
export function isKnownWord(word: string, vocabulary: Vocabulary): boolean {
  const { known, words } = lookupFor(vocabulary);
  if (known.has(word)) return true;
  if (inflections.some((end) => word.endsWith(end) && known.has(word.slice(0, -end.length)))) {
    return true;
  }
  if (inflections.some((end) => known.has(word + end))) return true;
  return word.length >= 4 && words.some((w) => w.startsWith(word));
}

/**
 * The vocabulary word closest to an unknown word, or null when none is close enough.
 * Fewer edits win; then a word with the same first letter; then the more frequent word.
 */
export function correctWord(word: string, vocabulary: Vocabulary): string | null {
  const max = allowedEdits(word.length);
  if (max === 0) return null;
  const { words, rank } = lookupFor(vocabulary);
  let best: { word: string; score: [number, number, number] } | null = null;
  const letters = (w: string) => [...w].sort().join('');
  for (const candidate of words) {
    if (candidate.length < 3 || stopWords.has(candidate)) continue;
    if (word.length === 3 && letters(candidate) !== letters(word)) continue;
    const distance = editDistance(word, candidate, max);
    if (distance > max) continue;
    const score: [number, number, number] = [
      distance,
      candidate[0] === word[0] ? 0 : 1,
      rank.get(candidate) ?? Number.MAX_SAFE_INTEGER,
    ];
    if (!best || compare(score, best.score) < 0) best = { word: candidate, score };
  }
  return best?.word ?? null;
}

/** Two known words run together ("sellercentral" → "seller central"), or null. */
export function splitWord(word: string, vocabulary: Vocabulary): string | null {
  const { known } = lookupFor(vocabulary);
  for (let i = 3; i <= word.length - 3; i++) {
    const left = word.slice(0, i);
    const right = word.slice(i);
    if (known.has(left) && known.has(right)) return `${left} ${right}`;
  }
  return null;
}

/**
 * The query with every unknown word corrected, or null when there is nothing to correct.
 * Stop words, short words and words with digits are left as they are.
 */
export function suggestQuery(raw: string, vocabulary: Vocabulary): string | null {
  const words = tokenize(raw);
  let changed = false;
  const corrected = words.map((word) => {
    if (word.length < 3 || stopWords.has(word) || /\d/.test(word)) return word;
    if (word.includes('-') || synonyms[word]) return word;
    if (isKnownWord(word, vocabulary)) return word;
    const replacement = splitWord(word, vocabulary) ?? correctWord(word, vocabulary);
    if (replacement === null) return word;
    changed = true;
    return replacement;
  });
  return changed ? corrected.join(' ') : null;
}

/**
 * Query terms as Pagefind should get them: each word the site never uses replaced by the
 * site's word for it (synonyms.ts), when there is one; every other word as typed.
 */
export function rewriteTerms(terms: readonly string[], vocabulary: Vocabulary): string[] {
  const rewritten = terms.map((term) => {
    const replacement = synonyms[term];
    return replacement && !isKnownWord(term, vocabulary) ? replacement : term;
  });
  return [...new Set(rewritten)];
}

/**
 * The "Did you mean" to offer: a correction when the query found nothing, or when it is short
 * (a long question with one unknown word has usually found its page anyway).
 */
export function offeredSuggestion(
  query: string,
  vocabulary: Vocabulary,
  found: number,
  termCount: number,
): string | null {
  const suggestion = suggestQuery(query, vocabulary);
  return suggestion !== null && (found === 0 || termCount <= maxTermsForSuggestion)
    ? suggestion
    : null;
}

/** Queries with more terms than this get "Did you mean" only when they find nothing. */
export const maxTermsForSuggestion = 3;

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return a[i]! - b[i]!;
  }
  return 0;
}
