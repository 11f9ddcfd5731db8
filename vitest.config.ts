import { defineConfig } from 'vitest/config';

// Two projects: `unit` (no DOM, no build) and `build`, the checks that read the built sites
// (dist/ and dist-help/) once, after `npm run build` and `npm run build:subpath`.
export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'build', include: ['test/build/**/*.test.ts'] } },
    ],
  },
});
