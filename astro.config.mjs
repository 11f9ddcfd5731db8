// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { islandsIntegration } from './src/islands/loader/integration.ts';
import { pagefindSearch } from './src/integrations/pagefind.ts';
import { basePath, siteUrl } from './src/integrations/deploy/env.ts';
import { deployFiles } from './src/integrations/deploy/integration.ts';

// SITE_URL is where the site is deployed (canonical URLs, sitemap, Open Graph);
// BASE_PATH serves it under a sub-path such as /help/; OUT_DIR keeps that build apart.
// A malformed value fails here, with what to write instead.
const site = siteUrl(process.env.SITE_URL, 'http://localhost:4321');
const base = basePath(process.env.BASE_PATH);
const outDir = process.env.OUT_DIR ?? './dist';

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  // Two question files with the same slug must fail the build, not overwrite each other.
  prerenderConflictBehavior: 'error',
  integrations: [
    mdx(),
    // Babel's JSX transform only for the .tsx islands: by default @astrojs/preact runs Babel
    // over every .ts module too, 0.8 of the 5.7 CPU seconds a build of the real site took.
    preact({ include: [/\.tsx$/] }),
    // The search page is noindex (a results page is not an answer); the 404 page Astro leaves out.
    sitemap({ filter: (page) => !new URL(page).pathname.endsWith('/search/') }),
    islandsIntegration(),
    pagefindSearch(),
    // Last: _headers, deploy/nginx*.conf and the .br/.gz copies cover every file written before.
    deployFiles(),
  ],
  // INLINE_STYLESHEETS=always is the benchmark's comparison (docs/performance.md): the whole
  // stylesheet in every page instead of one cached file.
  build: {
    format: 'directory',
    inlineStylesheets: process.env.INLINE_STYLESHEETS === 'always' ? 'always' : 'auto',
  },
  devToolbar: { enabled: false },
  // The answers have no code blocks, and Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
  vite: {
    build: {
      rolldownOptions: {
        // Astro's MDX output starts with a "use astro:head-inject" directive that Rolldown
        // reports, with a code frame, once per question: 12 MB of log at 10,000 questions.
        onLog(level, log, handler) {
          if (log.code !== 'MODULE_LEVEL_DIRECTIVE') handler(level, log);
        },
      },
    },
  },
  // A Content-Security-Policy <meta> on every page: scripts only from this origin or with a
  // hash Astro computes (the inline theme script adds its own), no eval ('wasm-unsafe-eval'
  // lets Pagefind's WebAssembly run), nothing fetched or submitted elsewhere.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
