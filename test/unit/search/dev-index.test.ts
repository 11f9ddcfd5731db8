import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { crawl, decodePagefindFile, DevIndex } from '../../../src/integrations/pagefind.ts';
import { askedShardFile, offTopicClass, shardOf } from '../../../src/search/asked.ts';
import { searchMetaHtml } from '../../../src/search/meta.ts';

// A site as the dev server renders it, under the /help/ base: pages link to each other.
const pages: Record<string, string> = {
  '/help/': `<a href="/help/faq/a/">A</a> <a href="faq/b/">B</a> <a href="https://elsewhere.example/x/">out</a> <a href="/other/">outside the base</a> <a href="/help/favicon.svg">icon</a>`,
  '/help/faq/a/': `<article data-pagefind-body><h1>Appeal a denial</h1><p>Ask for an Appeal Request.</p>${searchMetaHtml({ type: 'Question', aliases: ['fight the decision'] })}</article><a href="/help/faq/b/#x">B again</a>`,
  '/help/faq/b/': `<article data-pagefind-body><h1>Credentials</h1><p>The secret key.</p>${searchMetaHtml({ type: 'Question', aliases: [] })}</article>`,
};
let server: Server;
let host = '';
/** A project root whose tuning half labels one query and one off-topic question. */
let root: URL;
const requested: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    requested.push(req.url!);
    const body = pages[req.url!];
    if (!body) return void res.writeHead(404).end();
    res
      .writeHead(200, { 'Content-Type': 'text/html' })
      .end(`<!doctype html><html lang="en"><body>${body}</body></html>`);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  host = `127.0.0.1:${(server.address() as { port: number }).port}`;
  const dir = await mkdtemp(join(tmpdir(), 'dev-index-'));
  await mkdir(join(dir, 'test/search/tuning'), { recursive: true });
  const labelled = [{ query: 'contest the ruling', expect: ['/faq/a/'] }];
  await writeFile(join(dir, 'test/search/tuning/queries.json'), JSON.stringify(labelled));
  const offTopic = [{ query: 'refund my order' }];
  await writeFile(join(dir, 'test/search/tuning/off-topic.json'), JSON.stringify(offTopic));
  root = pathToFileURL(`${dir}/`);
});
afterAll(async () => {
  await rm(new URL('.', root), { recursive: true, force: true });
  await new Promise((done) => server.close(done));
});

const logger = { info: () => undefined, warn: () => undefined } as never;

/** Asks the dev index for a path, as the dev server's middleware does. */
async function get(index: DevIndex, path: string) {
  const res = {
    status: 200,
    headers: {} as Record<string, string>,
    body: undefined as Uint8Array | undefined,
  };
  const fake = {
    set statusCode(code: number) {
      res.status = code;
    },
    setHeader: (name: string, value: string) => void (res.headers[name] = value),
    end: (body?: Uint8Array) => void (res.body = body),
  } as unknown as ServerResponse;
  const served = await index.serve({ url: path, headers: { host } } as IncomingMessage, fake);
  return { served, ...res };
}

describe('the dev index', () => {
  test('crawl follows links inside the base only, to HTML pages', async () => {
    const found = await crawl(`http://${host}`, '/help/');
    expect([...found.keys()].sort()).toEqual(['/help/', '/help/faq/a/', '/help/faq/b/']);
    expect(requested).not.toContain('/other/');
    expect(requested).not.toContain('/help/favicon.svg');
  });

  test('serves the bundle, the vocabulary and how pages are asked for from memory, under the base, and nothing else', async () => {
    const index = new DevIndex('/help/', logger, root);
    const script = await get(index, '/help/pagefind/pagefind.js');
    expect(script.served).toBe(true);
    expect(script.headers['Content-Type']).toMatch(/^text\/javascript/);
    expect(new TextDecoder().decode(script.body).length).toBeGreaterThan(1000);
    const entry = JSON.parse(
      new TextDecoder().decode((await get(index, '/help/pagefind/pagefind-entry.json')).body),
    );
    expect(entry.languages.en.page_count).toBe(2);
    const vocabulary = JSON.parse(
      new TextDecoder().decode((await get(index, '/help/pagefind/vocabulary.json')).body),
    );
    expect(vocabulary.words).toEqual(expect.arrayContaining(['appeal', 'credentials', 'fight']));
    const json = async (path: string) =>
      JSON.parse(new TextDecoder().decode((await get(index, `/help/pagefind/${path}`)).body));
    const asked = await json('asked.json');
    expect(asked.pages).toEqual([offTopicClass, '/faq/a/']);
    expect((await json(askedShardFile(shardOf('contest', asked.shards)))).contest[0]).toBe(1);
    expect((await get(index, '/help/pagefind/nothing.js')).status).toBe(404);
    expect((await get(index, '/help/faq/a/')).served).toBe(false);
  });

  test('result URLs are relative to the base, as in the build', async () => {
    const index = new DevIndex('/help/', logger, root);
    await get(index, '/help/pagefind/pagefind.js');
    const files = (index as unknown as { previous: Map<string, Uint8Array> }).previous;
    const urls = [...files]
      .filter(([path]) => path.endsWith('.pf_fragment'))
      .map(([, content]) => JSON.parse(decodePagefindFile(content)).url)
      .sort();
    expect(urls).toEqual(['/faq/a/', '/faq/b/']);
  });
});
