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

/** Reads, validates and cross-checks every wizard file in `dir`; throws listing every problem. */
export async function loadWizardFiles(dir: string, root: string): Promise<WizardFile[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.yaml')).sort();
  const files: WizardFile[] = [];
  const problems: string[] = [];
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
  problems.push(...crossCheckWizards(files));
  if (problems.length > 0) throw new WizardContentError(problems);
  return files;
}

export function wizardLoader(dir: string): Loader {
  return {
    name: 'wizard-loader',
    load: async ({ store, config, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const absoluteDir = resolve(root, dir);
      const sync = async () => {
        const files = await loadWizardFiles(absoluteDir, root);
        store.clear();
        for (const { file, wizard } of files) {
          store.set({
            id: wizard.id,
            data: wizard satisfies Wizard,
            filePath: file,
          });
        }
      };
      await sync();
      // In dev, a broken edit is reported and the last good wizards stay served.
      watcher?.on('all', (_event, path) => {
        if (!path.startsWith(absoluteDir) || !path.endsWith('.yaml')) return;
        sync().catch((error: Error) => logger.error(error.message));
      });
    },
  };
}
