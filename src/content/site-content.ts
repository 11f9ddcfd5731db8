import { getCollection, type CollectionEntry } from 'astro:content';
import { crossCheckFaq } from '../faq/cross-check.ts';
import { sortFaq } from '../faq/navigation.ts';

export type FaqEntry = CollectionEntry<'faq'>;
export type WizardEntry = CollectionEntry<'wizards'>;

export interface SiteContent {
  /** Every question, sorted by category and order. */
  faq: FaqEntry[];
  /** Every wizard, sorted by title. */
  wizards: WizardEntry[];
}

let loaded: Promise<SiteContent> | undefined;

/**
 * Both collections after the checks that span files and collections. Memoised so the build
 * checks once, not once per page.
 */
export function getSiteContent(): Promise<SiteContent> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<SiteContent> {
  const [faq, wizards] = await Promise.all([getCollection('faq'), getCollection('wizards')]);
  const { errors } = crossCheckFaq(
    faq.map((e) => ({ id: e.id, filePath: e.filePath ?? e.id, data: e.data })),
    wizards.map((w) => ({ id: w.id, filePath: w.filePath ?? w.id, faq: w.data.faq })),
  );
  if (errors.length > 0) {
    throw new Error(`The content has ${errors.length} problem(s):\n${errors.join('\n')}`);
  }
  return {
    faq: sortFaq(faq),
    wizards: [...wizards].sort((a, b) => a.data.title.localeCompare(b.data.title)),
  };
}
