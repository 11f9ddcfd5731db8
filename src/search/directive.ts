/**
 * `client:search`, registered by src/integrations/pagefind.ts. Astro inlines this (minified)
 * into every page with a search box; it must stay tiny and load nothing by itself.
 *
 * The box hydrates only when the person reaches for it: focus, a press or a key inside it.
 * The site-wide shortcuts `/` and Ctrl/Cmd+K move focus to the box (and so hydrate it); the
 * element that had focus is marked `data-search-return`, for Escape to return to.
 * Until then the box is what the server rendered: a GET form to the search page.
 */
import type { ClientDirective } from 'astro';

let shortcutsInstalled = false;

const isEditable = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

function onShortcut(event: KeyboardEvent): void {
  if (event.defaultPrevented || event.altKey) return;
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey;
  const modK =
    (event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'k';
  if (!slash && !modK) return;
  if (slash && isEditable(event.target)) return;
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

const search: ClientDirective = (load, _options, el) => {
  const triggers = ['focusin', 'pointerdown', 'keydown'] as const;
  const start = async () => {
    for (const type of triggers) el.removeEventListener(type, start);
    await (
      await load()
    )();
  };
  for (const type of triggers) el.addEventListener(type, start);
  if (!shortcutsInstalled) {
    shortcutsInstalled = true;
    document.addEventListener('keydown', onShortcut);
  }
};

export default search;
