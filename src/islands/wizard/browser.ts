/**
 * The island's contact with the browser: storage that may be blocked or full, the address
 * bar, the clipboard and downloads. Every call fails soft; nothing here throws.
 */

function attempt<T>(action: () => T, fallback: T): T {
  try {
    return action();
  } catch {
    return fallback;
  }
}

/** localStorage, or nothing when the browser blocks it. Writes report whether they stuck. */
export const storage = {
  get: (key: string): string | null => attempt(() => localStorage.getItem(key), null),
  set: (key: string, value: string): boolean =>
    attempt(() => {
      localStorage.setItem(key, value);
      return true;
    }, false),
  remove: (key: string): void => attempt(() => localStorage.removeItem(key), undefined),
};

/** The step id in the address (`?step=…`); only ever a step id, never an answer. */
export function stepInUrl(): string | null {
  return new URLSearchParams(location.search).get('step');
}

/** Puts a step in the address (only `?step=…`): a new history entry, or (replace) the current one. */
export function showStepInUrl(stepId: string | null, replace = false): void {
  const search = stepId === null ? '' : `?step=${stepId}`;
  if (location.search !== search)
    history[replace ? 'replaceState' : 'pushState'](null, '', search || location.pathname);
}

/**
 * Copies text. Where the Clipboard API is refused, selects the text shown in `block` so the
 * person can press Ctrl+C (or ⌘C) themselves.
 */
export async function copyText(text: string, block: HTMLElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (block) {
      block.focus();
      getSelection()?.selectAllChildren(block);
    }
    return false;
  }
}

/** Offers text as a file download, made in the browser (nothing is sent anywhere). */
export function download(filename: string, text: string, type: string): void {
  const link = document.createElement('a');
  // A lone surrogate would make encodeURIComponent throw: it becomes U+FFFD instead.
  link.href = `data:${type},${encodeURIComponent(text.toWellFormed())}`;
  link.download = filename;
  link.click();
}

/** "Ctrl+C", or "⌘C" on Apple keyboards. */
export function copyShortcut(): string {
  return /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘C' : 'Ctrl+C';
}
