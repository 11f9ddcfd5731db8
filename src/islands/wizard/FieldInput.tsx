import type { JSX } from 'preact';
import type { CompiledField } from '../../wizard/runtime/types.ts';
import type { DateParts, FieldError, RawValue } from '../../wizard/runtime/fields.ts';
import { characterCounter, datePartId } from '../../wizard/runtime/fields.ts';

interface Props {
  field: CompiledField;
  /** The visible label or legend: the field's label, or the step's question when it is the only field. */
  label: string;
  /** The question is this field's legend or label and the screen's heading. */
  isHeading: boolean;
  value: RawValue | undefined;
  error: FieldError | undefined;
  onText: (field: CompiledField, text: string) => void;
}

const asText = (value: RawValue | undefined) => (typeof value === 'string' ? value : '');

/** One field in the GOV.UK manner: label or legend, hint, error message, then the input. */
export function FieldInput({ field, label, isHeading, value, error, onText }: Props) {
  const { id, kind, hint } = field;
  // Radios, checkboxes and date parts are a group: a fieldset whose legend is the question.
  const group = kind === 'one-of' || kind === 'any-of' || kind === 'date';
  const counter = kind === 'long-text' ? characterCounter(field, asText(value)) : undefined;
  const describedBy =
    [hint && `${id}-hint`, error && `${id}-error`, counter && `${id}-counter`]
      .filter(Boolean)
      .join(' ') || undefined;
  const title = group ? (
    label
  ) : (
    <label class="field-label" for={id}>
      {label}
    </label>
  );
  const heading = isHeading ? <h2 tabIndex={-1}>{title}</h2> : title;
  // Uncontrolled, like every input here: after an error the form keeps what was sent.
  const text = {
    id,
    name: id,
    defaultValue: asText(value),
    onInput: (event: JSX.TargetedEvent<HTMLTextAreaElement | HTMLInputElement>) =>
      onText(field, event.currentTarget.value),
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
  };
  const body = (
    <>
      {hint && (
        <p id={`${id}-hint`} class="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="field-error">
          <span class="sr-only">Error:</span> {error.message}
        </p>
      )}
      {kind === 'date' ? (
        <DateInputs field={field} value={value} error={error} />
      ) : group ? (
        <Choices field={field} value={value} />
      ) : kind === 'long-text' || kind === 'id-list' ? (
        <textarea {...text} rows={kind === 'id-list' ? 4 : 8} spellcheck={kind === 'long-text'} />
      ) : (
        <input
          {...text}
          type={kind === 'email' ? 'email' : 'text'}
          spellcheck={false}
          autocomplete={field.autocomplete ?? 'off'}
        />
      )}
      {counter && (
        <p
          id={`${id}-counter`}
          class={`field-counter${counter.remaining < 0 ? ' field-counter--over' : ''}`}
          aria-live="polite"
        >
          {counter.message}
        </p>
      )}
    </>
  );
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      {group ? (
        <fieldset aria-describedby={describedBy}>
          <legend class={`field-legend${isHeading ? ' field-legend--heading' : ''}`}>
            {heading}
          </legend>
          {body}
        </fieldset>
      ) : (
        <>
          {heading}
          {body}
        </>
      )}
    </div>
  );
}

function Choices({
  field,
  value,
}: {
  field: CompiledField & { kind: 'one-of' | 'any-of' };
  value: RawValue | undefined;
}) {
  const single = field.kind === 'one-of';
  const chosen = [value].flat();
  return (
    <div class="choices">
      {field.options.map((option) => {
        const id = option.inputId;
        return (
          <div class="choice" key={option.value}>
            <input
              id={id}
              name={field.id}
              type={single ? 'radio' : 'checkbox'}
              value={option.value}
              defaultChecked={chosen.includes(option.value)}
              aria-describedby={option.hint && `${id}-hint`}
            />
            <label for={id}>{option.label}</label>
            {option.hint && (
              <p id={`${id}-hint`} class="field-hint choice-hint">
                {option.hint}
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}

function DateInputs({
  field,
  value,
  error,
}: {
  field: CompiledField;
  value: RawValue | undefined;
  error: FieldError | undefined;
}) {
  const parts =
    typeof value === 'object' && !Array.isArray(value) ? (value as DateParts) : undefined;
  return (
    <div class="date-inputs">
      {(['day', 'month', 'year'] as const).map((part) => {
        const id = datePartId(field, part);
        return (
          <div class="date-part" key={part}>
            <label for={id}>{part[0].toUpperCase() + part.slice(1)}</label>
            <input
              id={id}
              name={id}
              class={`date-input date-input--${part === 'year' ? 4 : 2}`}
              // A month may be typed as a name ("Dec"), so it keeps the full keyboard.
              inputMode={part === 'month' ? undefined : 'numeric'}
              autocomplete="off"
              defaultValue={parts?.[part]}
              // Only the parts at fault (GOV.UK date input); all three when the error names none.
              aria-invalid={(error && (error.parts?.includes(part) ?? true)) || undefined}
            />
          </div>
        );
      })}
    </div>
  );
}
