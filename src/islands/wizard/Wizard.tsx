import { Component } from 'preact';
import type { CompiledField, CompiledWizard } from '../../wizard/runtime/types.ts';
import { localToday } from '../../wizard/runtime/dates.ts';
import {
  currentStep,
  goTo,
  rememberedValues,
  start,
  submitStep,
  view,
  type WizardState,
} from '../../wizard/runtime/engine.ts';
import type { FieldError, RawInput } from '../../wizard/runtime/fields.ts';
import { datePartId } from '../../wizard/runtime/fields.ts';
import { showStepInUrl, stepInUrl } from './browser.ts';
import { clearSaved, readProgress, readShared, saveProgress, saveShared } from './saved.ts';
import { StepScreen, type StepScreenProps } from './StepScreen.tsx';
import { mountable } from '../loader/mount.ts';

interface Props {
  /** The wizard, compiled at build time (compile.ts), its links resolved. */
  def: CompiledWizard;
}

interface State {
  /** `failed`: a step threw while it was drawn (see componentDidCatch). */
  screen: 'start' | 'resume' | 'running' | 'failed';
  /** The wizard's progress; on the resume screen, the saved progress on offer. */
  wizard: WizardState;
  errors: FieldError[];
  /** Text typed on this step, for the character counter; it wins over the stored answers. */
  typed: RawInput;
  notice: string;
  /** What the last Copy did, shown beside that output's button. */
  copied?: { outputId: string; message: string } | undefined;
}

/** What takes focus once the next render is drawn: the screen's heading or the error summary. */
const heading = 'h2[tabindex]';
const errorSummary = '.error-summary';
const startButton = '.button--start';

/** Reads the form as the engine expects it: strings, lists for checkboxes, parts for dates. */
function readForm(form: HTMLFormElement, fields: CompiledField[]): RawInput {
  const data = new FormData(form);
  const text = (name: string) => {
    const value = data.get(name);
    return typeof value === 'string' ? value : '';
  };
  return Object.fromEntries(
    fields.map((field) => [
      field.id,
      field.kind === 'date'
        ? {
            day: text(datePartId(field, 'day')),
            month: text(datePartId(field, 'month')),
            year: text(datePartId(field, 'year')),
          }
        : field.kind === 'any-of'
          ? data.getAll(field.id).map(String)
          : text(field.id),
    ]),
  );
}

/**
 * A running step, drawn from what the engine's `view` says. Worked out in this child of the
 * island, so that anything it throws reaches the island's componentDidCatch.
 */
function Running({
  def,
  wizard,
  ...props
}: Omit<StepScreenProps, 'view'> & { def: CompiledWizard; wizard: WizardState }) {
  // Answers typed in other wizards, as saved now; this wizard's own are in its state.
  return <StepScreen view={view(def, wizard, localToday(new Date()), readShared())} {...props} />;
}

/** The one island that runs every wizard. */
export default class Wizard extends Component<Props, State> {
  state: State = {
    screen: 'start',
    wizard: start(this.props.def),
    errors: [],
    typed: {},
    notice: '',
  };
  #focusNext: string | undefined;
  #pageTitle = '';

