/** Every example in every wizard file runs through the engine: path, outputs and warnings match exactly. */
import { describe, expect, test } from 'vitest';
import { currentStep, renderOutputs, warnings } from '../../../src/wizard/runtime/engine.ts';
import { allValidWizards, drive, stepInput } from './helpers.ts';

describe.each(allValidWizards())('$file', ({ def }) => {
  test.each(def.examples)('example "$name"', (example) => {
    const run = drive(def, (fields) => stepInput(fields, example.answers), example.today);
    expect(run.ok ? [] : run.errors).toEqual([]);
    expect(run.path).toEqual(example.path);

    const outputs = Object.fromEntries(
      renderOutputs(def, run.state.answers, example.today).map((o) => [o.id, o.text]),
    );
    expect(outputs).toEqual(example.outputs);
    const end = currentStep(def, run.state);
    if (end.type === 'result')
      expect(Object.keys(example.outputs).sort()).toEqual(end.outputs.map((o) => o.id).sort());

    expect(warnings(def, run.state.answers, example.today).map((w) => w.id)).toEqual(
      example.warnings,
    );
  });

  test('the examples between them reach every exit and result', () => {
    const ends = def.steps.filter((s) => s.type === 'exit' || s.type === 'result').map((s) => s.id);
    const reached = new Set(def.examples.map((e) => e.path.at(-1)));
    expect(ends.filter((id) => !reached.has(id))).toEqual([]);
  });
});
