/**
 * Output templates as the engine renders them: {{name}}, {{#if name}}…{{/if}},
 * {{#unless name}}…{{/unless}}, {{#each list}}…{{/each}}, already parsed into nodes at build
 * time (template-parse.ts). Answers are inserted as plain text and never parsed, so an answer
 * holding "{{x}}" comes out as typed.
 */

export type SectionKind = 'if' | 'unless' | 'each';

export type TemplateNode =
  | { type: 'text'; text: string }
  | { type: 'value'; name: string }
  | { type: 'section'; kind: SectionKind; name: string; body: TemplateNode[] };

/** A list item's facts, by key, for the names inside {{#each}}. */
export type DataItem = Readonly<Record<string, string | number | boolean>>;

/** What a template reads for one name. */
export interface TemplateValue {
  /** The text for {{name}}. */
  text: string;
  /** Whether {{#if name}} shows its section. */
  truthy: boolean;
  /** The items {{#each name}} repeats over. */
  items: readonly DataItem[];
}

/** The value of each name a template may use; undefined for a name it does not know. */
export type Scope = (name: string) => TemplateValue | undefined;

/** Whether a raw value counts as there: not blank, false, zero or an empty list. */
export function isTruthy(value: unknown): boolean {
  return Array.isArray(value)
    ? value.length > 0
    : value !== undefined && value !== false && value !== '' && value !== 0;
}

export function renderTemplate(nodes: readonly TemplateNode[], scope: Scope): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return node.text;
      const value = scope(node.name);
      if (node.type === 'value') return value?.text ?? '';
      if (node.kind === 'each') {
        // Inside, an item's own keys come first, then everything outside.
        const inner =
          (item: DataItem): Scope =>
          (name) =>
            Object.hasOwn(item, name)
              ? { text: String(item[name]), truthy: isTruthy(item[name]), items: [] }
              : scope(name);
        return (value?.items ?? []).map((item) => renderTemplate(node.body, inner(item))).join('');
      }
      return Boolean(value?.truthy) === (node.kind === 'if')
        ? renderTemplate(node.body, scope)
        : '';
    })
    .join('');
}
