import { useRef } from 'preact/hooks';
import type { RenderedOutput } from '../../wizard/engine';
import { copyShortcut, copyText, download } from './browser';

interface Props {
  output: RenderedOutput;
  wizardId: string;
  announce: (message: string) => void;
}

/** One output: a read-only box with Copy and Download, or a checklist; plus Add to calendar. */
export function OutputBox({ output, wizardId, announce }: Props) {
  const box = useRef<HTMLTextAreaElement>(null);
  const id = `output-${output.id}`;
  const copy = async () => {
    const outcome = await copyText(output.text, box.current);
    announce(outcome === 'copied' ? `${output.label} copied` : `Copying was blocked. The text is selected: press ${copyShortcut()} to copy it.`);
  };
  const lines = output.text.split('\n').length;
  return (
    <section class="output" aria-labelledby={`${id}-label`}>
      <h3 id={`${id}-label`}>{output.label}</h3>
      {output.hint && <p class="field-hint">{output.hint}</p>}
      {output.kind === 'checklist' ? (
        <ul class="checklist">
          {output.items.map((item, index) => (
            <li key={item}>
              <input type="checkbox" id={`${id}-${index}`} />
              <label for={`${id}-${index}`}>{item}</label>
            </li>
          ))}
        </ul>
      ) : (
        <textarea id={id} ref={box} class="output-text" readOnly rows={Math.min(Math.max(lines, 1), 14)} aria-labelledby={`${id}-label`} value={output.text} />
      )}
      <div class="button-row">
        <button type="button" class="button button--secondary" onClick={copy}>
          Copy<span class="sr-only"> {output.label}</span>
        </button>
        <button type="button" class="button button--secondary" onClick={() => download(`${wizardId}-${output.id}.txt`, output.text, 'text/plain;charset=utf-8')}>
          Download<span class="sr-only"> {output.label}</span> as .txt
        </button>
        {output.calendar && (
          <button type="button" class="button button--secondary" onClick={() => output.calendar && download(output.calendar.filename, output.calendar.ics, 'text/calendar;charset=utf-8')}>
            Add to calendar<span class="sr-only">: {output.calendar.title}</span>
          </button>
        )}
      </div>
    </section>
  );
}
