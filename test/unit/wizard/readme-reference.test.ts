import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { wizardReference } from '../../../src/wizard/reference';
import { replaceReference } from '../../../src/wizard/readme-section';

test('README.md carries the wizard reference generated from the schema (run: node scripts/wizard-docs.ts --write)', () => {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
  expect(replaceReference(readme, wizardReference())).toBe(readme);
});

test('replaceReference refuses a README without the markers', () => {
  expect(() => replaceReference('# README', 'x')).toThrow('needs the markers');
});
