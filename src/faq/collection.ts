import { getCollection, type CollectionEntry } from 'astro:content';
import { crossCheckFaq } from './cross-check';
import { sortFaq } from './navigation';

export type FaqEntry = CollectionEntry<'faq'>;

let loaded: Promise<FaqEntry[]> | undefined;

/**
 * Every question, sorted, after the checks that span files. Memoised so the build checks
 * (and warns) once, not once per page.
 */
export function getFaq(): Promise<FaqEntry[]> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<FaqEntry[]> {
  const entries = await getCollection('faq');
  const wizardIds = new Set<string>();
  const records = entries.map((e) => ({ id: e.id, filePath: e.filePath ?? e.id, data: e.data }));
  const { errors, warnings } = crossCheckFaq(records, wizardIds);
  for (const warning of warnings) console.warn(`[faq] ${warning}`);
  if (errors.length > 0) {
    throw new Error(`The FAQ content has ${errors.length} problem(s):\n${errors.join('\n')}`);
  }
  return sortFaq(entries);
}
