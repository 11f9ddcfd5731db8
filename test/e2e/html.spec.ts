// Every built page's HTML validates, for both builds (root and /help/ sub-path).
import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { test, expect } from '@playwright/test';
import { sitePaths } from './site';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Preact and Astro write void elements as <input />; both forms are valid HTML.
    'void-style': 'off',
    // A question page's title is the question itself, which is often longer than 70 characters.
    'long-title': 'off',
  },
});

for (const outDir of ['dist', 'dist-help']) {
  test(`every page in ${outDir}/ is valid HTML`, async () => {
    const problems: string[] = [];
    for (const path of sitePaths(outDir)) {
      const file = path.endsWith('.html') ? path : `${path}index.html`;
      const local = `${outDir}/${file.replace(/^\/(help\/)?/, '')}`;
      const report = await validator.validateString(readFileSync(local, 'utf8'), local);
      for (const result of report.results) {
        for (const m of result.messages)
          problems.push(`${local}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(problems).toEqual([]);
  });
}
