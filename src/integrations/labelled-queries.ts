import { readdir, readFile } from 'node:fs/promises';
import { offTopicClass, type AskedText } from '../search/asked.ts';
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
 * answer them, and its off-topic questions (`off-topic*.json`), as texts of the off-topic
 * class (src/search/asked.ts). A file that is not a list of queries fails the build, named.
 */
export async function labelledQueries(root: URL): Promise<AskedText[]> {
  const folder = new URL(tuningFolder, root);
  const suffixes = await setSuffixes(folder);
  const read = <T extends RelevanceCase | OffTopicCase>(kind: CaseKind) =>
    Promise.all(suffixes.map((suffix) => readCases<T>(folder, kind, suffix)));
  const [queries, offTopic] = await Promise.all([
    read<RelevanceCase>('queries'),
    read<OffTopicCase>('off-topic'),
  ]);
  return [
    ...queries.flat().map(({ query, expect }) => ({ text: query, pages: expect })),
    ...offTopic.flat().map(({ query }) => ({ text: query, pages: [offTopicClass] })),
  ];
}
