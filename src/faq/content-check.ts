/**
 * Every check of the question files that must pass before Astro loads them: no file the site
 * would skip, frontmatter as written (see frontmatter.ts), MDX held to its allow-list
 * (answer-check.ts), links that resolve (answer-links.ts) and the checks across files
 * (cross-check.ts). Problems from every file are reported together, one line each naming the file.
 */
import { readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { checkAnswer, type AnswerLink } from './answer-check.ts';
import { checkAnswerLinks } from './answer-links.ts';
import { categoryIds } from './categories.ts';
import { listQuestionFiles } from './content-files.ts';
import { crossCheckFaq, type FaqRecord, type WizardRecord } from './cross-check.ts';
import { parseFaqFrontmatter } from './frontmatter.ts';

interface Answer {
  slug: string;
  file: string;
  links: AnswerLink[];
}

/**
 * The problems in the questions under `contentDir` (the folder holding faq/), paths relative to
 * `root`; `wizards` are every wizard file there is, a broken one with no `faq`.
 */
export async function checkFaqContent(
  contentDir: string,
  root: string,
  wizards: readonly WizardRecord[],
): Promise<string[]> {
  const { files, problems } = await listQuestionFiles(contentDir, root);
  const questions = new Map<string, string[]>();
  const answers: Answer[] = [];
  const records: FaqRecord[] = [];
  for (const path of files) {
    const file = relative(root, path);
    // Read in turn, not awaited one by one: 10,000 awaited reads left the check idle 4 of 8 s.
    const source = readFileSync(path, 'utf8');
    const slug = basename(path, '.mdx');
    const frontmatter = parseFaqFrontmatter(source, file);
    if ('problems' in frontmatter) problems.push(...frontmatter.problems);
    else records.push({ id: slug, filePath: file, data: frontmatter.data });
    const answer = checkAnswer(source, file);
    problems.push(...answer.problems);
    questions.set(slug, answer.headings);
    answers.push({ slug, file, links: answer.links });
  }
  const site = { questions, categories: categoryIds, wizards: wizards.map((w) => w.id) };
  for (const { slug, file, links } of answers)
    problems.push(...checkAnswerLinks(links, slug, file, site));
  // A question whose frontmatter failed still exists: it is reported once, not in each link to it.
  problems.push(...crossCheckFaq(records, wizards, questions.keys()).errors);
  return problems;
}
