// Every link of every built page resolves to a built file, anchors included, and a build under
// a sub-path never links out of it.
import { describe, expect, test } from 'vitest';
import { builds, loadSite, report } from './built-site.ts';

describe.each(builds)('$outDir', (build) => {
  const site = loadSite(build);
  const origin = new URL(build.site).origin;

  test('every same-origin link and stylesheet resolves, and every #anchor exists on its page', () => {
    const problems: string[] = [];
    for (const page of site.pages) {
      const from = new URL(page.path, origin);
      const targets = [
        ...page.links.map((href) => ({ href, what: 'links to' })),
        ...page.stylesheets.map((href) => ({ href, what: 'loads the stylesheet' })),
      ];
      for (const { href, what } of targets) {
        const url = new URL(href, from);
        if (url.origin !== origin || url.protocol !== from.protocol) continue;
        const at = `${page.file}: ${what} ${href}`;
        if (!url.pathname.startsWith(build.base)) {
          problems.push(`${at}, outside ${build.base}`);
          continue;
        }
        const target = site.pages.find((p) => p.path === url.pathname);
        if (!target && !site.fileFor(url.pathname)) {
          problems.push(`${at}, which does not exist`);
        } else if (url.hash && target && !target.ids.has(decodeURIComponent(url.hash.slice(1)))) {
          problems.push(`${at}, but ${target.file} has no id "${url.hash.slice(1)}"`);
        }
      }
    }
    expect(problems, report(problems)).toEqual([]);
  });
});
