// The import-cycle rule (eslint/no-import-cycle.js) on two modules that import each other's
// types only, and on one that merely imports one of them.
import { fileURLToPath } from 'node:url';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { noImportCycle } from '../../../eslint/no-import-cycle.js';

const fixture = (name: string) => fileURLToPath(new URL(`fixtures/cycle/${name}`, import.meta.url));

function lint(name: string) {
  const file = fixture(name);
  return new Linter().verify(
    readFileSync(file, 'utf8'),
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser },
        plugins: { local: { rules: { 'no-import-cycle': noImportCycle } } },
        rules: { 'local/no-import-cycle': 'error' },
      },
    ],
    file,
  );
}

test('a type-only import cycle is reported, naming the chain', () => {
  const [message, ...rest] = lint('a.ts');
  expect(rest).toEqual([]);
  expect(message?.message).toMatch(/^Import cycle: .*a\.ts → .*b\.ts → .*a\.ts\./);
});

test('importing a module of a cycle from outside it is no cycle', () => {
  expect(lint('c.ts')).toEqual([]);
});
