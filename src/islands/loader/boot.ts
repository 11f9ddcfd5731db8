/**
 * The island loader, inlined (minified, about 0.6 KB) at the end of every page by
 * IslandBoot.astro. It replaces Astro's own island loader and Preact client,
 * which cost every page 2.3 KB inline and the wizard page 3.6 KB of its 15 KB budget.
 *
 * Each <Island> is server-rendered HTML in a `[data-island]` element. This wakes it when its
 * `data-when` says (see IslandWhen in registry.ts): it imports the island's bundle from
 * `data-src` and calls its `mount` with the props in `data-props`. A click that lands before
 * the island is awake leaves the clicked element's `data-intent` in `data-pending-intent`, for
 * the island to replay. Nothing here may import anything: it is inlined, not bundled.
 */
import type { IslandWhen } from './registry.ts';
import type { Mount } from './mount.ts';

const triggers = ['pointerdown', 'focusin', 'keydown'] as const;

/**
 * Imports the island's bundle (a second time if the first import fails: a dropped connection
 * or a deploy that replaced the file) and mounts it. If both fail, the server-rendered HTML
 * stays as it is, marked `data-island-failed`; the page's hidden notice for it, if any
 * (`#<island>-failed`, in a live region), is shown, and one console message says why.
 */
async function wake(el: HTMLElement): Promise<void> {
  const src = el.dataset.src!;
  let module: { mount: Mount };
  try {
    module = (await import(src).catch(() => import(`${src}?retry`))) as { mount: Mount };
  } catch (error) {
    el.dataset.islandFailed = '';
    // The page's own notice, if it has one for this island (the wizard's, under Start now).
    document.getElementById(`${el.dataset.island}-failed`)?.removeAttribute('hidden');
    console.error(
      `The "${el.dataset.island}" island could not load from ${src}, twice (${String(error)}). The page keeps working without it.`,
    );
    return;
  }
  module.mount(el, JSON.parse(el.dataset.props ?? '{}') as Record<string, unknown>);
  el.dataset.awake = '';
}

/** Wakes the island on the first press, focus or key inside it, or (`now`) at once. */
function wakeOnIntent(el: HTMLElement, now = false): void {
  const remember = (event: Event) => {
    const target = (event.target as Element | null)?.closest<HTMLElement>('[data-intent]');
    if (target?.dataset.intent) el.dataset.pendingIntent = target.dataset.intent;
  };
  const start = () => {
    for (const type of triggers) el.removeEventListener(type, start);
    void wake(el).then(() => el.removeEventListener('click', remember));
  };
  el.addEventListener('click', remember);
  for (const type of triggers) el.addEventListener(type, start);
  // Woken at once, a click that lands while it loads is still replayed.
  if (now) start();
}

const isEditable = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/**
 * `/` (outside a text field) and Ctrl/Cmd+K move focus to the search box, which wakes it. The
 * element that had focus is marked `data-search-return`, for Escape to return to.
 */
function onSearchShortcut(event: KeyboardEvent): void {
  if (event.defaultPrevented || event.altKey) return;
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey;
  const modK =
    (event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'k';
  if ((!slash && !modK) || (slash && isEditable(event.target))) return;
  const inputs = [...document.querySelectorAll<HTMLInputElement>('input[data-search-input]')];
  const input = inputs.find((el) => el.hasAttribute('data-search-primary')) ?? inputs[0];
  if (!input) return;
  event.preventDefault();
  const from = document.activeElement;
  if (from === input) return;
  document.querySelector('[data-search-return]')?.removeAttribute('data-search-return');
  if (from instanceof HTMLElement && from !== document.body)
    from.setAttribute('data-search-return', '');
  input.focus();
  input.select();
}

/** Whether this browser keeps something under the island's `data-stored` key (never throws). */
function stored(el: HTMLElement): boolean {
  try {
    return el.dataset.stored !== undefined && localStorage.getItem(el.dataset.stored) !== null;
  } catch {
    return false;
  }
}

const start: Record<IslandWhen, (el: HTMLElement) => void> = {
  load: (el) => void wake(el),
  intent: (el) => wakeOnIntent(el, new URLSearchParams(location.search).has('step') || stored(el)),
  search: (el) => wakeOnIntent(el),
};

for (const el of document.querySelectorAll<HTMLElement>('[data-island]')) {
  start[el.dataset.when as IslandWhen](el);
}
if (document.querySelector('[data-when="search"]')) {
  document.addEventListener('keydown', onSearchShortcut);
}
