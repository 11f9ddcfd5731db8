/**
 * Prints the "Writing a wizard" reference (Markdown) generated from the wizard schema.
 * Run: node scripts/wizard-docs.ts   (Node 24 strips the types; on Node 22 add --experimental-strip-types)
 */
import { wizardReference } from '../src/wizard/reference.ts';

process.stdout.write(`${wizardReference()}\n`);
