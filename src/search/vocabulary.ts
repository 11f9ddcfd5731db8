/**
 * The site's own vocabulary, for telling a word no page holds and correcting it. Built at
 * build time (and when `astro dev` builds its in-memory index) from exactly the text Pagefind
 * indexed: page content, titles and aliases. Written next to the index as `vocabulary.json`,
 * fetched with the first search. Next to it, `english.json`: the correctly spelled English
 * words that correction must leave alone (english-words.ts), fetched only when a query has a
 * word the vocabulary lacks.
 */
import { stopWords, words as wordsOf } from './query.ts';

/** Every indexed word of three or more letters, most frequent first. */
export interface Vocabulary {
  version: 1;
  words: string[];
}

/** The file names inside the Pagefind bundle directory. */
export const vocabularyFile = 'vocabulary.json';
/** The same shape: English words the site never uses within a typo of one it does ("pending"). */
export const englishFile = 'english.json';

/** Words worth correcting towards: letters only (a hyphenated word gives its parts too). */
function vocabularyWords(text: string): string[] {
  return wordsOf(text).flatMap((word) => [word, ...(word.includes('-') ? word.split('-') : [])]);
}

/** Counts the words of every text and lists them most frequent first, ties alphabetically. */
export function buildVocabulary(texts: Iterable<string>): Vocabulary {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of vocabularyWords(text)) {
      if (word.length < 3 || !/^\p{L}+$/u.test(word) || stopWords.has(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const words = [...counts]
    .sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0))
    .map(([word]) => word);
  return { version: 1, words };
}

/** Reads a fetched vocabulary or English words file, or null when it is not one. */
export function parseVocabulary(json: unknown): Vocabulary | null {
  if (typeof json !== 'object' || json === null) return null;
  const { version, words } = json as Record<string, unknown>;
  if (version !== 1 || !Array.isArray(words)) return null;
  if (!words.every((word): word is string => typeof word === 'string')) return null;
  return { version: 1, words };
}

/**
 * The text of one decoded Pagefind fragment (`{ content, meta: { title, aliases, … } }`) that
 * belongs in the vocabulary: content and every text meta field except URLs and images.
 */
export function fragmentTexts(fragment: unknown): string[] {
  if (typeof fragment !== 'object' || fragment === null) return [];
  const { content, meta } = fragment as { content?: unknown; meta?: unknown };
  const texts = typeof content === 'string' ? [content] : [];
  if (typeof meta === 'object' && meta !== null) {
    for (const [key, value] of Object.entries(meta)) {
      if (typeof value === 'string' && !['url', 'image', 'image_alt'].includes(key)) {
        texts.push(value);
      }
    }
  }
  return texts;
}
