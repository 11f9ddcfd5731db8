/**
 * The content loader for `content/faq/<category>/<slug>.mdx`: Astro's glob loader, run only
 * once `check` (the check of all content, see content-check.ts) has passed.
 */
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';

export function faqLoader(contentDir: string, check: (root: string) => Promise<unknown>): Loader {
  const questions = glob({
    pattern: '*/*.mdx',
    base: `${contentDir}/faq`,
    // The id is the file name: URLs are /faq/<slug>/ whatever the category folder.
    generateId: ({ entry }) => entry.replace(/^.*\//, '').replace(/\.mdx$/, ''),
  });
  return {
    name: 'faq-loader',
    load: async (context) => {
      await check(fileURLToPath(context.config.root));
      await questions.load(context);
    },
  };
}
