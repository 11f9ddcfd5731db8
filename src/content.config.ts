import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { faqSchema } from './faq/schema.ts';
import { wizardSchema } from './wizard/authoring/schema/index.ts';
import { wizardLoader } from './wizard/authoring/loader.ts';

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

// Validated by the loader (it names the file and step of every problem); the schema gives the types.
const wizards = defineCollection({
  loader: wizardLoader(`${contentDir}/wizards`),
  schema: wizardSchema,
});

export const collections = { faq, wizards };
