// Both builds behind Debian's nginx with the configuration the build wrote (nginx-server.ts):
// each response's headers against the policy they were written from (policy.ts), framing
// refused, precompressed files, what may be cached for a year, the 404, no folder listing,
// the types a host may lack, and a smoke walk with no CSP violation.
import { request as httpRequest, createServer, type IncomingHttpHeaders } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test as siteTest, expect } from './site.ts';
import { allWizards, outputText, walkExample } from './wizard-driver.ts';
import { freePorts, startNginx, type Nginx, type Served } from './nginx-server.ts';
import { rootUrl } from '../../playwright.config.ts';
import { cacheControl, contentTypeFor, headersFor } from '../../src/integrations/deploy/policy.ts';
import { loadSite } from '../build/built-site.ts';

const test = siteTest.extend<{ served: 'root' | 'subPath' }, { nginx: Nginx }>({
  served: ['root', { option: true }],
  nginx: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this pattern
    async ({}, use) => {
      const nginx = await startNginx();
      await use(nginx);
      await nginx.stop();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ nginx, served }, use) => use(nginx[served].url),
});

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A GET with exactly the headers given (fetch would add and undo Accept-Encoding). */
function get(url: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    httpRequest(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    })
      .on('error', reject)
      .end();
  });
}

/** The built file a served path stands for, relative to the build (`faq/x/index.html`). */
const fileOf = (served: Served, pathname: string, status: number) =>
  status === 404
    ? '404.html'
    : decodeURIComponent(pathname.slice(served.build.base.length)).replace(
        /(^|\/)$/,
        '$1index.html',
      );

/** How a response's headers differ from what the policy says its file must carry. */
function headerProblems(
  served: Served,
  url: string,
  status: number,
  headers: Record<string, string | string[] | undefined>,
): string[] {
  const file = fileOf(served, new URL(url).pathname, status);
  return Object.entries(headersFor(served.policy, file)).flatMap(([name, value]) => {
    const sent = headers[name.toLowerCase()];
    return sent === value ? [] : [`${url} (${status}): ${name} is ${String(sent)}, not ${value}`];
  });
}

/** Checks every same-origin response the page gets; returns the problems and the count. */
function watchHeaders(page: Page, served: Served) {
  const checks: Promise<string[]>[] = [];
  const origin = new URL(served.url).origin;
  page.on('response', (res) => {
    if (new URL(res.url()).origin !== origin) return;
    checks.push(
      res.allHeaders().then((headers) => headerProblems(served, res.url(), res.status(), headers)),
    );
  });
  return async () => ({ problems: (await Promise.all(checks)).flat(), responses: checks.length });
}

const siteFile = (served: Served, file: string) =>
  readFileSync(join(loadSite(served.build).dir, file));