  // Runs once, in the browser: saved answers, the step in the address, a click made while loading.
  componentDidMount() {
    const { def } = this.props;
    this.#pageTitle = document.title;
    const saved = readProgress(def);
    this.setState({
      notice:
        saved === 'unusable' ? 'Your saved answers could not be used, so they were removed.' : '',
    });
    const island = (this.base as Element).closest<HTMLElement>('[data-island]');
    const pending = island?.dataset.pendingIntent;
    const urlStep = stepInUrl();
    if (urlStep !== null && typeof saved === 'object')
      this.#open(goTo(def, saved, urlStep) ?? saved, true);
    else if (urlStep !== null) showStepInUrl(null, true);
    else if (pending === 'start') this.begin();
    // Woken at load because answers are saved: offer Resume at once, without moving focus.
    else if (typeof saved === 'object') this.setState({ screen: 'resume', wizard: saved });
    // The island lives as long as the page, so this listener is never removed.
    addEventListener('popstate', this.#onPop);
  }

  componentDidUpdate() {
    const { screen, wizard, errors } = this.state;
    const running = screen === 'running';
    document.documentElement.dataset.wizard = running ? 'running' : '';
    const title = running
      ? `${currentStep(this.props.def, wizard).title} – ${this.#pageTitle}`
      : this.#pageTitle;
    document.title = errors.length > 0 ? `Error: ${title}` : title;
    if (this.#focusNext)
      (this.base as Element).querySelector<HTMLElement>(this.#focusNext)?.focus();
    this.#focusNext = undefined;
  }

  /** Shows a step and saves the progress; the address gets a new history entry, or (replace) updates the current one. */
  #open(wizard: WizardState, replace = false) {
    this.#focusNext = heading;
    this.setState({ screen: 'running', wizard, errors: [], typed: {}, copied: undefined });
    showStepInUrl(wizard.current, replace);
    if (!saveProgress(this.props.def, wizard)) {
      this.setState({
        notice:
          'This browser is not keeping your answers, so finish in one go. Nothing is lost while this page stays open.',
      });
    }
  }

  begin = () => {
    const saved = readProgress(this.props.def);
    if (typeof saved === 'object') {
      this.#focusNext = heading;
      this.setState({ screen: 'resume', wizard: saved });
    } else {
      this.#open(start(this.props.def));
    }
  };

  /**
   * The browser's Back and Forward buttons: the step in the address, if the answers lead there;
   * else the screen stays and the address is set back to it, so the two never disagree.
   */
  #onPop = () => {
    const stepId = stepInUrl();
    const { screen, wizard } = this.state;
    if (stepId === null) this.setState({ screen: 'start' });
    else if (!this.moveTo(stepId))
      showStepInUrl(screen === 'running' ? wizard.current : null, true);
  };

  /** Moves to a step on the path the answers take (Back, Change, the browser's history); false when it is not on it. */
  moveTo = (stepId: string) => {
    const moved = goTo(this.props.def, this.state.wizard, stepId);
    if (moved) this.#open(moved);
    return Boolean(moved);
  };

  submit = (form: HTMLFormElement) => {
    const { def } = this.props;
    const { wizard } = this.state;
    const step = currentStep(def, wizard);
    const result = submitStep(
      def,
      wizard,
      step.type === 'question' ? readForm(form, step.fields) : {},
      localToday(new Date()),
    );
    if (!result.ok) {
      this.#focusNext = errorSummary;
      this.setState({ errors: result.errors });
      return;
    }
    saveShared(rememberedValues(def, result.state.answers));
    this.#open(result.state);
  };

  startAgain = () => this.#open(start(this.props.def));

  /**
   * The error boundary: a step that throws while it is drawn gives "Something went wrong" with
   * Clear my answers (back to Start now, with nothing saved), and the page shows its intro and
   * every step again; never a frozen screen.
   */
  componentDidCatch(error: unknown) {
    console.error('The wizard stopped working:', error);
    // Focused once it is drawn: the render that threw finishes first.
    this.setState({ screen: 'failed' }, () =>
      (this.base as Element).querySelector<HTMLElement>(heading)!.focus(),
    );
  }

  clear = () => {
    clearSaved(this.props.def);
    this.#focusNext = startButton;
    this.setState({
      screen: 'start',
      wizard: start(this.props.def),
      notice: 'Your answers were removed from this browser.',
    });
    showStepInUrl(null);
  };

  #copiedTimer: ReturnType<typeof setTimeout> | undefined;

  /** Shows what Copy did beside its button; "Copied" goes after a few seconds, the Ctrl+C advice stays. */
  onCopied = (outputId: string, message: string, lasting: boolean) => {
    clearTimeout(this.#copiedTimer);
    this.setState({ copied: { outputId, message } });
    if (!lasting) this.#copiedTimer = setTimeout(() => this.setState({ copied: undefined }), 5000);
  };

  onText = (field: CompiledField, text: string) =>
    this.setState(({ typed }) => ({ typed: { ...typed, [field.id]: text } }));

  render({ def }: Props, { screen, wizard, notice }: State) {
    return (
      <div class="wizard-app">
        <div role="status">{notice && <p class="wizard-notice">{notice}</p>}</div>
        {screen === 'start' && (
          <div class="wizard-start">
            <button
              type="button"
              class="button button--start"
              data-intent="start"
              onClick={this.begin}
            >
              Start now
            </button>
          </div>
        )}
        {screen === 'resume' && (
          <div class="wizard-resume">
            <h2 tabIndex={-1}>Welcome back</h2>
            <p>Your answers from last time are saved in this browser.</p>
            <div class="button-row">
              <button type="button" class="button" onClick={() => this.#open(wizard)}>
                Resume
              </button>
              <button type="button" class="button button--secondary" onClick={this.startAgain}>
                Start again
              </button>
            </div>
          </div>
        )}
        {screen === 'failed' && (
          <div>
            <h2 tabIndex={-1}>Something went wrong</h2>
            <p>Clear your answers to start again.</p>
            <button type="button" class="button" onClick={this.clear}>
              Clear my answers
            </button>
          </div>
        )}
        {screen === 'running' && (
          <Running
            def={def}
            wizard={wizard}
            wizardId={def.id}
            errors={this.state.errors}
            typed={this.state.typed}
            copied={this.state.copied}
            onMove={this.moveTo}
            onSubmit={this.submit}
            onClear={this.clear}
            onStartAgain={this.startAgain}
            onText={this.onText}
            onCopied={this.onCopied}
          />
        )}
      </div>
    );
  }
}

/** Hydrates the server-rendered island (see src/islands/loader/boot.ts). */
export const mount = mountable(Wizard);
