// ESLint: typescript-eslint's type-aware rules over the TypeScript sources, tests and scripts,
// and a cycle check that counts type-only imports too (eslint/no-import-cycle.js). Astro
// components are checked by `astro check`; Prettier owns formatting.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { noImportCycle } from './eslint/no-import-cycle.js';

export default tseslint.config(
  // The lint fixtures hold a cycle on purpose (test/unit/lint/).
  {
    ignores: [
      'dist/',
      'dist-help/',
      'bench/tmp/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'test/unit/lint/fixtures/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { local: { rules: { 'no-import-cycle': noImportCycle } } },
    rules: {
      'local/no-import-cycle': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  // What runs in the browser, and may use build-time wizard code for its types only.
  {
    files: ['src/islands/**', 'src/wizard/runtime/**', 'src/lib/theme-script.source.js'],
    ignores: ['src/islands/loader/integration.ts'],
    languageOptions: { globals: globals.browser },
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/wizard/authoring/**', '../authoring/**'],
              allowTypeImports: true,
              message:
                'Browser code may import build-time wizard code (src/wizard/authoring/) for types only.',
            },
          ],
        },
      ],
    },
  },
  // Tests edit raw, untyped YAML and JSON on purpose to build bad input.
  {
    files: ['test/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
