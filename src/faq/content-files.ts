/**
 * The files under content/ that the site reads, and every other one: Astro's loaders skip a
 * file they do not match without a word, so a question saved in the wrong folder or with the
 * wrong extension would silently vanish from the site. Names starting with "." (editor and
 * system files) are left alone.
 */
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { categoryIds } from './categories.ts';

export interface QuestionFiles {
  /** Paths of the question files, `<faqDir>/<category>/<slug>.mdx`, sorted. */
  files: string[];
  /** One line for each file or folder the site would skip. */
  problems: string[];
}

const folders = categoryIds.join(', ');

async function entries(dir: string) {
  const found = await readdir(dir, { withFileTypes: true });
  return found.filter((e) => !e.name.startsWith('.')).sort((a, b) => a.name.localeCompare(b.name));
}

/** What to do with a file in a category folder that is not `<slug>.mdx`. */
function misplaced(name: string, isFolder: boolean, category: string): string {
  if (isFolder)
    return `folders inside a category are not read; move its questions up to content/faq/${category}/`;
  if (/\.(md|markdown|mdown)$/i.test(name))
    return `only .mdx files are read; rename it to ${name.replace(/\.[^.]+$/, '.mdx')}`;
  return 'is not a question file: a category folder holds only <slug>.mdx files; move or remove it';
}

/**
 * Lists the question files under `contentDir` (the folder holding faq/ and wizards/) and
 * reports, relative to `root`, every file the site would skip: outside a category folder, in an
 * unknown folder, with an unknown extension, or beside faq/ and wizards/.
 */
export async function listQuestionFiles(contentDir: string, root: string): Promise<QuestionFiles> {
  const result: QuestionFiles = { files: [], problems: [] };
  const report = (path: string, problem: string) =>
    result.problems.push(`${relative(root, path)}: ${problem}`);
  for (const entry of await entries(contentDir)) {
    if (!(entry.isDirectory() && ['faq', 'wizards'].includes(entry.name)))
      report(
        join(contentDir, entry.name),
        'is not read: questions go in content/faq/<category>/<slug>.mdx, wizards in content/wizards/<id>.yaml',
      );
  }
  const faqDir = join(contentDir, 'faq');
  for (const entry of await entries(faqDir)) {
    const path = join(faqDir, entry.name);
    if (!entry.isDirectory()) {
      report(path, `is outside a category folder; move it to content/faq/<category>/ (${folders})`);
    } else if (!(categoryIds as readonly string[]).includes(entry.name)) {
      report(
        path,
        `is not a category folder; the categories are ${folders} (src/faq/categories.ts)`,
      );
    } else {
      for (const file of await entries(path)) {
        const filePath = join(path, file.name);
        if (file.isFile() && file.name.endsWith('.mdx')) result.files.push(filePath);
        else report(filePath, misplaced(file.name, file.isDirectory(), entry.name));
      }
    }
  }
  return result;
}
