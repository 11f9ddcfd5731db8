import type { FieldError } from '../../wizard/runtime/fields.ts';

/** GOV.UK error summary: focused when it appears, each item links to its input. */
export function ErrorSummary({ errors }: { errors: FieldError[] }) {
  // Focus the input itself: following the link would change the address and the history.
  const focusInput = (event: MouseEvent, id: string) => {
    event.preventDefault();
    const input = document.getElementById(id);
    input?.focus();
    input?.scrollIntoView({ block: 'center' });
  };
  return (
    <div class="error-summary" tabIndex={-1} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">There is a problem</h2>
      <ul>
        {errors.map(({ inputId, message }) => (
          <li key={inputId}>
            <a href={`#${inputId}`} onClick={(event) => focusInput(event, inputId)}>
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
