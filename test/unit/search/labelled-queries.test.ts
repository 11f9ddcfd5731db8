import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, expect, test } from 'vitest';
import { labelledQueries, setSuffixes } from '../../../src/integrations/labelled-queries.ts';
import { offTopicClass } from '../../../src/search/asked.ts';

let dir = '';
afterEach(() => rm(dir, { recursive: true, force: true }));

/** A project root whose tuning half holds these files. */
async function rootWith(files: Record<string, unknown>): Promise<URL> {
  dir = await mkdtemp(join(tmpdir(), 'labelled-'));
  await mkdir(join(dir, 'test/search/tuning'), { recursive: true });
  for (const [name, json] of Object.entries(files))
    await writeFile(join(dir, 'test/search/tuning', name), JSON.stringify(json));
  return pathToFileURL(`${dir}/`);
}

test('reads the queries and off-topic files of the tuning half, in order, and nothing else', async () => {
  const root = await rootWith({
    'queries-2.json': [{ query: 'kick the app', expect: ['/faq/b/'] }],
    'queries.json': [{ query: 'let the app in', expect: ['/faq/a/'] }],
    'typos.json': [{ typo: 'apeal', meant: 'appeal', expect: ['/faq/c/'] }],
    'off-topic.json': [{ query: 'refund my order' }],
    'off-topic-2.json': [{ query: 'fba fees' }],
  });
  expect(await setSuffixes(new URL('test/search/tuning/', root))).toEqual(['', '-2']);
  expect(await labelledQueries(root)).toEqual([
    { text: 'let the app in', pages: ['/faq/a/'] },
    { text: 'kick the app', pages: ['/faq/b/'] },
    { text: 'refund my order', pages: [offTopicClass] },
    { text: 'fba fees', pages: [offTopicClass] },
  ]);
});

test('a file that is not a list of queries fails, named', async () => {
  const root = await rootWith({
    'queries-3.json': [{ query: 'x', expect: ['faq/a'] }],
    'off-topic-3.json': [],
  });
  await expect(labelledQueries(root)).rejects.toThrow(/queries-3\.json: queries\[0\]: "expect"/);
});

test('an off-topic file that is not a list of questions fails, named', async () => {
  const root = await rootWith({
    'queries-3.json': [{ query: 'x', expect: ['/faq/a/'] }],
    'off-topic-3.json': [{ topic: 'fees' }],
  });
  await expect(labelledQueries(root)).rejects.toThrow(/off-topic-3\.json: off-topic\[0\]: "query"/);
});
