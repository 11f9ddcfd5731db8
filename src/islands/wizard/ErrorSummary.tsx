import type { FieldError } from '../../wizard/engine';

interface Props {
  errors: FieldError[];
  summaryRef: (el: HTMLElement | null) => void;
}

/** GOV.UK error summary: focused when it appears, each item links to its input. */
export function ErrorSummary({ errors, summaryRef }: Props) {
  const focusInput = (event: MouseEvent, id: string) => {
    const input = document.getElementById(id);
    if (!input) return;
    event.preventDefault();
    input.focus();
    input.scrollIntoView({ block: 'center' });
  };
  return (
    <div class="error-summary" tabIndex={-1} ref={summaryRef} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">There is a problem</h2>
      <ul>
        {errors.map((error) => (
          <li key={error.inputId}>
            <a href={`#${error.inputId}`} onClick={(event) => focusInput(event, error.inputId)}>
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
