/**
 * The printable outline, for readers without JavaScript: what you need, every step as a
 * numbered instruction, and each output with its blanks in brackets.
 */
import { describeCondition } from './condition-names.ts';
import type { Field, QuestionStep, Step, Wizard } from './schema/index.ts';
import { computedKind } from './value-kinds.ts';
import { indexWizard } from './wizard-index.ts';
import { answerLead, outlineTemplate, parseTemplate, type SectionLead } from './template-parse.ts';

export interface OutlineStep {
  number: number;
  stepId: string;
  title: string;
  /** The instructions of this step, one paragraph each. */
  lines: string[];
}

export interface OutlineOutput {
  label: string;
  hint?: string | undefined;
  kind: 'text' | 'checklist';
  /** The template with each blank in brackets, for example "[your Developer ID]". */
  text: string;
}

export interface Outline {
  title: string;
  intro: string;
  timeToComplete: string;
  youNeed: string[];
  steps: OutlineStep[];
  outputs: OutlineOutput[];
}

function noun(step: QuestionStep, field: Field): string {
  return field.blank ?? field.label ?? step.title;
}

function questionLines(step: QuestionStep): string[] {
  return step.fields.map((field) => {
    const label = field.label ?? step.title;
    if (field.kind === 'one-of' || field.kind === 'any-of') {
      const how = field.kind === 'one-of' ? 'one of' : 'any of';
      return `Note down your answer to "${label}" (${how}: ${field.options.map((o) => `"${o.label}"`).join(', ')}).`;
    }
    return `Note down ${noun(step, field)}${field.required ? '' : ' (if you have it)'}.`;
  });
}

export function outline(def: Wizard): Outline {
  const numbered = def.steps.filter((s) => s.type !== 'review');
  const numberOf = new Map(numbered.map((s, i) => [s.id, i + 1]));
  const { fieldById, stepById, stepOfField } = indexWizard(def);
  const stepOf = (id: string) =>
    stepById.get(stepOfField.get(id) ?? '') as QuestionStep | undefined;
  const fieldLabel = (id: string) => {
    const field = fieldById.get(id);
    return { label: field?.label ?? stepOf(id)?.title ?? id, ...(field && { field }) };
  };
  const blankOf = (name: string): string => {
    const step = stepOf(name);
    const field = fieldById.get(name);
    if (step && field) return noun(step, field);
    return def.computed.find((c) => c.id === name)?.blank ?? name;
  };
  // A yes/no value's blank is a clause ("the last day has passed"): "If …", "Unless …".
  const flags = new Set(def.computed.filter((c) => computedKind(c) === 'flag').map((c) => c.id));
  const lead: SectionLead = (kind, name, blank) =>
    flags.has(name) && kind !== 'each'
      ? `${kind === 'if' ? 'If' : 'Unless'} ${blank}`
      : answerLead(kind, name, blank);
  const fill = (template: string) => {
    const parsed = parseTemplate(template);
    return parsed.ok ? outlineTemplate(parsed.nodes, blankOf, lead).trim() : template;
  };
  const goesTo = (id: string) => `step ${numberOf.get(id) ?? '?'}`;

  /** How the person gets to an exit, in words: "your answer to … is …". */
  const routesTo = (target: string): string[] =>
    def.steps.flatMap((step) => {
      if (step.type === 'exit' || step.type === 'result' || step.next === undefined) return [];
      if (typeof step.next === 'string')
        return step.next === target ? [`you reach this point from ${goesTo(step.id)}`] : [];
      return step.next
        .filter((b) => b.goto === target)
        .map((b) =>
          b.when
            ? describeCondition(b.when, fieldLabel)
            : `none of the other answers at ${goesTo(step.id)} apply`,
        );
    });

  const branchLines = (step: Step): string[] => {
    if (step.type === 'exit' || step.type === 'result' || !Array.isArray(step.next)) return [];
    return step.next.map((b) =>
      b.when
        ? `If ${describeCondition(b.when, fieldLabel)}, go to ${goesTo(b.goto)}.`
        : `Otherwise, go to ${goesTo(b.goto)}.`,
    );
  };

  const steps = numbered.map((step, i): OutlineStep => {
    const lines = ((): string[] => {
      switch (step.type) {
        case 'question':
          return [...(step.hint ? [step.hint] : []), ...questionLines(step)];
        case 'info':
          return [
            fill(step.text),
            ...step.checklist,
            ...(step.link ? [`${step.link.text}: ${step.link.href}`] : []),
          ];
        case 'exit':
          return [
            `If ${routesTo(step.id).join(' or ')}, then stop here. ${step.reason} ${step.nextAction}`,
          ];
        case 'result':
          return [
            ...(step.intro ? [step.intro] : []),
            ...step.instructions,
            'Fill in the blanks in the text below with your notes.',
          ];
      }
    })();
    return {
      number: i + 1,
      stepId: step.id,
      title: step.title,
      lines: [...lines, ...branchLines(step)],
    };
  });

  const outputs = def.steps.flatMap((step) =>
    step.type === 'result'
      ? step.outputs.map((o) => ({
          label: o.label,
          hint: o.hint,
          kind: o.kind,
          text: fill(o.template),
        }))
      : [],
  );
  return {
    title: def.title,
    intro: def.intro,
    timeToComplete: def.timeToComplete,
    youNeed: def.youNeed,
    steps,
    outputs,
  };
}
