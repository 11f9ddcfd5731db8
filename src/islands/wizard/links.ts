/** Titles and addresses of the pages a wizard may point to, resolved at build time. */
export interface WizardLinks {
  /** Other wizards by id. */
  wizards: Record<string, { title: string; href: string }>;
  /** FAQ questions by slug. */
  faq: Record<string, { title: string; href: string }>;
  /** The site's base path, for `link.href` values that start with "/". */
  base: string;
}
