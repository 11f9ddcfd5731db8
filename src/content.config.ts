import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { faqSchema } from './faq/schema';

// The benchmark points HELP_CONTENT_DIR at generated content; the site reads ./content.
const contentDir = process.env.HELP_CONTENT_DIR ?? './content';

const faq = defineCollection({
  // The id is the file name: URLs are /faq/<slug>/ whatever the category folder.
  loader: glob({
    pattern: '*/*.mdx',
    base: `${contentDir}/faq`,
    generateId: ({ entry }) => entry.replace(/^.*\//, '').replace(/\.mdx$/, ''),
  }),
  schema: faqSchema,
});

export const collections = { faq };
