import type { CalendarEvent, RenderedOutput } from '../../wizard/runtime/engine.ts';
import { copyShortcut, copyText, download } from './browser.ts';

interface Props {
  output: RenderedOutput;
  wizardId: string;
  /** What Copy did, shown (and announced) beside the button; blank when nothing to say. */
  copied: string;
  onCopied: (outputId: string, message: string, lasting: boolean) => void;
}

/** One output: its whole text (selectable) with Copy and Download, or a checklist; plus Add to calendar. */
export function OutputBox({
  output: { id: outputId, label, hint, kind, text, items, calendar },
  wizardId,
  copied,
  onCopied,
}: Props) {
  const id = `output-${outputId}`;
  const copy = async () => {
    const done = await copyText(text, document.getElementById(id));
    onCopied(outputId, done ? 'Copied' : `Press ${copyShortcut()} to copy`, !done);
  };
  // The .ics builder loads on the first press (see CalendarEvent).
  const addToCalendar = (event: CalendarEvent) =>
    import('../../wizard/runtime/ics.ts').then(
      ({ buildIcs }) => download(event.filename, buildIcs(event), 'text/calendar;charset=utf-8'),
      () => onCopied(outputId, 'The calendar file could not load: reload the page', true),
    );
  const name = <span class="sr-only"> {label}</span>;
  return (
    <section class="output" aria-labelledby={`${id}-label`}>
      <h3 id={`${id}-label`}>{label}</h3>
      {hint && <p class="field-hint">{hint}</p>}
      {kind === 'checklist' ? (
        <ul class="checklist">
          {items.map((item, index) => (
            <li key={item}>
              <input type="checkbox" id={`${id}-${index}`} />
              <label for={`${id}-${index}`}>{item}</label>
            </li>
          ))}
        </ul>
      ) : (
        // A block that grows with its text, on screen and on paper: never a box that scrolls.
        <pre id={id} class="output-text" tabIndex={-1}>
          {text}
        </pre>
      )}
      <div class="button-row">
        <button type="button" class="button button--secondary" onClick={() => void copy()}>
          Copy{name}
        </button>
        <span class="copy-status" role="status">
          {copied}
        </span>
        <button
          type="button"
          class="button button--secondary"
          onClick={() => download(`${wizardId}-${outputId}.txt`, text, 'text/plain;charset=utf-8')}
        >
          Download{name} as .txt
        </button>
        {calendar && (
          <button
            type="button"
            class="button button--secondary"
            onClick={() => void addToCalendar(calendar)}
          >
            Add to calendar<span class="sr-only">: {calendar.title}</span>
          </button>
        )}
      </div>
    </section>
  );
}
