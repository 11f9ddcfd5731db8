/**
 * The island's contact with the browser: storage that may be blocked or full, the address
 * bar, the clipboard and downloads. Every call fails soft; nothing here throws.
 */

/** localStorage, or nothing when the browser blocks it. Writes report whether they stuck. */
export const storage = {
  get(key: string): string | null {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set(key: string, value: string): boolean {
    try {
      localStorage.setItem(key, value);
      return true;
    } catch {
      return false;
    }
  },
  remove(key: string): void {
    try {
      localStorage.removeItem(key);
    } catch {
      // Nothing was stored if storage is blocked.
    }
  },
};

/** The step id in the address (`?step=…`); only ever a step id, never an answer. */
export function stepInUrl(): string | null {
  return new URLSearchParams(location.search).get('step');
}

/** Puts a step in the address: a new history entry, or (replace) the current one. */
export function showStepInUrl(stepId: string | null, replace = false): void {
  const url = new URL(location.href);
  if (stepId === null) url.searchParams.delete('step');
  else url.searchParams.set('step', stepId);
  if (url.href === location.href) return;
  history[replace ? 'replaceState' : 'pushState']({ step: stepId }, '', url);
}

/**
 * Copies text. Where the Clipboard API is refused, selects the text in `field` so the person
 * can press Ctrl+C (or ⌘C) themselves.
 */
export async function copyText(text: string, field: HTMLTextAreaElement | null): Promise<'copied' | 'selected'> {
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    field?.focus();
    field?.select();
    return 'selected';
  }
}

/** Offers text as a file download, made in the browser (nothing is sent anywhere). */
export function download(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** "Ctrl+C", or "⌘C" on Apple keyboards. */
export function copyShortcut(): string {
  return /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘C' : 'Ctrl+C';
}
