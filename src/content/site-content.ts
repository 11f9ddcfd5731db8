import { getCollection, type CollectionEntry } from 'astro:content';
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
 * Both collections, sorted. The checks across files and collections ran before Astro loaded
 * them (src/content/all-content.ts). Memoised so the build sorts once, not once per page.
 */
export function getSiteContent(): Promise<SiteContent> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<SiteContent> {
  const [faq, wizards] = await Promise.all([getCollection('faq'), getCollection('wizards')]);
  return {
    faq: sortFaq(faq),
    wizards: [...wizards].sort((a, b) => a.data.title.localeCompare(b.data.title)),
  };
}
