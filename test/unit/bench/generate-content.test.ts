import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
  createRandom,
  generateContent,
  planContent,
  type GeneratedContent,
} from '../../../scripts/generate-content.ts';
import { crossCheckFaq } from '../../../src/faq/cross-check.ts';
import { faqSchema } from '../../../src/faq/schema.ts';

function split(text: string): { frontmatter: unknown; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error('no frontmatter');
  return { frontmatter: parse(match[1]), body: match[2] };
}

/** Runs the site's own checks over generated content, as the build does. */
function check(content: GeneratedContent) {
  const schemaProblems: string[] = [];
  const records = content.questions.map((q) => {
    const parsed = faqSchema.safeParse(split(q.text).frontmatter);
    if (!parsed.success)
      schemaProblems.push(
        `${q.path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
    return {
      id: q.slug,
      filePath: `content/${q.path}`,
      data: parsed.success
        ? parsed.data
        : { category: q.category, order: q.order, related: q.related, wizards: q.wizards },
    };
  });
  const wizards = content.wizards.map((w) => ({
    id: w.id,
    filePath: `content/${w.path}`,
    faq: w.faq,
  }));
  return { schemaProblems, ...crossCheckFaq(records, wizards) };
}

describe('generated benchmark content', () => {
  const temp: string[] = [];
  afterAll(async () => {
    for (const dir of temp) await rm(dir, { recursive: true, force: true });
  });

  test.each([30, 250])(
    '%i questions pass the schema and the cross-checks, with the real wizards',
    async (count) => {
      const content = await planContent({ count, seed: 3 });
      expect(content.questions).toHaveLength(count);
      expect(check(content)).toEqual({ schemaProblems: [], errors: [] });
      expect(new Set(content.questions.map((q) => q.slug)).size).toBe(count);
    },
  );

  test('every wizard kept is used, and every question a wizard links to exists', async () => {
    const content = await planContent({ count: 200, seed: 1 });
    const slugs = new Set(content.questions.map((q) => q.slug));
    for (const wizard of content.wizards) {
      for (const slug of wizard.faq) expect(slugs.has(slug), `${wizard.id} → ${slug}`).toBe(true);
    }
    const used = new Set(content.questions.flatMap((q) => q.wizards));
    for (const wizard of content.wizards) expect(used.has(wizard.id), wizard.id).toBe(true);
  });

  test('without wizards or real slugs, any count from 1 works', async () => {
    for (const count of [1, 2, 7]) {
      const content = await planContent({
        count,
        seed: 5,
        wizardsFrom: '/nonexistent',
        slugsFrom: null,
      });
      expect(content.questions).toHaveLength(count);
      expect(content.wizards).toEqual([]);
      expect(check(content)).toEqual({ schemaProblems: [], errors: [] });
    }
  });

  test('is deterministic for a seed, and another seed gives other content', async () => {
    const a = await planContent({ count: 120, seed: 42 });
    const b = await planContent({ count: 120, seed: 42 });
    const c = await planContent({ count: 120, seed: 43 });
    expect(b).toEqual(a);
    expect(c.questions.map((q) => q.text)).not.toEqual(a.questions.map((q) => q.text));
  });

  test('the PRNG repeats for a seed and stays in [0, 1)', () => {
    const a = createRandom(9);
    const b = createRandom(9);
    const values = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(values);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
  });

  test('answers vary in length and shape; links point at questions that exist', async () => {
    const content = await planContent({ count: 300, seed: 2 });
    const byLength = (length: string) => content.questions.filter((q) => q.length === length);
    for (const length of ['short', 'medium', 'long'])
      expect(byLength(length).length).toBeGreaterThan(20);
    const words = (q: { text: string }) => split(q.text).body.split(/\s+/).length;
    const avg = (qs: { text: string }[]) => qs.reduce((s, q) => s + words(q), 0) / qs.length;
    expect(avg(byLength('short'))).toBeLessThan(avg(byLength('medium')));
    expect(avg(byLength('medium'))).toBeLessThan(avg(byLength('long')));
    for (const q of byLength('long')) expect(split(q.text).body).toMatch(/^## /m);
    expect(byLength('long').some((q) => /^### /m.test(q.text))).toBe(true);
    expect(byLength('medium').every((q) => /^1\. /m.test(q.text))).toBe(true);
    const slugs = new Set(content.questions.map((q) => q.slug));
    const links = content.questions.flatMap((q) =>
      [...q.text.matchAll(/\]\(\.\.\/([a-z0-9-]+)\/\)/g)].map((m) => m[1]),
    );
    expect(links.length).toBeGreaterThan(50);
    for (const slug of links) expect(slugs.has(slug), slug).toBe(true);
    // Nothing MDX would read as JSX or an expression.
    for (const q of content.questions) expect(split(q.text).body).not.toMatch(/[{}<>]/);
    // Every category is used; orders run 1..n within each.
    for (const category of ['developer-profile', 'general', 'products']) {
      const orders = content.questions.filter((q) => q.category === category).map((q) => q.order);
      expect(orders.length).toBeGreaterThan(0);
      expect([...orders].sort((x, y) => x - y)).toEqual(orders.map((_, i) => i + 1));
    }
  });

  test('writes the requested count of files, byte for byte what it planned', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bench-content-'));
    temp.push(dir);
    const content = await generateContent(dir, { count: 80, seed: 4 });
    const written: string[] = [];
    for (const category of await readdir(join(dir, 'faq'))) {
      for (const name of await readdir(join(dir, 'faq', category)))
        written.push(`faq/${category}/${name}`);
    }
    expect(written.sort()).toEqual(content.questions.map((q) => q.path).sort());
    expect((await readdir(join(dir, 'wizards'))).sort()).toEqual(
      content.wizards.map((w) => `${w.id}.yaml`).sort(),
    );
    for (const q of content.questions.slice(0, 10))
      expect(await readFile(join(dir, q.path), 'utf8')).toBe(q.text);
  });

  test('refuses a count below what the wizards need', async () => {
    const content = await planContent({ count: 200, seed: 1 });
    const needed = new Set(content.wizards.flatMap((w) => w.faq)).size;
    if (needed > 1)
      await expect(planContent({ count: needed - 1, seed: 1 })).rejects.toThrow(/wizards link to/);
  });
});
