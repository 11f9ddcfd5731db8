/**
 * A question's answer as plain Markdown, for `/faq/<slug>/index.md` and the assistants that
 * llms.txt sends there. The MDX body is Markdown already: the content check
 * (answer-check.ts) refuses components, expressions, imports and exports before any page is
 * made, so only MDX comments (`{/* … *\/}`) are left to take out. Links are made absolute, so
 * the copy reads the same wherever it is fetched from. Pure: no Astro, no file system.
 */

/** What the copy of one question shows, besides its answer. */
export interface QuestionCopy {
  question: string;
  summary: string;
  /** The answer, the MDX file's body as written. */
  body: string;
  /** The question's web page, absolute: relative links in the answer resolve against it. */
  pageUrl: URL;
  /** The category's title. */
  category: string;
  /** When the answer was checked against the source, YYYY-MM-DD. */
  reviewed: string;
  /** Wizards that carry the answer out, with absolute links. */
  wizards: readonly { title: string; url: string }[];
}

const fence = /^\s{0,3}(`{3,}|~{3,})/;

/** The lines of a Markdown text, each marked as inside a fenced code block or not. */
function linesOf(text: string): { line: string; code: boolean }[] {
  let open: string | null = null;
  return text.split(/\r?\n/).map((line) => {
    const marker = line.match(fence)?.[1];
    if (open !== null) {
      if (marker && marker[0] === open[0] && marker.length >= open.length) open = null;
      return { line, code: true };
    }
    if (marker) open = marker;
    return { line, code: marker !== undefined };
  });
}

/** A link target made absolute against the page (`../x/` → `https://site/faq/x/`). */
function absolute(target: string, pageUrl: URL): string {
  try {
    return new URL(target, pageUrl).href;
  } catch {
    return target;
  }
}

/** Inline links `[text](target "title")` and reference definitions `[id]: target`. */
const inlineLink = /(\]\()(<[^>]*>|[^\s)]+)/g;
const definition = /^(\s{0,3}\[[^\]]+\]:\s*)(<[^>]*>|\S+)/;

function linksMadeAbsolute(line: string, pageUrl: URL): string {
  const fix = (target: string) =>
    target.startsWith('<')
      ? `<${absolute(target.slice(1, -1), pageUrl)}>`
      : absolute(target, pageUrl);
  return line
    .replace(definition, (_, lead: string, target: string) => lead + fix(target))
    .replace(inlineLink, (_, lead: string, target: string) => lead + fix(target));
}

/** The answer as plain Markdown: MDX comments out, links outside code made absolute. */
export function answerMarkdown(body: string, pageUrl: URL): string {
  const text = body.replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
  const out = linesOf(text).map(({ line, code }) =>
    code ? line : linksMadeAbsolute(line, pageUrl),
  );
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The whole `index.md` of one question: its question, the short answer, the answer, its source. */
export function questionMarkdown(copy: QuestionCopy): string {
  const parts = [
    `# ${copy.question}`,
    `**In short:** ${copy.summary}`,
    answerMarkdown(copy.body, copy.pageUrl),
  ];
  if (copy.wizards.length > 0) {
    parts.push(
      [
        '**Do it step by step:** answer a few questions and get the exact text to send.',
        '',
        ...copy.wizards.map((w) => `- [${w.title}](${w.url})`),
      ].join('\n'),
    );
  }
  parts.push(
    `---\n\n${copy.category} question, reviewed on ${copy.reviewed} against the Amazon MWS FAQ. ` +
      `Unofficial: Amazon's own pages are the final word. Web page: <${copy.pageUrl.href}>`,
  );
  return `${parts.join('\n\n')}\n`;
}
