import type { ComponentChildren, JSX } from 'preact';
import type { CompiledField, StepLink } from '../../wizard/runtime/types.ts';
import type { StepView } from '../../wizard/runtime/engine.ts';
import type { FieldError, RawInput } from '../../wizard/runtime/fields.ts';
import { ErrorSummary } from './ErrorSummary.tsx';
import { FieldInput } from './FieldInput.tsx';
import { OutputBox } from './OutputBox.tsx';

/** What a screen shows, from the engine and the island's state, and what it can ask the island to do. */
export interface StepScreenProps {
  /** The step as the engine draws it for the current answers. */
  view: StepView;
  wizardId: string;
  /** The errors of the last Continue, in the order of the fields. */
  errors: FieldError[];
  /** Text typed on this step, for the character counter; it wins over the stored answers. */
  typed: RawInput;
  /** What the last Copy did, shown beside that output's button. */
  copied: { outputId: string; message: string } | undefined;
  /** Back, Change and the history: go to a step on the path. */
  onMove: (stepId: string) => void;
  onSubmit: (form: HTMLFormElement) => void;
  onClear: () => void;
  onStartAgain: () => void;
  onText: (field: CompiledField, text: string) => void;
  onCopied: (outputId: string, message: string, lasting: boolean) => void;
}

/** Link props for a step on the path: a real `?step=` link, followed by the island itself. */
function stepLink(stepId: string, onGo: (stepId: string) => void) {
  return {
    href: `?step=${stepId}`,
    onClick: (event: MouseEvent) => {
      event.preventDefault();
      onGo(stepId);
    },
  };
}

/**
 * Author-written text with any https:// address in it turned into a link (trailing punctuation
 * left out). Never text with answers in it: nothing a person typed becomes a link.
 */
function Linkified({ text }: { text: string }) {
  const parts = text.split(/(https:\/\/[^\s]*[^\s.,;:!?)])/);
  return <>{parts.map((part, i) => (i % 2 === 1 ? <a href={part}>{part}</a> : part))}</>;
}

/** A numbered list of steps to carry out; nothing when there are none. */
function Steps({ items }: { items: string[] }) {
  return items.length > 0 ? (
    <ol class="steps">
      {items.map((item) => (
        <li key={item}>
          <Linkified text={item} />
        </li>
      ))}
    </ol>
  ) : null;
}

/** The link, other wizard and FAQ question an info or exit step points to. */
function StepLinks({ links }: { links: StepLink[] }) {
  return links.length > 0 ? (
    <ul class="step-links">
      {links.map((link) => (
        <li key={link.href}>
          <a href={link.href}>{link.text}</a>
        </li>
      ))}
    </ul>
  ) : null;
}

/** A running wizard's screen: Back, errors, the step, Clear my answers. */
export function StepScreen(props: StepScreenProps) {
  const { view, errors, onMove, onClear } = props;
  const { previous } = view;
  return (
    <>
      {previous && (
        <a class="back-link" {...stepLink(previous, onMove)}>
          Back
        </a>
      )}
      {errors.length > 0 && <ErrorSummary errors={errors} />}
      <StepBody {...props} />
      <p class="wizard-clear no-print">
        <button type="button" class="link-button" onClick={onClear}>
          Clear my answers
        </button>
      </p>
    </>
  );
}

/** The step itself, whatever its type; its warnings follow the heading, which takes focus. */
function StepBody(props: StepScreenProps) {
  const { view } = props;
  const { step } = view;
  const warnings = view.warnings.map((warning) => (
    <div class="warning-text" key={warning.id}>
      <strong>
        <span class="sr-only">Warning: </span>
        {warning.text}
      </strong>
    </div>
  ));
  const heading = (
    <>
      <h2 tabIndex={-1}>{step.title}</h2>
      {warnings}
    </>
  );
  const form = (body: ComponentChildren, label = 'Continue') => (
    <form
      noValidate
      onSubmit={(event: JSX.TargetedEvent<HTMLFormElement>) => {
        event.preventDefault();
        props.onSubmit(event.currentTarget);
      }}
    >
      {body}
      <button type="submit" class="button">
        {label}
      </button>
    </form>
  );

  switch (step.type) {
    case 'question': {
      // A step with one field has that field's label or legend as its heading.
      const single = step.fields.length === 1;
      const input = { ...view.input, ...props.typed };
      return form(
        <>
          {single ? warnings : heading}
          {step.hint && <p class="field-hint">{step.hint}</p>}
          {step.fields.map((field) => (
            <FieldInput
              key={field.id}
              field={field}
              label={single ? step.title : field.label}
              isHeading={single}
              value={input[field.id]}
              error={props.errors.find((e) => e.fieldId === field.id)}
              onText={props.onText}
            />
          ))}
        </>,
      );
    }
    case 'info':
      return form(
        <>
          {heading}
          {/* Its text holds answers, so it is shown as it is: links go in the step's `link`. */}
          <p class="pre-line">{view.text}</p>
          <Steps items={step.checklist} />
          <StepLinks links={step.links} />
        </>,
      );
    case 'exit':
      return (
        <div>
          {heading}
          <p>{step.reason}</p>
          <div class="next-action">
            <h3>What to do next</h3>
            <p>
              <Linkified text={step.nextAction} />
            </p>
          </div>
          <StepLinks links={step.links} />
          <button type="button" class="button button--secondary" onClick={props.onStartAgain}>
            Start again
          </button>
        </div>
      );
    case 'review':
      return form(
        <>
          {heading}
          {step.intro && <p>{step.intro}</p>}
          <dl class="summary-list">
            {view.review.map((row) => (
              <div class="summary-row" key={row.fieldId}>
                <dt>{row.question}</dt>
                <dd class="pre-line">{row.answer}</dd>
                {row.stepId && (
                  <dd>
                    <a {...stepLink(row.stepId, props.onMove)}>
                      Change<span class="sr-only"> {row.question}</span>
                    </a>
                  </dd>
                )}
              </div>
            ))}
          </dl>
        </>,
        'Continue to your text',
      );
    case 'result':
      return (
        <div>
          {heading}
          {step.intro && <p>{step.intro}</p>}
          <Steps items={step.instructions} />
          {view.outputs.map((output) => (
            <OutputBox
              key={output.id}
              output={output}
              wizardId={props.wizardId}
              copied={props.copied?.outputId === output.id ? props.copied.message : ''}
              onCopied={props.onCopied}
            />
          ))}
          <div class="button-row no-print">
            <button type="button" class="button button--secondary" onClick={() => print()}>
              Print
            </button>
          </div>
        </div>
      );
  }
}
