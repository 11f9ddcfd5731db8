import type { JSX } from 'preact';
import type { FieldError, RawInput, StepView } from '../../wizard/engine';
import { characterCounter } from '../../wizard/fields';
import type { Field, QuestionStep } from '../../wizard/schema';
import { FieldInput } from './FieldInput';
import { Linkified } from './Linkified';
import { OutputBox } from './OutputBox';
import { StepLinks } from './StepLinks';
import type { WizardLinks } from './links';

interface Props {
  wizardId: string;
  view: StepView;
  /** What is in the inputs now: typed text and, after an error, everything sent. */
  input: RawInput;
  errors: FieldError[];
  links: WizardLinks;
  headingRef: (el: HTMLElement | null) => void;
  onText: (field: Field, text: string) => void;
  onContinue: (form: HTMLFormElement | null) => void;
  onChange: (stepId: string) => void;
  onStartAgain: () => void;
  announce: (message: string) => void;
}

/** One screen of a wizard, whatever its type. */
export function StepScreen(props: Props) {
  const { view, headingRef, links } = props;
  const { step } = view;
  const heading = <h2 tabIndex={-1} ref={headingRef}>{step.title}</h2>;
  const submit = (event: JSX.TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    props.onContinue(step.type === 'question' ? event.currentTarget : null);
  };
  const continueForm = (body: JSX.Element, label = 'Continue') => (
    <form onSubmit={submit} noValidate>
      {body}
      <button type="submit" class="button">{label}</button>
    </form>
  );

  switch (step.type) {
    case 'question':
      return continueForm(<QuestionFields {...props} step={step} />);
    case 'info':
      return continueForm(
        <>
          {heading}
          <p class="pre-line"><Linkified text={view.text ?? step.text} /></p>
          {step.checklist.length > 0 && (
            <ol class="steps">{step.checklist.map((item) => <li key={item}><Linkified text={item} /></li>)}</ol>
          )}
          <StepLinks step={step} links={links} />
        </>,
      );
    case 'exit':
      return (
        <div>
          {heading}
          <p>{step.reason}</p>
          <div class="next-action">
            <h3>What to do next</h3>
            <p><Linkified text={step.nextAction} /></p>
          </div>
          <StepLinks step={step} links={links} />
          <button type="button" class="button button--secondary" onClick={props.onStartAgain}>Start again</button>
        </div>
      );
    case 'review':
      return continueForm(
        <>
          {heading}
          {step.intro && <p>{step.intro}</p>}
          <dl class="summary-list">
            {view.review.map((row) => (
              <div class="summary-row" key={row.fieldId}>
                <dt>{row.question}</dt>
                <dd class="pre-line">{row.answer}</dd>
                <dd>
                  <a href={`?step=${row.stepId}`} onClick={(event) => { event.preventDefault(); props.onChange(row.stepId); }}>
                    Change<span class="sr-only"> {row.question}</span>
                  </a>
                </dd>
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
          {step.instructions.length > 0 && (
            <ol class="steps">{step.instructions.map((item) => <li key={item}><Linkified text={item} /></li>)}</ol>
          )}
          {view.outputs.map((output) => (
            <OutputBox key={output.id} output={output} wizardId={props.wizardId} announce={props.announce} />
          ))}
          <div class="button-row no-print">
            <button type="button" class="button button--secondary" onClick={() => print()}>Print</button>
          </div>
        </div>
      );
  }
}

function QuestionFields({ step, input, errors, headingRef, onText }: Props & { step: QuestionStep }) {
  const single = step.fields.length === 1;
  return (
    <>
      {!single && <h2 tabIndex={-1} ref={headingRef}>{step.title}</h2>}
      {step.hint && <p class="field-hint">{step.hint}</p>}
      {step.fields.map((field) => (
        <FieldInput
          key={field.id}
          field={field}
          label={single ? step.title : (field.label ?? step.title)}
          isHeading={single}
          value={input[field.id]}
          error={errors.find((e) => e.fieldId === field.id)}
          counter={field.kind === 'long-text' ? characterCounter(field, typeof input[field.id] === 'string' ? (input[field.id] as string) : '') : undefined}
          onText={onText}
          {...(single && { headingRef })}
        />
      ))}
    </>
  );
}
