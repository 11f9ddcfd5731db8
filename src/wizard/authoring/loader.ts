/**
 * The content loader for `content/wizards/*.yaml`. Astro's schema step never sees the file
 * path, so this loader validates each file itself: every problem in every file is reported
 * at once, one line each naming the file and step, and any problem fails the build.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';
import type { Wizard } from './schema/index.ts';
import {
  crossCheckWizards,
  validateWizard,
  WizardContentError,
  type WizardFile,
} from './validate/index.ts';

/** What to do with a file in the wizard folder that is not `<id>.yaml` (dot-files are left alone). */
function misplaced(name: string, isFile: boolean): string | undefined {
  if (name.startsWith('.') || (isFile && name.endsWith('.yaml'))) return undefined;
  if (isFile && name.endsWith('.yml'))
    return `wizard files end in .yaml; rename it to ${name.slice(0, -'.yml'.length)}.yaml`;
  return 'is not a wizard file: content/wizards/ holds only <id>.yaml files; move or remove it';
}

export interface WizardFiles {
  /** The files that passed every check. */
  files: WizardFile[];
  /** Every problem in every file, one line each. */
  problems: string[];
  /** The id of every `<id>.yaml` file, broken ones included. */
  present: string[];
}

/** Reads, validates and cross-checks every wizard file in `dir`, paths relative to `root`. */
export async function readWizardFiles(dir: string, root: string): Promise<WizardFiles> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  const files: WizardFile[] = [];
  const problems: string[] = [];
  const names: string[] = [];
  for (const entry of entries) {
    const problem = misplaced(entry.name, entry.isFile());
    if (problem) problems.push(`${relative(root, join(dir, entry.name))}: ${problem}`);
    else if (!entry.name.startsWith('.')) names.push(entry.name);
  }
  for (const name of names) {
    const file = relative(root, join(dir, name));
    try {
      // validateWizard also holds the id to the file name.
      files.push({
        file,
        wizard: validateWizard(parse(await readFile(join(dir, name), 'utf8')), file),
      });
    } catch (error) {
      if (error instanceof WizardContentError) problems.push(...error.problems);
      else problems.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const present = names.map((name) => name.slice(0, -'.yaml'.length));
  problems.push(...crossCheckWizards(files, present));
  return { files, problems, present };
}

/** The wizard files in `dir`; throws listing every problem. */
export async function loadWizardFiles(dir: string, root: string): Promise<WizardFile[]> {
  const { files, problems } = await readWizardFiles(dir, root);
  if (problems.length > 0) throw new WizardContentError(problems);
  return files;
}

/**
 * `firstRead` is the wizards as read by the check of all content before the build; a change in
 * dev reads the folder again.
 */
export function wizardLoader(
  dir: string,
  firstRead: (root: string) => Promise<WizardFile[]>,
): Loader {
  return {
    name: 'wizard-loader',
    load: async ({ store, config, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const absoluteDir = resolve(root, dir);
      const show = (files: WizardFile[]) => {
        store.clear();
        for (const { file, wizard } of files) {
          store.set({
            id: wizard.id,
            data: wizard satisfies Wizard,
            filePath: file,
          });
        }
      };
      show(await firstRead(root));
      // In dev, a broken edit is reported and the last good wizards stay served.
      watcher?.on('all', (_event, path) => {
        if (!path.startsWith(absoluteDir) || !path.endsWith('.yaml')) return;
        loadWizardFiles(absoluteDir, root)
          .then(show)
          .catch((error: Error) => logger.error(error.message));
      });
    },
  };
}
