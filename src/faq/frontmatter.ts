/**
 * A question file's frontmatter, read the way its author wrote it. Astro's own YAML reader turns
 * an unquoted `reviewed: 2026-02-30` into a Date (2 March) before any schema sees it, and reports
 * an unknown key as `****: Unrecognized key`; here the `yaml` package's core schema keeps dates
 * as the text written, and every problem names the file, the field and what to write.
 */
import type { z } from 'astro/zod';
import { parse, YAMLError } from 'yaml';
import { didYouMean } from '../lib/edit-distance.ts';
import { faqSchema } from './schema.ts';

/** The frontmatter block as Astro finds it: `---` lines at the very start of the file. */
const frontmatterPattern = /^\uFEFF?---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n|$)/;

const knownFields = Object.keys(faqSchema.shape);

/** One line for each problem zod found; an unknown key names the fields there are. */
function describe(issue: z.core.$ZodIssue): string[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map(
      (key) =>
        `frontmatter has an unknown field "${key}"${didYouMean(key, knownFields)}; the fields are ${knownFields.join(', ')}`,
    );
  }
  const [field, index] = issue.path;
  if (field === undefined)
    return ['the frontmatter must be fields such as "question: …", one a line'];
  const where = typeof index === 'number' ? `${String(field)} item ${index + 1}` : String(field);
  // The schema's messages start with the field's name; a list item's say "each … entry".
  return [
    issue.message.startsWith(`${String(field)} `) ? issue.message : `${where}: ${issue.message}`,
  ];
}

/** The checked frontmatter of one question file, or the problems, each `<file>: <problem>`. */
export function parseFaqFrontmatter(
  source: string,
  file: string,
): { data: z.output<typeof faqSchema> } | { problems: string[] } {
  const block = frontmatterPattern.exec(source);
  if (!block) {
    return {
      problems: [`${file}: the file must start with frontmatter between two --- lines`],
    };
  }
  let raw: unknown;
  try {
    raw = parse(block[1] ?? '');
  } catch (error) {
    if (!(error instanceof YAMLError)) throw error;
    // The frontmatter starts on the line after the opening ---.
    const line = (error.linePos?.[0].line ?? 0) + 1;
    const reason = error.message.split(' at line ')[0];
    return { problems: [`${file}:${line}: the frontmatter is not valid YAML: ${reason}`] };
  }
  const parsed = faqSchema.safeParse(raw ?? {});
  if (parsed.success) return { data: parsed.data };
  return {
    problems: parsed.error.issues.flatMap((issue) => describe(issue).map((p) => `${file}: ${p}`)),
  };
}
