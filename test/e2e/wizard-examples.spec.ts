// The examples in each wizard file drive this walk, as they drive the engine's unit tests:
// every example is answered in Chromium (one theme; axe runs per step kind in its own spec),
// its path and outputs compared exactly, focus checked on every screen, and its last screen
// must show all its text at 1280 px, at 320 px and in print. No request may carry an answer
// (the shared fixture already fails any request that leaves the origin, and any console error).
import { test, expect } from './site.ts';
import {
  allWizards,
  completeStep,
  expectNothingCutOff,
  openWizard,
  outputText,
  startWizard,
} from './wizard-driver.ts';

const wizards = await allWizards();

for (const def of wizards) {
  test.describe(`${def.title} (${def.id})`, () => {
    for (const example of def.examples) {
      test(`example "${example.name}" walks to the expected text`, async ({ page }) => {
        test.setTimeout(180_000);
        const requests: string[] = [];
        page.on('request', (request) =>
          requests.push(`${request.url()} ${request.postData() ?? ''}`),
        );
        await openWizard(page, def.id, example.today);
        await startWizard(page);
        for (const [index, stepId] of example.path.entries()) {
          await expect(page).toHaveURL(new RegExp(`[?&]step=${stepId}$`));
          const step = def.steps.find((s) => s.id === stepId)!;
          if (step.type !== 'question' || step.fields.length > 1) {
            await expect(
              page.locator('.wizard-app h2').filter({ hasText: step.title }).first(),
            ).toBeVisible();
          }
          await expect(page.locator('.wizard-app h2[tabindex]').first()).toBeFocused();
          if (index < example.path.length - 1)
            await completeStep(page, def, stepId, example.answers);
        }
        for (const [id, expected] of Object.entries(example.outputs)) {
          expect(await outputText(page, id), `output ${id}`).toBe(expected);
        }
        await expectNothingCutOff(page, `${def.id} "${example.name}" ${example.path.at(-1)}`);
        for (const warning of def.warnings) {
          const shown = page
            .locator('.warning-text')
            .filter({ hasText: warning.text.slice(0, 20) });
          if (!example.warnings.includes(warning.id)) await expect(shown).toHaveCount(0);
        }
        // What the person typed (not option values, which can share a word with a step id).
        const textFields = def.steps
          .flatMap((s) => (s.type === 'question' ? s.fields : []))
          .filter((f) => !['one-of', 'any-of', 'date'].includes(f.kind));
        const typed = textFields
          .flatMap((f) => [example.answers[f.id] ?? []].flat())
          .map(String)
          .filter((a) => a.length >= 4);
        for (const request of requests) {
          for (const answer of typed)
            expect(request, 'a request carried an answer').not.toContain(
              encodeURIComponent(answer).slice(0, 40),
            );
        }
        await expect(page.locator('.warning-text')).toHaveCount(
          example.path.at(-1) &&
            def.steps.find((s) => s.id === example.path.at(-1))?.type === 'exit'
            ? 0
            : example.warnings.length,
        );
      });
    }
  });
}
