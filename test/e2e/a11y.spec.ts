// axe (WCAG 2.2 A/AA) on every distinct template and state, in both themes: each page kind, the
// search page's states and every kind of wizard screen. Pages built from one template share
// their markup, so one of each is checked; the wizard screens are found from the wizard files'
// own examples, so a new field or step kind is covered once an example reaches it.
import type { Page } from '@playwright/test';
import { test, expect } from './site.ts';
import { expectNoAxeViolations } from './a11y.ts';
import {
  allWizards,
  blockIslandScripts,
  breakField,
  completeStep,
  openWizard,
  startWizard,
} from './wizard-driver.ts';
import { failPart, stallPagefind } from './search-faults.ts';

const themes = ['light', 'dark'] as const;

async function axeInBothThemes(page: Page, label: string): Promise<void> {
  for (const theme of themes) {
    await page.emulateMedia({ colorScheme: theme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expectNoAxeViolations(page, `${label} (${theme})`);
  }
}

const pages = {
  home: '/',
  'FAQ list': '/faq/',
  'a Developer Profile question': '/faq/appeal-access-denial/',
  'a General question': '/faq/authorize-a-developer/',
  'a Products question': '/faq/buy-box-used-products-outside-north-america/',
  'the wizard list': '/wizards/',
  'the search page before a search': '/search/',
};

for (const [name, path] of Object.entries(pages)) {
  test(`axe: ${name}`, async ({ page }) => {
    await page.goto(path);
    await axeInBothThemes(page, path);
  });
}

test('axe: the 404 page', async ({ page, problems }) => {
  problems.expectedErrors.add('/no-such-page/');
  await page.goto('/no-such-page/');
  await axeInBothThemes(page, '404');
});

const searchStates = {
  'with results': 'appeal',
  'with no results': 'zebra xylophone',
  'showing results for a corrected misspelling': 'credentails',
  'answering a Seller Central topic it does not cover': 'refund my order',
};

for (const [name, query] of Object.entries(searchStates)) {
  test(`axe: the search page ${name}`, async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await expect(
      page.locator('.search-result, .search-empty, .search-off-topic').first(),
    ).toBeVisible();
    await axeInBothThemes(page, `/search/?q=${query}`);
  });
}

test('axe: the header search box with its list open, an option chosen, and with nothing to show', async ({
  page,
}) => {
  await page.goto('/faq/');
  await page.keyboard.press('/');
  await page.keyboard.type('forgot email');
  await expect(page.getByRole('listbox')).toBeVisible();
  await expect(page.getByRole('combobox')).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  await axeInBothThemes(page, 'search box open');
  await page.getByRole('combobox').fill('xyzzyq');
  await expect(page.locator('.site-search-empty')).toBeVisible();
  await axeInBothThemes(page, 'search box with no results');
});

test('axe: the search page and the header box while searching, and when search is not available', async ({
  page,
  problems,
}) => {
  await stallPagefind(page);
  await page.goto('/search/?q=appeal');
  await expect(page.locator('.search-page-status')).toHaveText('Searching…');
  await axeInBothThemes(page, 'search page searching');
  await page.keyboard.press('/');
  await page.keyboard.type('appeal');
  await expect(page.locator('.site-search-busy')).toBeVisible();
  await axeInBothThemes(page, 'search box searching');

  await page.unrouteAll();
  const expectFailures = await failPart(page, problems, 'index/');
  await page.goto('/search/?q=appeal');
  await expect(page.locator('.search-page-status')).toHaveText(/^Search is not available/);
  await axeInBothThemes(page, 'search page not available');
  await page.keyboard.press('/');
  await page.keyboard.type('appeal');
  await expect(page.locator('.site-search-empty')).toHaveText(/^Search is not available/);
  await axeInBothThemes(page, 'search box not available');
  expectFailures();
});

// Every kind of wizard screen, each found in the first example that reaches it.
const wizards = await allWizards();
type Def = (typeof wizards)[number];
type Step = Def['steps'][number];

const screenKind = (step: Step): string[] => {
  if (step.type !== 'question') return [step.type];
  return step.fields.map((field) => `question: ${field.kind}`);
};

interface Walk {
  def: Def;
  example: Def['examples'][number];
  /** Where on the path to run axe, and what each stop shows. */
  stops: Map<number, string[]>;
}

function plannedWalks(): Walk[] {
  const seen = new Set<string>();
  const walks: Walk[] = [];
  for (const def of wizards) {
    for (const example of def.examples) {
      const stops = new Map<number, string[]>();
      example.path.forEach((stepId, index) => {
        const step = def.steps.find((s) => s.id === stepId)!;
        const kinds = screenKind(step).filter((kind) => !seen.has(kind));
        if (example.warnings.length > 0 && step.type === 'result' && !seen.has('warning'))
          kinds.push('warning');
        for (const kind of kinds) seen.add(kind);
        if (kinds.length) stops.set(index, kinds);
      });
      if (stops.size) walks.push({ def, example, stops });
    }
  }
  return walks;
}

for (const { def, example, stops } of plannedWalks()) {
  const kinds = [...stops.values()].flat();
  test(`axe: wizard screens (${kinds.join(', ')}) in ${def.id} "${example.name}"`, async ({
    page,
  }) => {
    test.slow();
    await openWizard(page, def.id, example.today);
    await startWizard(page);
    for (const [index, stepId] of example.path.entries()) {
      await expect(page).toHaveURL(new RegExp(`[?&]step=${stepId}$`));
      const shown = stops.get(index);
      if (shown) await axeInBothThemes(page, `${def.id} ${stepId}: ${shown.join(', ')}`);
      if (index < example.path.length - 1) await completeStep(page, def, stepId, example.answers);
    }
  });
}

test('axe: every step kind and field kind that a wizard file uses is reached by an example', () => {
  const used = new Set(wizards.flatMap((def) => def.steps.flatMap(screenKind)));
  const reached = new Set(plannedWalks().flatMap((walk) => [...walk.stops.values()].flat()));
  expect([...used].filter((kind) => !reached.has(kind))).toEqual([]);
  expect(reached).toContain('warning');
});

test('axe: a wizard landing page, an error summary and the resume notice', async ({ page }) => {
  await openWizard(page, 'recover-sign-in');
  await axeInBothThemes(page, 'wizard landing');
  await startWizard(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('.error-summary')).toBeFocused();
  await axeInBothThemes(page, 'error summary');
  await page.getByLabel('No, I still cannot sign in').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.goto('/wizards/recover-sign-in/');
  // Saved answers: the landing page offers Resume and Start again at once.
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  await axeInBothThemes(page, 'resume notice');
});

test('axe: a wizard whose script cannot load, and one whose screen stopped working', async ({
  page,
  problems,
}) => {
  await blockIslandScripts(page);
  await openWizard(page, 'recover-sign-in');
  await page.getByRole('button', { name: 'Start now' }).click();
  await expect(page.getByText('could not load')).toBeVisible();
  await axeInBothThemes(page, 'wizard script failed');
  await page.unrouteAll();
  await breakField(page, 'ask-mws-help', 'readDocs');
  await openWizard(page, 'ask-mws-help');
  await page.getByRole('button', { name: 'Start now' }).click();
  await page.getByLabel('An application that already uses Amazon MWS').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: 'Something went wrong' })).toBeFocused();
  await axeInBothThemes(page, 'wizard stopped working');
  // Both failures are forced here, and each says so once in the console.
  problems.list = problems.list.filter(
    (p) => !/island could not load|wizard stopped working/.test(p),
  );
});
