// /faq/<slug>/index.md: each question's answer as plain Markdown, next to its page, for
// assistants and people who want plain text (llms.txt links here). Made from the same MDX.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteContent, type FaqEntry, type WizardEntry } from '../../../content/site-content.ts';
import { categoryById } from '../../../faq/categories.ts';
import { questionMarkdown } from '../../../faq/markdown.ts';
import { sitePath } from '../../../lib/url.ts';

export const getStaticPaths = (async () => {
  const { faq, wizards } = await getSiteContent();
  const wizardById = new Map(wizards.map((w) => [w.id, w]));
  return faq.map((entry) => ({
    params: { slug: entry.id },
    props: { entry, wizards: entry.data.wizards.flatMap((id) => wizardById.get(id) ?? []) },
  }));
}) satisfies GetStaticPaths;

interface Props {
  entry: FaqEntry;
  wizards: WizardEntry[];
}

export const GET: APIRoute<Props> = ({ props: { entry, wizards }, site }) => {
  const at = (path: string) => new URL(sitePath(path), site);
  const markdown = questionMarkdown({
    question: entry.data.question,
    summary: entry.data.summary,
    body: entry.body ?? '',
    pageUrl: at(`faq/${entry.id}/`),
    category: categoryById(entry.data.category).title,
    reviewed: entry.data.reviewed,
    wizards: wizards.map((w) => ({ title: w.data.title, url: at(`wizards/${w.id}/`).href })),
  });
  return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
