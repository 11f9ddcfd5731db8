import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { wizardReference } from '../../../src/wizard/authoring/reference.ts';

test('docs/wizard-reference.md is the reference generated from the schema (run: node scripts/wizard-docs.ts --write)', () => {
  const file = readFileSync(new URL('../../../docs/wizard-reference.md', import.meta.url), 'utf8');
  expect(file).toBe(`${wizardReference()}\n`);
});