test.describe('the root build behind nginx', () => {
  test('a smoke walk (home, a question, search, a wizard to its text, the 404): every response carries the policy, nothing violates the CSP', async ({
    page,
    problems,
    nginx,
  }) => {
    test.setTimeout(120_000);
    const checked = watchHeaders(page, nginx.root);
    await page.goto('/');
    await page.goto('/faq/what-is-amazon-mws/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.goto('/search/?q=appeal');
    await expect(page.getByRole('status')).toHaveText(/^\d+ results for “appeal”/);
    const def = (await allWizards()).find((wizard) =>
      wizard.examples.some((e) => Object.keys(e.outputs).length),
    )!;
    const example = def.examples.find((e) => Object.keys(e.outputs).length)!;
    await walkExample(page, def, example.name);
    for (const [id, text] of Object.entries(example.outputs))
      expect(await outputText(page, id), `output ${id}`).toBe(text);
    problems.expectedErrors.add('/no-such-page/');
    expect((await page.goto('/no-such-page/'))!.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const { problems: wrong, responses } = await checked();
    expect(wrong).toEqual([]);
    expect(responses, 'pages, stylesheet, scripts and Pagefind files were checked').toBeGreaterThan(
      15,
    );
  });

  test('no other site can frame a page: Chromium refuses it, where the meta tag alone lets it in', async ({
    browser,
    nginx,
  }) => {
    const [port] = await freePorts(1);
    // The same page twice: from nginx (the header), and from astro preview (the meta tag only).
    const framer = createServer((_req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(
        `<!doctype html><title>Another site</title>
<iframe id="nginx" src="${nginx.root.url}faq/"></iframe>
<iframe id="preview" src="${rootUrl}/faq/"></iframe>`,
      );
    });
    await new Promise<void>((done) => framer.listen(port, '127.0.0.1', done));
    const page = await browser.newPage();
    const console: string[] = [];
    page.on('console', (msg) => console.push(msg.text()));
    try {
      await page.goto(`http://127.0.0.1:${port}/`);
      await expect(page.frameLocator('#preview').getByRole('heading', { level: 1 })).toBeVisible();
      await expect
        .poll(() => console.find((text) => text.includes('frame-ancestors')))
        .toMatch(
          /^Framing 'http:\/\/127\.0\.0\.1:\d+\/' violates the following Content Security Policy directive: "frame-ancestors 'none'"/,
        );
      await expect(page.frameLocator('#nginx').getByRole('heading')).toHaveCount(0);
      const refused = await (await page.$('#nginx'))!.contentFrame();
      test.info().annotations.push({
        type: 'framing refused',
        description: `${console.find((text) => text.includes('frame-ancestors'))} (frame: ${refused?.url()})`,
      });
    } finally {
      await page.close();
      await new Promise((done) => framer.close(done));
    }
  });

  test('Accept-Encoding br and gzip get the precompressed files, each with Vary; no Accept-Encoding gets the file as built', async ({
    nginx,
  }) => {
    const site = loadSite(nginx.root.build);
    const stylesheet = site.page('/').stylesheets[0].slice(1);
    for (const file of ['index.html', stylesheet, 'pagefind/pagefind.js']) {
      const url = `${nginx.root.url}${file.replace(/index\.html$/, '')}`;
      for (const [encoding, suffix] of [
        ['br', '.br'],
        ['gzip', '.gz'],
        ['', ''],
      ]) {
        const reply = await get(url, encoding ? { 'accept-encoding': encoding } : {});
        expect(reply.status, url).toBe(200);
        expect(reply.headers['content-encoding'], `${url} for "${encoding}"`).toBe(
          encoding || undefined,
        );
        expect(reply.body.equals(siteFile(nginx.root, file + suffix)), `${url} ${suffix}`).toBe(
          true,
        );
        expect(reply.headers.vary, url).toBe('Accept-Encoding');
      }
    }
  });

  test('content-hashed files are cached for a year; pages and Pagefind entry files revalidate', async ({
    nginx,
  }) => {
    const dist = loadSite(nginx.root.build).dir;
    const first = (folder: string) => `${folder}/${readdirSync(join(dist, folder)).sort()[0]}`;
    const pfMeta = readdirSync(join(dist, 'pagefind')).find((name) => name.endsWith('.pf_meta'))!;
    const cases: [string, keyof typeof cacheControl][] = [
      [loadSite(nginx.root.build).page('/').stylesheets[0].slice(1), 'immutable'],
      [first('_astro/islands'), 'immutable'],
      [first('pagefind/fragment'), 'immutable'],
      [first('pagefind/index'), 'immutable'],
      [`pagefind/${pfMeta}`, 'immutable'],
      ['', 'revalidate'],
      ['faq/', 'revalidate'],
      ['pagefind/pagefind.js', 'revalidate'],
      ['pagefind/pagefind-entry.json', 'revalidate'],
      ['pagefind/wasm.en.pagefind', 'revalidate'],
    ];
    for (const [path, kind] of cases) {
      const url = nginx.root.url + path;
      const reply = await get(url);
      expect(reply.status, url).toBe(200);
      expect(reply.headers['cache-control'], url).toBe(cacheControl[kind]);
      expect(headerProblems(nginx.root, url, reply.status, reply.headers)).toEqual([]);
    }
  });

  test('types a host may lack: .md as text/markdown in UTF-8, text files with their charset', async ({
    nginx,
  }) => {
    const markdown = [
      nginx.probe,
      ...readdirSync(loadSite(nginx.root.build).dir, { recursive: true })
        .map(String)
        .filter((file) => file.endsWith('.md')),
    ];
    for (const file of markdown) {
      const url = nginx.root.url + file;
      const reply = await get(url);
      expect(reply.status, file).toBe(200);
      expect(reply.headers['content-type'], file).toBe(contentTypeFor(file));
      expect(headerProblems(nginx.root, url, reply.status, reply.headers)).toEqual([]);
    }
    expect((await get(`${nginx.root.url}sitemap-index.xml`)).headers['content-type']).toBe(
      'text/xml; charset=utf-8',
    );
    // Pagefind's own files have no type nginx knows: binary, not text, whatever the http block says.
    const fragment = readdirSync(join(loadSite(nginx.root.build).dir, 'pagefind', 'fragment'))[0];
    expect(
      (await get(`${nginx.root.url}pagefind/fragment/${fragment}`)).headers['content-type'],
    ).toBe('application/octet-stream');
  });
});

for (const served of ['root', 'subPath'] as const) {
  test.describe(`${served === 'root' ? 'the root build' : 'the /help/ build'} behind nginx`, () => {
    test('an unknown address and a folder without a page get 404.html with status 404, never a listing; _headers is not served', async ({
      nginx,
    }) => {
      const site = nginx[served];
      const notFound = siteFile(site, '404.html');
      for (const path of [
        'no-such-page/',
        '_astro/',
        'pagefind/',
        'pagefind/fragment/',
        '_headers',
      ]) {
        const url = site.url + path;
        const reply = await get(url);
        expect(reply.status, url).toBe(404);
        expect(reply.body.equals(notFound), `${url} is the site's 404.html`).toBe(true);
        expect(reply.body.toString()).not.toContain('Index of');
        expect(headerProblems(site, url, reply.status, reply.headers)).toEqual([]);
      }
    });
  });
}

test.describe('the /help/ build behind nginx', () => {
  test.use({ served: 'subPath' });

  test('home, a question and search under /help/: every response carries the policy, nothing violates the CSP', async ({
    page,
    nginx,
  }) => {
    const checked = watchHeaders(page, nginx.subPath);
    await page.goto('/help/');
    await page.goto('/help/faq/what-is-amazon-mws/');
    await page.goto('/help/search/?q=appeal');
    await expect(page.getByRole('status')).toHaveText(/^\d+ results for “appeal”/);
    const { problems, responses } = await checked();
    expect(problems).toEqual([]);
    expect(responses).toBeGreaterThan(10);
  });
});
