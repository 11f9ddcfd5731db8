import { test, expect } from '@playwright/test';
import { sameOriginLinks, sitePaths } from './site';
import { subPathUrl } from '../../playwright.config';

// The same site built with base '/help/' (dist-help/) and served on its own port.
const origin = new URL(subPathUrl).origin;
const paths = sitePaths('dist-help');

test('the sub-path build has every page under /help/', () => {
  expect(paths.length).toBe(sitePaths().length);
  for (const path of paths) expect(path.startsWith('/help/')).toBe(true);
});

for (const path of paths.filter((p) => !p.endsWith('404.html'))) {
  test(`${path} works under the sub-path: styles load and every link stays inside it`, async ({
    page,
    request,
  }) => {
    const failures: string[] = [];
    page.on('requestfailed', (req) => failures.push(req.url()));
    page.on(
      'response',
      (res) => res.status() >= 400 && failures.push(`${res.status()} ${res.url()}`),
    );
    await page.goto(origin + path);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background, 'the stylesheet applied').not.toBe('rgba(0, 0, 0, 0)');
    const hrefs = await sameOriginLinks(page);
    for (const href of new Set(hrefs)) {
      const url = new URL(href);
      expect(url.pathname.startsWith('/help/'), `${path} links to ${url.pathname}`).toBe(true);
      expect(
        (await request.get(origin + url.pathname)).status(),
        `${path} links to ${url.pathname}`,
      ).toBe(200);
    }
    expect(failures).toEqual([]);
  });
}
