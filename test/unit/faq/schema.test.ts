import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { faqSchema } from '../../../src/faq/schema.ts';

const fixtures = join(import.meta.dirname, 'fixtures');

function frontmatter(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  const match = text.match(/^---\n([\s\S]*?)\n---/);
  if (!match) throw new Error(`${file} has no frontmatter`);
  return parse(match[1]);
}

/** Every message zod gives, as "field: message" (unknown keys are named in the message). */
function messages(data: unknown): string[] {
  const result = faqSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('valid question frontmatter', () => {
  for (const name of readdirSync(join(fixtures, 'valid'))) {
    test(name, () => {
      expect(messages(frontmatter(join(fixtures, 'valid', name)))).toEqual([]);
    });
  }

  test('a date YAML hands over as a Date object is kept as the same calendar day', () => {
    const data = frontmatter(join(fixtures, 'valid', 'complete.mdx')) as Record<string, unknown>;
    const parsed = faqSchema.parse({ ...data, reviewed: new Date(Date.UTC(2026, 10, 28)) });
    expect(parsed.reviewed).toBe('2026-11-28');
  });
});

// Each invalid fixture is named <field>--<what is wrong>.mdx and must fail naming that field.
describe('invalid question frontmatter fails with a message that names the field', () => {
  for (const name of readdirSync(join(fixtures, 'invalid'))) {
    const field = name.split('--')[0];
    test(name, () => {
      const found = messages(frontmatter(join(fixtures, 'invalid', name)));
      expect(found.length, 'the fixture must fail').toBeGreaterThan(0);
      expect(found.join('\n')).toContain(field);
      for (const message of found) expect(message).not.toMatch(/^: Invalid input$/);
    });
  }
});
