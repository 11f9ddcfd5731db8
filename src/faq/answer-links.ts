/**
 * Links between pages of this site, checked before any page is built: an answer at
 * /faq/<slug>/ may link to another question (and a heading in it), a category, a wizard, the
 * lists or search, always relatively, so the links hold under a sub-path too.
 */
import type { AnswerLink } from './answer-check.ts';

/** What an answer's links can reach. */
export interface SitePages {
  /** Each question's slug, with the ids of its headings. */
  questions: ReadonlyMap<string, readonly string[]>;
  categories: readonly string[];
  wizards: readonly string[];
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The problem with one on-site link from the question `slug`, or undefined when it resolves. */
function problemWith(link: AnswerLink, slug: string, site: SitePages): string | undefined {
  const origin = 'https://site.invalid';
  const target = new URL(link.url, `${origin}/faq/${slug}/`);
  const path = target.pathname;
  const anchor = decoded(target.hash.slice(1));
  const unknown = (what: string) => `the link to "${link.url}" leads to ${what}`;
  if (target.origin !== origin || !path.endsWith('/')) {
    return `${unknown(`${path}, which is not a page`)}; pages end with a slash, for example ../slug/`;
  }
  const [section, name, extra, ...rest] = path.split('/').filter(Boolean);
  if (section === 'faq' && name === 'category' && extra !== undefined && rest.length === 0) {
    return site.categories.includes(extra) ? undefined : unknown(`no category "${extra}"`);
  }
  if (section === 'faq' && name !== undefined && extra === undefined) {
    const headings = site.questions.get(name);
    if (!headings) return unknown(`no question "${name}" (content/faq/<category>/${name}.mdx)`);
    if (anchor && !headings.includes(anchor))
      return unknown(
        `no heading "#${anchor}" in "${name}"; its headings are ${headings.map((h) => `#${h}`).join(', ') || 'none'}`,
      );
    return undefined;
  }
  if (section === 'wizards' && name !== undefined && extra === undefined) {
    return site.wizards.includes(name)
      ? undefined
      : unknown(`no wizard "${name}" (content/wizards/${name}.yaml)`);
  }
  const lists = ['/', '/faq/', '/wizards/', '/search/'];
  return lists.includes(path) ? undefined : unknown(`${path}, which is not a page of this site`);
}

/** Every on-site link of the answer `slug` (in `file`) that does not resolve, one line each. */
export function checkAnswerLinks(
  links: readonly AnswerLink[],
  slug: string,
  file: string,
  site: SitePages,
): string[] {
  return links.flatMap((link) => {
    const problem = problemWith(link, slug, site);
    return problem ? [`${file}:${link.line}: ${problem}`] : [];
  });
}
