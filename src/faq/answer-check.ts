/**
 * What an answer's MDX may contain: Markdown, and nothing that runs or reaches elsewhere. The
 * file is parsed by satteri, the parser Astro compiles it with, and every node is held to an
 * allow-list: no HTML or components (`<script>`, `<img onerror=…>`), no `{expressions}` (an
 * MDX comment is fine), no import or export, no images, no `# heading` (the page's h1 is the
 * question), links only to https:// or to this site. Each problem names the file and line and
 * says what to write instead.
 */
import Slugger from 'github-slugger';
import { mdxToMdast, type MdastNode } from 'satteri';

/** A link the answer makes, for the check that it resolves (answer-links.ts). */
export interface AnswerLink {
  url: string;
  line: number;
}

export interface AnswerCheck {
  /** `<file>:<line>: <problem>`, one each. */
  problems: string[];
  /** The ids Astro gives the answer's headings, which `#anchor` links may name. */
  headings: string[];
  /** Links that stay on the site (relative), to be resolved against every page. */
  links: AnswerLink[];
}

/** Markdown that renders as plain prose; `heading` is limited to ## and ### below. */
const allowedNodes = new Set([
  'root',
  'yaml',
  'paragraph',
  'text',
  'heading',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'code',
  'break',
  'thematicBreak',
  'blockquote',
  'list',
  'listItem',
  'link',
  'linkReference',
  'definition',
  'table',
  'tableRow',
  'tableCell',
]);

/** An MDX comment, an expression holding only a block comment: it renders nothing. */
const isComment = (node: MdastNode) =>
  (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') &&
  /^\/\*[\s\S]*\*\/$/.test(node.value.trim()) &&
  !node.value.trim().slice(2, -2).includes('*/');

/** Why a node outside the allow-list is refused, in the author's terms. */
function refusal(node: MdastNode): string {
  switch (node.type) {
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const handlers = node.attributes
        .map((a) => ('name' in a ? a.name : ''))
        .filter((name) => /^on/i.test(name));
      const runs = handlers.length > 0 ? ` (its ${handlers.join(', ')} would run a script)` : '';
      return `<${node.name ?? ''}> is HTML or a component${runs}; answers are Markdown only: use **bold**, lists, ## headings and [links](../slug/)`;
    }
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return `{${node.value}} is a JavaScript expression; answers are Markdown only (write \\{ for a brace)`;
    case 'mdxjsEsm':
      return 'import and export are not allowed in an answer; answers are Markdown only';
    case 'image':
    case 'imageReference':
      return 'images are not allowed in an answer; describe what to look for in words';
    default:
      return `${node.type} is not allowed in an answer; use plain Markdown`;
  }
}

/** A link's address as a browser reads it: ASCII whitespace and control characters dropped. */
const normalised = (url: string) => [...url].filter((c) => c > ' ' && c !== '\u007f').join('');

/** Where a link's address leads: elsewhere on https, this site (to resolve), or refused. */
type UrlVerdict = { kind: 'https' } | { kind: 'on-site' } | { kind: 'refused'; problem: string };

function checkUrl(url: string): UrlVerdict {
  const plain = normalised(url);
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(plain)?.[1]?.toLowerCase();
  if (scheme === 'https') return { kind: 'https' };
  if (scheme !== undefined || plain.startsWith('//')) {
    return {
      kind: 'refused',
      problem: `the link to "${url}" is not allowed: link to an https:// page, another question (../slug/) or a heading (#id)`,
    };
  }
  if (plain.startsWith('/')) {
    return {
      kind: 'refused',
      problem: `the link to "${url}" starts with /, which breaks when the site is served under a sub-path; write it relative, for example ../slug/`,
    };
  }
  return { kind: 'on-site' };
}

function textOf(node: MdastNode): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node ? node.children.map((child) => textOf(child)).join('') : '';
}

/** Checks one question file's MDX (frontmatter included, so lines are the file's). */
export function checkAnswer(source: string, file: string): AnswerCheck {
  const result: AnswerCheck = { problems: [], headings: [], links: [] };
  let tree: MdastNode;
  try {
    tree = mdxToMdast(source, { features: { frontmatter: true, gfm: true } });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    // satteri starts its message with the place: "19:9: Unexpected end of file…".
    const [, line, what] = /^(\d+):\d+: ([\s\S]*)$/.exec(reason) ?? [undefined, undefined, reason];
    result.problems.push(`${file}${line ? `:${line}` : ''}: the answer is not valid MDX: ${what}`);
    return result;
  }
  const slugger = new Slugger();
  const visit = (node: MdastNode) => {
    const line = node.position?.start.line ?? 1;
    const report = (problem: string) => result.problems.push(`${file}:${line}: ${problem}`);
    if (!allowedNodes.has(node.type) && !isComment(node)) {
      report(refusal(node));
      return;
    }
    if (node.type === 'heading') {
      const id = slugger.slug(textOf(node));
      result.headings.push(id);
      if (node.depth === 1)
        report(
          'a # heading is a second h1 (the page shows the question as its h1); use ## for a section',
        );
      else if (node.depth > 3)
        report(`a ${'#'.repeat(node.depth)} heading is too deep; use ## or ###`);
    }
    if (node.type === 'link' || node.type === 'definition') {
      const verdict = checkUrl(node.url);
      if (verdict.kind === 'on-site') result.links.push({ url: node.url, line });
      if (verdict.kind === 'refused') report(verdict.problem);
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return result;
}
