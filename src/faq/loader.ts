/**
 * The content loader for `content/faq/<category>/<slug>.mdx`: Astro's glob loader, run only
 * once every question file passes content-check.ts, whose problems all fail the build at once.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { checkFaqContent } from './content-check.ts';

export function faqLoader(contentDir: string): Loader {
  const questions = glob({
    pattern: '*/*.mdx',
    base: `${contentDir}/faq`,
    // The id is the file name: URLs are /faq/<slug>/ whatever the category folder.
    generateId: ({ entry }) => entry.replace(/^.*\//, '').replace(/\.mdx$/, ''),
  });
  return {
    name: 'faq-loader',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const problems = await checkFaqContent(resolve(root, contentDir), root);
      if (problems.length > 0)
        throw new Error(
          `The questions have ${problems.length} problem(s):\n${problems.join('\n')}`,
        );
      await questions.load(context);
    },
  };
}
