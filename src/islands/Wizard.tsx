import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Answers } from '../wizard/answers';
import { localToday } from '../wizard/dates';
import {
  goTo,
  rememberedValues,
  start,
  submitStep,
  view as viewOf,
  type FieldError,
  type RawInput,
  type WizardState,
} from '../wizard/engine';
import { datePartId } from '../wizard/fields';
import type { Field, Wizard as WizardDefinition } from '../wizard/schema';
import { showStepInUrl, stepInUrl } from './wizard/browser';
import { ErrorSummary } from './wizard/ErrorSummary';
import type { WizardLinks } from './wizard/links';
import { clearSaved, readProgress, readShared, saveProgress, saveShared } from './wizard/saved';
import { StepScreen } from './wizard/StepScreen';

interface Props {
  /** The wizard, as validated at build time (without its examples). */
  def: WizardDefinition;
  links: WizardLinks;
}

type Screen = 'start' | 'resume' | 'running';
/** Where focus goes once the screen it belongs to is drawn. */
type Focus = { target: 'heading' | 'errors'; screen: Screen; step: string } | null;

/** Reads the form as the engine expects it: strings, lists for checkboxes, parts for dates. */
function readForm(form: HTMLFormElement, fields: Field[]): RawInput {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '');
  return Object.fromEntries(
    fields.map((field) => {
      if (field.kind === 'date') {
        const part = (p: 'day' | 'month' | 'year') => text(datePartId(field, p));
        return [field.id, { day: part('day'), month: part('month'), year: part('year') }];
      }
      if (field.kind === 'any-of') return [field.id, data.getAll(field.id).map(String)];
      return [field.id, text(field.id)];
    }),
  );
}

