import { readdir, readFile } from 'node:fs/promises';
import type { AskedText } from '../search/asked.ts';
import { parseCases, type RelevanceCase } from '../search/relevance.ts';

/** The tuning half's folder, inside the project root. Never the held-out half. */
export const tuningFolder = 'test/search/tuning/';

/**
 * The tuning half's labelled queries (`queries*.json`), as texts asking for the pages that
 * answer them (src/search/asked.ts). A file that is not a list of queries fails the build,
 * named.
 */
export async function labelledQueries(root: URL): Promise<AskedText[]> {
  const folder = new URL(tuningFolder, root);
  const files = (await readdir(folder)).filter((file) => /^queries(-\w+)?\.json$/.test(file));
  const sets = await Promise.all(
    files.sort().map(async (file) => {
      try {
        const json: unknown = JSON.parse(await readFile(new URL(file, folder), 'utf8'));
        return parseCases<RelevanceCase>(json, 'queries');
      } catch (error) {
        throw new Error(`${tuningFolder}${file}: ${(error as Error).message}`, { cause: error });
      }
    }),
  );
  return sets.flat().map(({ query, expect }) => ({ text: query, pages: expect }));
}
