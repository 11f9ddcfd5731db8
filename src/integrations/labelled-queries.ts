import { readdir, readFile } from 'node:fs/promises';
import type { AskedText } from '../search/asked.ts';
import {
  parseCases,
  type CaseKind,
  type OffTopicCase,
  type RelevanceCase,
  type TypoCase,
} from '../search/relevance.ts';

/** The tuning half's folder, inside the project root. Never the held-out half. */
export const tuningFolder = 'test/search/tuning/';

/** The suffixes of a half's sets in `folder`, in order: '' for `queries.json`, '-2' for `queries-2.json`. */
export async function setSuffixes(folder: URL): Promise<string[]> {
  return (await readdir(folder))
    .map((file) => /^queries(-\w+)?\.json$/.exec(file))
    .filter((match) => match !== null)
    .map((match) => match[1] ?? '')
    .sort();
}

/** One file of a set (`<kind><suffix>.json`), checked; a bad file throws, named. */
export async function readCases<T extends RelevanceCase | TypoCase | OffTopicCase>(
  folder: URL,
  kind: CaseKind,
  suffix: string,
): Promise<T[]> {
  const file = new URL(`${kind}${suffix}.json`, folder);
  try {
    return parseCases<T>(JSON.parse(await readFile(file, 'utf8')), kind);
  } catch (error) {
    throw new Error(`${file.pathname}: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * The tuning half's labelled queries (`queries*.json`), as texts asking for the pages that
 * answer them (src/search/asked.ts). A file that is not a list of queries fails the build,
 * named.
 */
export async function labelledQueries(root: URL): Promise<AskedText[]> {
  const folder = new URL(tuningFolder, root);
  const sets = await Promise.all(
    (await setSuffixes(folder)).map((suffix) =>
      readCases<RelevanceCase>(folder, 'queries', suffix),
    ),
  );
  return sets.flat().map(({ query, expect }) => ({ text: query, pages: expect }));
}
