/**
 * The markup SearchMeta.astro puts inside a page's `data-pagefind-body` element, built here
 * so the unit tests can index exactly what the pages carry.
 */
export interface SearchMetaProps {
  /** What the page is: a FAQ question or a wizard. */
  type: 'Question' | 'Wizard';
  /** The category title as people read it ("Developer Profile"). */
  category?: string | undefined;
  /** How people phrase the problem, in their own words. */
  aliases: readonly string[];
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Aliases trimmed, spaces collapsed, empty and repeated ones dropped. */
export function cleanAliases(aliases: readonly string[]): string[] {
  return [...new Set(aliases.map((alias) => alias.trim().replace(/\s+/g, ' ')).filter(Boolean))];
}

/**
 * A hidden element with Pagefind's `type` and `category` filters (also as metadata, for the
 * result's mark) and the aliases as the searchable `aliases` metadata field (weighted by
 * ranking.ts's metaWeights). Aliases are never body text: as hidden text they scored one query
 * better but put phrases that are not on the page into excerpts. `hidden` keeps all of it off
 * the page, out of the accessibility tree and out of the reader's copy and print.
 */
export function searchMetaHtml({ type, category, aliases }: SearchMetaProps): string {
  const phrases = cleanAliases(aliases);
  const attr = (name: string, value: string) => ` ${name}="${escapeHtml(value)}"`;
  const parts = [
    `<div hidden data-search-meta${attr('data-pagefind-filter', `type:${type}`)}${attr('data-pagefind-meta', `type:${type}`)}>`,
  ];
  if (category) {
    parts.push(
      `<span${attr('data-pagefind-filter', `category:${category}`)}${attr('data-pagefind-meta', `category:${category}`)}></span>`,
    );
  }
  if (phrases.length > 0) {
    parts.push(`<span${attr('data-pagefind-meta', `aliases:${phrases.join('; ')}`)}></span>`);
  }
  parts.push('</div>');
  return parts.join('');
}
