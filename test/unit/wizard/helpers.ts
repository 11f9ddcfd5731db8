/**
 * Shared test helpers: load wizard files and drive the engine as the island would — on the
 * compiled wizard the page hands to the browser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { compileWizard } from '../../../src/wizard/authoring/compile.ts';
import type { CompiledWizard } from '../../../src/wizard/runtime/types.ts';
import type { Example, Wizard } from '../../../src/wizard/authoring/schema/index.ts';
import { validateWizard } from '../../../src/wizard/authoring/validate/index.ts';

export const wizardDir = 'content/wizards';
export const fixtureDir = 'test/unit/wizard/fixtures';

/** A compiled wizard with the examples of its file, which the browser never receives. */
export type TestWizard = CompiledWizard & { examples: Example[] };

export interface LoadedWizard {
  file: string;
  /** The wizard file as validated. */
  source: Wizard;
  /** What the engine runs on. */
  def: TestWizard;
}

/**
 * Compiles a validated wizard as the page does, keeping its examples for the tests. It goes
 * through JSON, as props do on their way to the browser, so nothing the engine needs is lost
 * on the way (a Map, a function, a shared reference).
 */
export function compiled(source: Wizard): TestWizard {
  return { ...JSON.parse(JSON.stringify(compileWizard(source))), examples: source.examples };
}

/** Every wizard file in a folder, validated and compiled (throws on the first broken file). */
export function loadWizards(dir = wizardDir): LoadedWizard[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      const source = validateWizard(parse(readFileSync(file, 'utf8')), file);
      return { file, source, def: compiled(source) };
    });
}

/** The content wizards and the valid fixtures (which exercise what the content does not). */
export function allValidWizards(): LoadedWizard[] {
  return [...loadWizards(), ...loadWizards(join(fixtureDir, 'valid'))];
}

// Typing an example's answers step by step is what the build runs too.
export {
  drive,
  rawValue,
  stepInput,
  type Drive,
} from '../../../src/wizard/authoring/validate/run-examples.ts';
