import type { FaqFrontmatter } from './schema.ts';

/** What the cross-check needs to know about one loaded question file. */
export interface FaqRecord {
  /** The slug (file name without .mdx). */
  id: string;
  /** Path of the file relative to the project, for messages. */
  filePath: string;
  data: Pick<FaqFrontmatter, 'category' | 'order' | 'related' | 'wizards'>;
}

/** What the cross-check needs to know about one wizard file. */
export interface WizardRecord {
  id: string;
  filePath: string;
  /** The question slugs the wizard links back to. */
  faq: readonly string[];
}

export interface CrossCheckResult {
  /** Problems that must fail the build, one line each, naming the file and the field. */
  errors: string[];
}

/**
 * Checks what a per-file schema cannot: the category matches the folder, orders are unique
 * within a category, related questions and wizards exist, and wizards link to real questions.
 * `present` is every question slug there is, ones whose frontmatter failed included.
 */
export function crossCheckFaq(
  records: FaqRecord[],
  wizards: readonly WizardRecord[],
  present: Iterable<string> = records.map((r) => r.id),
): CrossCheckResult {
  const errors: string[] = [];
  const slugs = new Set(present);
  const wizardIds = new Set(wizards.map((w) => w.id));
  const orders = new Map<string, string>();

  for (const { id, filePath, data } of records) {
    const folder = filePath.split('/').at(-2);
    if (folder !== data.category) {
      errors.push(
        `${filePath}: category is "${data.category}" but the file is in the "${folder}" folder; move the file to content/faq/${data.category}/ or fix category`,
      );
    }
    const orderKey = `${data.category}#${data.order}`;
    const clash = orders.get(orderKey);
    if (clash) {
      errors.push(
        `${filePath}: order ${data.order} is already used by ${clash} in category "${data.category}"; give each question its own order`,
      );
    }
    orders.set(orderKey, filePath);
    for (const slug of data.related) {
      if (slug === id)
        errors.push(`${filePath}: related lists the question itself ("${slug}"); remove it`);
      else if (!slugs.has(slug))
        errors.push(`${filePath}: related names "${slug}", but no question has that slug`);
    }
    for (const wizard of data.wizards) {
      if (!wizardIds.has(wizard))
        errors.push(
          `${filePath}: wizards names "${wizard}", but no wizard has that id (content/wizards/${wizard}.yaml)`,
        );
    }
  }
  for (const wizard of wizards) {
    for (const slug of wizard.faq) {
      if (!slugs.has(slug))
        errors.push(`${wizard.filePath}: faq names "${slug}", but no question has that slug`);
    }
  }
  return { errors };
}
