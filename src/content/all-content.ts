/**
 * Every check of content/ that runs before Astro loads it: the question files
 * (src/faq/content-check.ts) and the wizard files (src/wizard/authoring/loader.ts). Both content
 * loaders wait for the same run, so whichever of them fails the build first lists every
 * problem in every file, questions and wizards alike.
 */
import { resolve } from 'node:path';
import { checkFaqContent } from '../faq/content-check.ts';
import { readWizardFiles } from '../wizard/authoring/loader.ts';
import { WizardContentError, type WizardFile } from '../wizard/authoring/validate/index.ts';

/** Checks the content under `contentDir` once; later calls get the same run. */
export function contentCheck(contentDir: string): (root: string) => Promise<WizardFile[]> {
  let run: Promise<WizardFile[]> | undefined;
  const check = async (root: string) => {
    const dir = resolve(root, contentDir);
    const wizards = await readWizardFiles(resolve(dir, 'wizards'), root);
    const records = wizards.present.map((id) => {
      const found = wizards.files.find((f) => f.wizard.id === id);
      return { id, filePath: found?.file ?? id, faq: found?.wizard.faq ?? [] };
    });
    const problems = [...(await checkFaqContent(dir, root, records)), ...wizards.problems];
    if (problems.length > 0) throw new WizardContentError(problems);
    return wizards.files;
  };
  return (root) => (run ??= check(root));
}
