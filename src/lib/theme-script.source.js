// Inlined into every page's <head> (minified) so the theme is set before first paint.
// It also wires the header toggle, which stays hidden when JavaScript is off, and marks the
// page `js` so parts that only work with JavaScript (the wizard's Start button) can show.
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
  const apply = (theme) => (root.dataset.theme = theme);
  apply(stored() ?? (system.matches ? 'dark' : 'light'));
  addEventListener('DOMContentLoaded', () => {
    const button = document.querySelector('[data-theme-toggle]');
    if (!button) return;
    const sync = () => button.setAttribute('aria-pressed', String(root.dataset.theme === 'dark'));
    button.addEventListener('click', () => {
      const theme = root.dataset.theme === 'dark' ? 'light' : 'dark';
      apply(theme);
      try {
        localStorage.setItem(key, theme);
      } catch {
        // Storage blocked: the choice lasts for this page only.
      }
      sync();
    });
    system.addEventListener('change', (event) => {
      if (!stored()) apply(event.matches ? 'dark' : 'light');
      sync();
    });
    sync();
    button.hidden = false;
  });
})();
