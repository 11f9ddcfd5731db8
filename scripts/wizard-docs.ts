/**
 * The "Writing a wizard" reference, generated from the wizard schema's descriptions.
 *   node scripts/wizard-docs.ts           prints it
 *   node scripts/wizard-docs.ts --write   puts it into README.md between its markers
 * (Node 24 strips the types; on Node 22 add --experimental-strip-types.)
 * test/unit/wizard/readme-reference.test.ts fails when README.md is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { wizardReference } from '../src/wizard/reference.ts';
import { replaceReference } from '../src/wizard/readme-section.ts';

if (process.argv.includes('--write')) {
  const readme = new URL('../README.md', import.meta.url);
  writeFileSync(readme, replaceReference(readFileSync(readme, 'utf8'), wizardReference()));
} else {
  process.stdout.write(`${wizardReference()}\n`);
}
