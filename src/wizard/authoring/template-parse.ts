/**
 * Output templates parsed at build time: a template is parsed once into nodes (the engine only
 * renders them, template.ts), checked for the names it uses, and written out with blanks for
 * the printable outline.
 */
import type { SectionKind, TemplateNode } from '../runtime/template.ts';

export type ParsedTemplate = { ok: true; nodes: TemplateNode[] } | { ok: false; error: string };

type Token =
  | { type: 'text'; text: string }
  | { type: 'value'; name: string }
  | { type: 'open'; kind: SectionKind; name: string }
  | { type: 'close'; kind: SectionKind };

const tagPattern = /\{\{([\s\S]*?)\}\}/g;
const valueTag = /^([A-Za-z][A-Za-z0-9]*)$/;
const openTag = /^#(if|unless|each)\s+([A-Za-z][A-Za-z0-9]*)$/;
const closeTag = /^\/(if|unless|each)$/;

function readTag(inside: string): Token | string {
  const body = inside.trim();
  const value = valueTag.exec(body);
  if (value?.[1]) return { type: 'value', name: value[1] };
  const open = openTag.exec(body);
  if (open?.[1] && open[2]) return { type: 'open', kind: open[1] as SectionKind, name: open[2] };
  const close = closeTag.exec(body);
  if (close?.[1]) return { type: 'close', kind: close[1] as SectionKind };
  return `"{{${inside}}}" is not a placeholder: write {{name}}, {{#if name}}, {{#unless name}}, {{#each name}} or a closing {{/if}}, {{/unless}}, {{/each}}`;
}

function tokenize(template: string): Token[] | string {
  const tokens: Token[] = [];
  let last = 0;
  for (const match of template.matchAll(tagPattern)) {
    if (match.index > last) tokens.push({ type: 'text', text: template.slice(last, match.index) });
    const token = readTag(match[1] ?? '');
    if (typeof token === 'string') return token;
    tokens.push(token);
    last = match.index + match[0].length;
  }
  if (last < template.length) tokens.push({ type: 'text', text: template.slice(last) });
  return tokens;
}

/**
 * A section tag alone on its line takes the whole line with it, so sections can sit on
 * lines of their own without leaving blank lines behind.
 */
function dropStandaloneLines(tokens: Token[]): Token[] {
  const texts = tokens.map((t) => (t.type === 'text' ? t.text : undefined));
  const standalone = tokens.map((token, i) => {
    if (token.type !== 'open' && token.type !== 'close') return false;
    const before = i === 0 ? '' : texts[i - 1];
    const after = i === tokens.length - 1 ? '' : texts[i + 1];
    const lineStart =
      before !== undefined && (i === 0 || i === 1 ? /(^|\n)[ \t]*$/ : /\n[ \t]*$/).test(before);
    return lineStart && after !== undefined && /^[ \t]*(\r?\n|$)/.test(after);
  });
  return tokens.map((token, i) => {
    if (token.type !== 'text') return token;
    let text = token.text;
    if (standalone[i - 1]) text = text.replace(/^[ \t]*\r?\n?/, '');
    if (standalone[i + 1]) text = text.replace(/[ \t]*$/, '');
    return { type: 'text', text };
  });
}

const parsedTemplates = new Map<string, ParsedTemplate>();

/**
 * The template as nodes, or the first problem with it. Each text is parsed once per build:
 * validation, compilation and the outline all ask for the same templates.
 */
export function parseTemplate(template: string): ParsedTemplate {
  let parsed = parsedTemplates.get(template);
  if (!parsed) parsedTemplates.set(template, (parsed = parse(template)));
  return parsed;
}

function parse(template: string): ParsedTemplate {
  const tokens = tokenize(template);
  if (typeof tokens === 'string') return { ok: false, error: tokens };
  const root: TemplateNode[] = [];
  const stack: { kind: SectionKind; name: string; body: TemplateNode[] }[] = [];
  const current = () => stack.at(-1)?.body ?? root;
  for (const token of dropStandaloneLines(tokens)) {
    if (token.type === 'open') {
      const section = { kind: token.kind, name: token.name, body: [] };
      current().push({ type: 'section', ...section });
      stack.push(section);
    } else if (token.type === 'close') {
      const open = stack.pop();
      if (!open)
        return { ok: false, error: `"{{/${token.kind}}}" closes a section that was never opened` };
      if (open.kind !== token.kind) {
        return {
          ok: false,
          error: `"{{#${open.kind} ${open.name}}}" is closed by "{{/${token.kind}}}"; close it with "{{/${open.kind}}}"`,
        };
      }
    } else if (token.type === 'value' || token.text !== '') {
      current().push(token);
    }
  }
  const open = stack.pop();
  if (open)
    return {
      ok: false,
      error: `"{{#${open.kind} ${open.name}}}" is never closed; add "{{/${open.kind}}}"`,
    };
  return { ok: true, nodes: root };
}

export interface TemplateReference {
  name: string;
  use: 'value' | SectionKind;
  /** The list names of the {{#each}} sections around it, outermost first. */
  within: string[];
  /** Names of the {{#if}} sections around it. */
  guards: string[];
}

/** Every name a template uses, with where it stands. */
export function templateReferences(
  nodes: readonly TemplateNode[],
  within: string[] = [],
  guards: string[] = [],
): TemplateReference[] {
  return nodes.flatMap((node): TemplateReference[] => {
    if (node.type === 'text') return [];
    if (node.type === 'value') return [{ name: node.name, use: 'value', within, guards }];
    const here = { name: node.name, use: node.kind, within, guards };
    const inner = templateReferences(
      node.body,
      node.kind === 'each' ? [...within, node.name] : within,
      node.kind === 'if' ? [...guards, node.name] : guards,
    );
    return [here, ...inner];
  });
}

/** How a section reads in the outline, before its body: "Only if you have a note". */
export type SectionLead = (kind: SectionKind, name: string, blank: string) => string;

export const answerLead: SectionLead = (kind, _name, blank) =>
  `${{ if: 'Only if you have', unless: 'Only if you have no', each: 'For each of' }[kind]} ${blank}`;

/**
 * The template with each blank in brackets, for the printable outline: "[your Developer ID]".
 * Lines carry no trailing spaces: a block whose body starts on the next line leaves one.
 */
export function outlineTemplate(
  nodes: readonly TemplateNode[],
  blank: (name: string) => string,
  lead: SectionLead = answerLead,
): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return node.text;
      if (node.type === 'value') return `[${blank(node.name)}]`;
      const body = outlineTemplate(node.body, blank, lead);
      return `[${lead(node.kind, node.name, blank(node.name))}:] ${body}`;
    })
    .join('')
    .replace(/[ \t]+$/gm, '');
}
