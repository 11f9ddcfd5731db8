import type { JSX } from 'preact';
import type { CharacterCounter, DateParts, FieldError, RawValue } from '../../wizard/engine';
import { datePartId, optionInputId } from '../../wizard/fields';
import type { Field } from '../../wizard/schema';

interface Props {
  field: Field;
  /** The visible label or legend: the field's label, or the step's question when it is the only field. */
  label: string;
  /** The question is this field's legend and the screen's heading. */
  isHeading: boolean;
  value: RawValue | undefined;
  error: FieldError | undefined;
  counter: CharacterCounter | undefined;
  onText: (field: Field, text: string) => void;
  headingRef?: (el: HTMLElement | null) => void;
}

const asText = (value: RawValue | undefined) => (typeof value === 'string' ? value : '');
const asList = (value: RawValue | undefined) => (Array.isArray(value) ? value : []);
const asDate = (value: RawValue | undefined): DateParts =>
  typeof value === 'object' && !Array.isArray(value) && value ? value : { day: '', month: '', year: '' };

/** One field in the GOV.UK manner: label or legend, hint, error message, then the input. */
export function FieldInput({ field, label, isHeading, value, error, counter, onText, headingRef }: Props) {
  const hintId = field.hint ? `${field.id}-hint` : undefined;
  const errorId = error ? `${field.id}-error` : undefined;
  const counterId = counter ? `${field.id}-counter` : undefined;
  const describedBy = [hintId, errorId, counterId].filter(Boolean).join(' ') || undefined;
  const extras = (
    <>
      {field.hint && <p id={hintId} class="field-hint">{field.hint}</p>}
      {error && (
        <p id={errorId} class="field-error">
          <span class="sr-only">Error:</span> {error.message}
        </p>
      )}
    </>
  );
  const group = field.kind === 'one-of' || field.kind === 'any-of' || field.kind === 'date';
  const wrapperClass = `field${error ? ' field--error' : ''}`;

  if (group) {
    const legend = isHeading ? (
      <legend class="field-legend field-legend--heading">
        <h2 tabIndex={-1} ref={headingRef}>{label}</h2>
      </legend>
    ) : (
      <legend class="field-legend">{label}</legend>
    );
    return (
      <div class={wrapperClass}>
        <fieldset aria-describedby={describedBy}>
          {legend}
          {extras}
          {field.kind === 'date' ? <DateInputs field={field} value={asDate(value)} invalid={Boolean(error)} /> : <Choices field={field} value={value} />}
        </fieldset>
      </div>
    );
  }

  const labelEl = <label class="field-label" for={field.id}>{label}</label>;
  const common = {
    id: field.id,
    name: field.id,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
    spellcheck: false,
  };
  const onInput = (event: JSX.TargetedEvent<HTMLTextAreaElement | HTMLInputElement>) => onText(field, event.currentTarget.value);
  return (
    <div class={wrapperClass}>
      {isHeading ? <h2 tabIndex={-1} ref={headingRef}>{labelEl}</h2> : labelEl}
      {extras}
      {field.kind === 'long-text' || field.kind === 'id-list' ? (
        <textarea {...common} rows={field.kind === 'id-list' ? 4 : 8} value={asText(value)} onInput={onInput} spellcheck={field.kind === 'long-text'} />
      ) : (
        <input
          {...common}
          type={field.kind === 'email' ? 'email' : 'text'}
          value={asText(value)}
          onInput={onInput}
          autocomplete={field.autocomplete ?? 'off'}
        />
      )}
      {counter && (
        <p id={counterId} class={`field-counter${counter.remaining < 0 ? ' field-counter--over' : ''}`} aria-live="polite">
          {counter.message}
        </p>
      )}
    </div>
  );
}

function Choices({ field, value }: { field: Field & { kind: 'one-of' | 'any-of' }; value: RawValue | undefined }) {
  const single = field.kind === 'one-of';
  const chosen = single ? [asText(value)] : asList(value);
  return (
    <div class="choices">
      {field.options.map((option, index) => {
        const id = optionInputId(field, index);
        const hintId = option.hint ? `${id}-hint` : undefined;
        return (
          <div class="choice" key={option.value}>
            <input
              id={id}
              name={field.id}
              type={single ? 'radio' : 'checkbox'}
              value={option.value}
              defaultChecked={chosen.includes(option.value)}
              aria-describedby={hintId}
            />
            <label for={id}>{option.label}</label>
            {option.hint && <p id={hintId} class="field-hint choice-hint">{option.hint}</p>}
          </div>
        );
      })}
    </div>
  );
}

const parts = [
  { part: 'day', label: 'Day', size: 2 },
  { part: 'month', label: 'Month', size: 2 },
  { part: 'year', label: 'Year', size: 4 },
] as const;

function DateInputs({ field, value, invalid }: { field: Field; value: DateParts; invalid: boolean }) {
  return (
    <div class="date-inputs">
      {parts.map(({ part, label, size }) => {
        const id = datePartId(field, part);
        return (
          <div class="date-part" key={part}>
            <label for={id}>{label}</label>
            <input
              id={id}
              name={id}
              class={`date-input date-input--${size}`}
              inputMode="numeric"
              autocomplete="off"
              defaultValue={value[part]}
              aria-invalid={invalid || undefined}
            />
          </div>
        );
      })}
    </div>
  );
}
