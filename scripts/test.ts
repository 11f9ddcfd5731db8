/**
 * `npm test`: every test, in the order that fails fastest, with the time each part took.
 *
 *   1. lint (astro sync writes the content types, then ESLint with type-aware rules and the
 *      import-cycle rule)
 *   2. unit tests (Vitest, no DOM, no build)
 *   3. the two builds: the site at the root (dist/) and under /help/ (dist-help/)
 *   4. the file checks over both builds (Vitest: links, titles, budgets, HTML, CSP)
 *   5. the browser tests (Playwright in system Chromium; test/e2e/nginx.spec.ts behind nginx)
 *
 * Stops at the first part that fails. Arguments after `--` go to Playwright.
 */
import { spawnSync } from 'node:child_process';

const parts: [name: string, command: string][] = [
  ['lint', 'npm run lint'],
  ['unit tests', 'npm run test:unit'],
  ['build', 'npm run build'],
  ['build under /help/', 'npm run build:subpath'],
  ['file checks over dist/ and dist-help/', 'npm run test:build'],
  ['browser tests', `npm run test:e2e -- ${process.argv.slice(2).join(' ')}`.trim()],
];

const times: [string, number][] = [];
let failed: string | null = null;
for (const [name, command] of parts) {
  const start = performance.now();
  const { status } = spawnSync(command, { shell: true, stdio: 'inherit' });
  times.push([name, (performance.now() - start) / 1000]);
  if (status !== 0) {
    failed = name;
    break;
  }
}

const total = times.reduce((sum, [, seconds]) => sum + seconds, 0);
const width = Math.max(...parts.map(([name]) => name.length));
console.log('\nnpm test, time per part:');
for (const [name, seconds] of times)
  console.log(`  ${name.padEnd(width)}  ${seconds.toFixed(1).padStart(6)} s`);
console.log(`  ${'total'.padEnd(width)}  ${total.toFixed(1).padStart(6)} s`);
if (failed) {
  console.log(`\nFailed: ${failed}.`);
  process.exit(1);
}
