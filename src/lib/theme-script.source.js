// Inlined into every page's <head> (minified) so the theme is set before first paint.
// It marks the page `js` before the body exists: the CSS shows the header's theme toggle
// (hidden when JavaScript is off) and the wizard's Start button from the first paint, so
// nothing changes size once the page is drawn. The toggle's click is caught at the document,
// so it works as soon as the button can be seen.
(() => {
  const key = 'theme';
  const root = document.documentElement;
  root.classList.add('js');
  const system = matchMedia('(prefers-color-scheme: dark)');
  const stored = () => {
    try {
      const value = localStorage.getItem(key);
      return value === 'dark' || value === 'light' ? value : null;
    } catch {
      return null;
    }
  };
  const sync = () =>
    document
      .querySelector('[data-theme-toggle]')
      ?.setAttribute('aria-pressed', String(root.dataset.theme === 'dark'));
  const apply = (theme) => {
    root.dataset.theme = theme;
    sync();
  };
  apply(stored() ?? (system.matches ? 'dark' : 'light'));
  document.addEventListener('click', (event) => {
    if (!event.target.closest?.('[data-theme-toggle]')) return;
    const theme = root.dataset.theme === 'dark' ? 'light' : 'dark';
    apply(theme);
    try {
      localStorage.setItem(key, theme);
    } catch {
      // Storage blocked: the choice lasts for this page only.
    }
  });
  system.addEventListener('change', (event) => {
    if (!stored()) apply(event.matches ? 'dark' : 'light');
  });
  addEventListener('DOMContentLoaded', sync);
})();
