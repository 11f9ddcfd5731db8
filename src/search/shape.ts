/**
 * Result shaping: Pagefind's result data turned into what the search box and the search page
 * show. Excerpts become text parts (no HTML is ever inserted), wizard results are marked, and
 * sub-results keep only the headings inside the page that matched.
 */
import type { PagefindResultData, PagefindSubResult } from './pagefind-api.ts';

export const resultTypes = ['Question', 'Wizard'] as const;
export type ResultType = (typeof resultTypes)[number] | 'Page';

/** A run of excerpt text; `mark` for the words that matched the query. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

export interface SubHit {
  title: string;
  url: string;
  excerpt: ExcerptPart[];
}

export interface SearchHit {
  url: string;
  title: string;
  type: ResultType;
  category: string | null;
  excerpt: ExcerptPart[];
  subResults: SubHit[];
}

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Decodes the character references Pagefind writes when it escapes page text. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : whole;
    }
    return entities[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Pagefind's excerpt (escaped text with `<mark>` around matches) as text parts. Any other tag
 * is dropped, so nothing in an excerpt can become markup.
 */
export function excerptParts(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of html.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(piece)) mark = true;
    else if (/^<\/mark>$/i.test(piece)) mark = false;
    else {
      const text = decodeEntities(piece.replace(/<[^>]*>/g, ''));
      if (!text) continue;
      const last = parts[parts.length - 1];
      if (last && last.mark === mark) last.text += text;
      else parts.push({ text, mark });
    }
  }
  return parts;
}

/** The plain text of excerpt parts. */
export const excerptText = (parts: readonly ExcerptPart[]): string =>
  parts.map((part) => part.text).join('');

/** Question, Wizard or (for a page without SearchMeta) Page, from the `type` filter. */
export function resultType(data: Pick<PagefindResultData, 'filters' | 'meta'>): ResultType {
  const value = data.filters.type?.[0] ?? data.meta.type;
  return (resultTypes as readonly string[]).includes(value ?? '') ? (value as ResultType) : 'Page';
}

const withoutHash = (url: string) => url.replace(/#.*$/, '');

/**
 * The sub-results worth showing: headings inside the page (an anchor in the URL) whose
 * section matched, most matches first, at most `max`.
 */
export function pickSubResults(
  pageUrl: string,
  subs: readonly PagefindSubResult[],
  max: number,
): SubHit[] {
  return subs
    .map((sub, order) => ({ sub, order, hits: sub.locations?.length ?? 0 }))
    .filter(
      ({ sub, hits }) =>
        sub.url.includes('#') && withoutHash(sub.url) === withoutHash(pageUrl) && hits > 0,
    )
    .sort((a, b) => b.hits - a.hits || a.order - b.order)
    .slice(0, max)
    .map(({ sub }) => ({ title: sub.title, url: sub.url, excerpt: excerptParts(sub.excerpt) }));
}

/**
 * One Pagefind result as the search shows it. Only a question's headings become sub-results:
 * a wizard's ("What you need", "Every step on one page") are not places anyone looks for.
 */
export function shapeResult(data: PagefindResultData, maxSubResults: number): SearchHit {
  const type = resultType(data);
  return {
    url: data.url,
    title: data.meta.title?.trim() || data.url,
    type,
    category: data.filters.category?.[0] ?? data.meta.category ?? null,
    excerpt: excerptParts(data.excerpt),
    subResults:
      type === 'Question' ? pickSubResults(data.url, data.sub_results, maxSubResults) : [],
  };
}
