// /llms.txt (llmstxt.org): the site for assistants. Every question, by category, linked to its
// plain-Markdown copy (/faq/<slug>/index.md), and every wizard linked to its page; all from
// the content collections, so a new question or wizard is listed without a code change.
import type { APIRoute } from 'astro';
import { getSiteContent } from '../content/site-content.ts';
import { groupByCategory } from '../faq/navigation.ts';
import { llmsTxt } from '../lib/llms-txt.ts';
import { site } from '../lib/site.ts';
import { sitePath } from '../lib/url.ts';

export const GET: APIRoute = async ({ site: origin }) => {
  const { faq, wizards } = await getSiteContent();
  const at = (path: string) => new URL(sitePath(path), origin).href;
  const text = llmsTxt({
    name: site.name,
    summary: site.description,
    details: [
      `Unofficial: not affiliated with Amazon. Every fact comes from ${site.sources.join(' and ')}; Amazon's own pages are the final word.`,
      'Each question links to a plain-Markdown copy of its answer; the web page is the same address without index.md. Each wizard is an interactive page that asks a few questions and drafts the text to paste into a Seller Central support case.',
    ],
    sections: [
      ...groupByCategory(faq).map(({ category, items }) => ({
        title: `${category.title} questions`,
        links: items.map((q) => ({
          title: q.data.question,
          url: at(`faq/${q.id}/index.md`),
          note: q.data.summary,
        })),
      })),
      {
        title: 'Wizards',
        links: wizards.map((w) => ({
          title: w.data.title,
          url: at(`wizards/${w.id}/`),
          note: `${w.data.intro} (about ${w.data.timeToComplete})`,
        })),
      },
      {
        title: 'Optional',
        links: [
          {
            title: 'Every question',
            url: at('faq/'),
            note: 'The questions by category, as web pages.',
          },
          {
            title: 'Search',
            url: at('search/'),
            note: 'Search the questions and wizards in your own words (needs JavaScript).',
          },
        ],
      },
    ],
  });
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