/** The one island that runs every wizard: it draws what the engine's `view` says. */
export default function Wizard({ def, links }: Props) {
  const [screen, setScreen] = useState<Screen>('start');
  const [state, setState] = useState<WizardState>(() => start(def));
  const [saved, setSaved] = useState<WizardState | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [typed, setTyped] = useState<RawInput>({});
  const [shared, setShared] = useState<Answers>({});
  const [notice, setNotice] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const root = useRef<HTMLDivElement>(null);
  const focus = useRef<Focus>(null);
  const heading = useRef<HTMLElement | null>(null);
  const summary = useRef<HTMLElement | null>(null);
  const pageTitle = useRef('');
  const latest = useRef(state);
  latest.current = state;
  const today = useMemo(() => localToday(new Date()), []);
  const rememberKeys = useMemo(
    () => def.steps.flatMap((s) => (s.type === 'question' ? s.fields.flatMap((f) => (f.remember ? [f.remember] : [])) : [])),
    [def],
  );

  const open = (next: WizardState, history: 'push' | 'replace') => {
    setState(next);
    setScreen('running');
    setErrors([]);
    setTyped({});
    focus.current = { target: 'heading', screen: 'running', step: next.current };
    showStepInUrl(next.current, history === 'replace');
    if (!saveProgress(def, next)) {
      setNotice('This browser is not keeping your answers, so finish in one go. Nothing is lost while this page stays open.');
    }
  };

  const begin = () => {
    const progress = readProgress(def);
    if (progress.kind === 'found') {
      setSaved(progress.state);
      setScreen('resume');
      focus.current = { target: 'heading', screen: 'resume', step: '' };
    } else {
      open(start(def), 'push');
    }
  };

  // Runs once, in the browser: saved answers, the step in the address, a click made while loading.
  useEffect(() => {
    pageTitle.current = document.title;
    setShared(readShared());
    const progress = readProgress(def);
    if (progress.kind === 'discarded') setNotice(`Your saved answers could not be used, so they were removed. ${progress.reason}`);
    const island = root.current?.closest('astro-island') as HTMLElement | null;
    const pending = island?.dataset.pendingIntent;
    delete island?.dataset.pendingIntent;
    const urlStep = stepInUrl();
    if (urlStep !== null && progress.kind === 'found') {
      const moved = goTo(def, progress.state, urlStep);
      open(moved.ok ? moved.state : progress.state, 'replace');
    } else if (urlStep !== null) {
      showStepInUrl(null, true);
    } else if (pending === 'start') {
      begin();
    }
    const onPop = () => {
      const id = stepInUrl();
      if (id === null) {
        setScreen('start');
        return;
      }
      const moved = goTo(def, latest.current, id);
      if (moved.ok) {
        setState(moved.state);
        setScreen('running');
        setErrors([]);
        setTyped({});
        focus.current = { target: 'heading', screen: 'running', step: moved.state.current };
      }
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  const current = viewOf(def, state, today, shared);

  useEffect(() => {
    document.documentElement.dataset.wizard = screen === 'running' ? 'running' : '';
    if (pageTitle.current) {
      const title = screen === 'running' ? `${current.step.title} – ${pageTitle.current}` : pageTitle.current;
      document.title = errors.length > 0 ? `Error: ${title}` : title;
    }
    const wanted = focus.current;
    if (wanted && wanted.screen === screen && (screen !== 'running' || wanted.step === state.current)) {
      (wanted.target === 'errors' ? summary.current : heading.current)?.focus();
      focus.current = null;
    }
  });

  const onContinue = (form: HTMLFormElement | null) => {
    const step = current.step;
    const input = form && step.type === 'question' ? readForm(form, step.fields) : {};
    const result = submitStep(def, state, input);
    if (!result.ok) {
      setErrors(result.errors);
      setTyped(result.input);
      focus.current = { target: 'errors', screen, step: state.current };
      return;
    }
    const remembered = rememberedValues(def, result.state.answers);
    saveShared(remembered);
    setShared({ ...shared, ...remembered });
    open(result.state, 'push');
  };

  const moveTo = (stepId: string) => {
    const moved = goTo(def, state, stepId);
    if (moved.ok) open(moved.state, 'push');
  };

  const startAgain = () => {
    clearSaved(def, []);
    setSaved(null);
    open(start(def), 'push');
  };

  const clearAnswers = () => {
    clearSaved(def, rememberKeys);
    setShared(readShared());
    setState(start(def));
    setSaved(null);
    setScreen('start');
    showStepInUrl(null);
    setAnnouncement('Your answers were cleared from this browser.');
    focus.current = { target: 'heading', screen: 'start', step: '' };
  };

  const input: RawInput = { ...current.input, ...typed };
  const previous = current.path.at(-2);

  return (
    <div class="wizard-app" ref={root}>
      {notice && <p class="wizard-notice" role="status">{notice}</p>}
      {screen === 'start' && (
        <div class="wizard-start">
          <h2 tabIndex={-1} ref={(el) => (heading.current = el)} class="sr-only">Start</h2>
          <button type="button" class="button button--start" data-intent="start" onClick={begin}>
            Start now
          </button>
        </div>
      )}
      {screen === 'resume' && saved && (
        <div class="wizard-resume">
          <h2 tabIndex={-1} ref={(el) => (heading.current = el)}>Welcome back</h2>
          <p>Your answers from last time are saved in this browser.</p>
          <div class="button-row">
            <button type="button" class="button" onClick={() => open(saved, 'push')}>Resume</button>
            <button type="button" class="button button--secondary" onClick={startAgain}>Start again</button>
          </div>
        </div>
      )}
      {screen === 'running' && (
        <>
          {previous && (
            <a class="back-link" href={`?step=${previous}`} onClick={(event) => { event.preventDefault(); moveTo(previous); }}>
              Back
            </a>
          )}
          {errors.length > 0 && <ErrorSummary errors={errors} summaryRef={(el) => (summary.current = el)} />}
          <p class="wizard-progress">
            Step {current.progress.step}
            {current.progress.total !== null && ` of ${current.progress.total}`}
          </p>
          {current.warnings.map((warning) => (
            <div class="warning-text" key={warning.id}>
              <strong><span class="sr-only">Warning: </span>{warning.text}</strong>
            </div>
          ))}
          <StepScreen
            wizardId={def.id}
            view={current}
            input={input}
            errors={errors}
            links={links}
            headingRef={(el) => (heading.current = el)}
            onText={(field, text) => setTyped({ ...typed, [field.id]: text })}
            onContinue={onContinue}
            onChange={moveTo}
            onStartAgain={startAgain}
            announce={setAnnouncement}
          />
          <p class="wizard-clear no-print">
            <button type="button" class="link-button" onClick={clearAnswers}>Clear my answers</button>
          </p>
        </>
      )}
      <div class="sr-only" aria-live="polite" role="status">{announcement}</div>
    </div>
  );
}
