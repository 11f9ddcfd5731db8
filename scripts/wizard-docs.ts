/**
 * The wizard reference, docs/wizard-reference.md, generated from the wizard schema's descriptions.
 *   node scripts/wizard-docs.ts           prints it
 *   node scripts/wizard-docs.ts --write   writes docs/wizard-reference.md
 * test/unit/wizard/reference-file.test.ts fails when the file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { wizardReference } from '../src/wizard/authoring/reference.ts';

if (process.argv.includes('--write')) {
  writeFileSync(new URL('../docs/wizard-reference.md', import.meta.url), `${wizardReference()}\n`);
} else {
  process.stdout.write(`${wizardReference()}\n`);
}
