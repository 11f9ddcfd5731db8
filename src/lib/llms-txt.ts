/**
 * An llms.txt file (https://llmstxt.org): the site's name as the h1, a one-paragraph summary
 * as a blockquote, a few lines of detail, then h2 sections listing links, each with a note.
 * Pure: the endpoint (src/pages/llms.txt.ts) gives it the site's content.
 */

export interface LlmsLink {
  title: string;
  /** Absolute. */
  url: string;
  /** One line about what is there. */
  note: string;
}

export interface LlmsSection {
  title: string;
  links: readonly LlmsLink[];
}

export interface LlmsTxt {
  name: string;
  summary: string;
  /** Paragraphs between the summary and the sections. */
  details: readonly string[];
  sections: readonly LlmsSection[];
}

/** One line: no line break may split an entry. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Square brackets in a link's text would end it early. */
const linkText = (text: string) => oneLine(text).replace(/[[\]]/g, '\\$&');

export function llmsTxt({ name, summary, details, sections }: LlmsTxt): string {
  const blocks = [`# ${oneLine(name)}`, `> ${oneLine(summary)}`, ...details.map(oneLine)];
  for (const section of sections) {
    if (section.links.length === 0) continue;
    const items = section.links.map(
      (link) => `- [${linkText(link.title)}](${link.url}): ${oneLine(link.note)}`,
    );
    blocks.push(`## ${oneLine(section.title)}\n\n${items.join('\n')}`);
  }
  return `${blocks.join('\n\n')}\n`;
}
