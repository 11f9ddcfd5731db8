import { defineCollection } from 'astro:content';
import { faqLoader } from './faq/loader.ts';
import { faqSchema } from './faq/schema.ts';
import { wizardSchema } from './wizard/authoring/schema/index.ts';
import { wizardLoader } from './wizard/authoring/loader.ts';

// The benchmark points HELP_CONTENT_DIR at generated content; the site reads ./content.
const contentDir = process.env.HELP_CONTENT_DIR ?? './content';

// Checked by the loader first (file, field and line of every problem); the schema gives the types.
const faq = defineCollection({
  loader: faqLoader(contentDir),
  schema: faqSchema,
});

// Validated by the loader (it names the file and step of every problem); the schema gives the types.
const wizards = defineCollection({
  loader: wizardLoader(`${contentDir}/wizards`),
  schema: wizardSchema,
});

export const collections = { faq, wizards };
