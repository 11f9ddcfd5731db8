/**
 * Every kind of bad content the build must refuse, one case a folder in
 * test/fixtures/bad-content/: the files that differ from the valid tree in base/, and
 * expected.txt, the exact lines the checks must print (naming file, field or line). The check
 * is the one both content loaders wait for before Astro loads anything, so a case that passes
 * here fails `astro build` with the same lines.
 */
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentCheck } from '../../../src/content/all-content.ts';
import { WizardContentError } from '../../../src/wizard/authoring/validate/index.ts';

const fixtures = 'test/fixtures/bad-content';

/** The problems in the base tree with the case's files laid over it. */
async function problemsIn(name: string): Promise<string[]> {
  const root = await mkdtemp(join(tmpdir(), 'bad-content-'));
  try {
    await cp(join(fixtures, 'base'), root, { recursive: true });
    if (name !== 'base') await cp(join(fixtures, name), root, { recursive: true });
    await contentCheck(join(root, 'content'))(root);
    return [];
  } catch (error) {
    if (!(error instanceof WizardContentError)) throw error;
    return error.problems;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

const cases = (await readdir(fixtures)).filter((name) => name !== 'base').sort();

test('the real content passes every check', async () => {
  const wizards = await contentCheck('content')(process.cwd());
  expect(wizards.length).toBeGreaterThan(0);
});

test('the base tree every case starts from is valid', async () => {
  expect(await problemsIn('base')).toEqual([]);
});

describe('bad content fails with the exact message', () => {
  test.each(cases)('%s', async (name) => {
    const expected = (await readFile(join(fixtures, name, 'expected.txt'), 'utf8'))
      .split('\n')
      .filter(Boolean);
    expect(await problemsIn(name)).toEqual(expected);
  });
});
