/**
 * Every check of the question files that must pass before Astro loads them: no file the site
 * would skip, frontmatter as written (see frontmatter.ts), MDX held to its allow-list
 * (answer-check.ts) and links that resolve (answer-links.ts). Problems from every file are
 * reported together, one line each naming the file.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { checkAnswer, type AnswerLink } from './answer-check.ts';
import { checkAnswerLinks } from './answer-links.ts';
import { categoryIds } from './categories.ts';
import { listQuestionFiles } from './content-files.ts';
import { parseFaqFrontmatter } from './frontmatter.ts';

interface Answer {
  slug: string;
  file: string;
  links: AnswerLink[];
}

/** The problems in the content under `contentDir` (faq/ and wizards/), paths relative to `root`. */
export async function checkFaqContent(contentDir: string, root: string): Promise<string[]> {
  const { files, problems } = await listQuestionFiles(contentDir, root);
  const questions = new Map<string, string[]>();
  const answers: Answer[] = [];
  for (const path of files) {
    const file = relative(root, path);
    const source = await readFile(path, 'utf8');
    const frontmatter = parseFaqFrontmatter(source, file);
    if ('problems' in frontmatter) problems.push(...frontmatter.problems);
    const answer = checkAnswer(source, file);
    problems.push(...answer.problems);
    const slug = basename(path, '.mdx');
    questions.set(slug, answer.headings);
    answers.push({ slug, file, links: answer.links });
  }
  const wizardNames = await readdir(join(contentDir, 'wizards')).catch(() => []);
  const site = {
    questions,
    categories: categoryIds,
    wizards: wizardNames.filter((n) => n.endsWith('.yaml')).map((n) => n.slice(0, -'.yaml'.length)),
  };
  for (const { slug, file, links } of answers)
    problems.push(...checkAnswerLinks(links, slug, file, site));
  return problems;
}
