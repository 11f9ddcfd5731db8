import { defineCollection } from 'astro:content';
import { contentCheck } from './content/all-content.ts';
import { faqLoader } from './faq/loader.ts';
import { faqSchema } from './faq/schema.ts';
import { wizardSchema } from './wizard/authoring/schema/index.ts';
import { wizardLoader } from './wizard/authoring/loader.ts';

// The benchmark points HELP_CONTENT_DIR at generated content; the site reads ./content.
const contentDir = process.env.HELP_CONTENT_DIR ?? './content';
// Questions and wizards are checked together first; any problem fails the build, listing all.
const check = contentCheck(contentDir);

// The check names the file, field or line of every problem; the schema gives the types.
const faq = defineCollection({
  loader: faqLoader(contentDir, check),
  schema: faqSchema,
});

const wizards = defineCollection({
  loader: wizardLoader(`${contentDir}/wizards`, check),
  schema: wizardSchema,
});

export const collections = { faq, wizards };
