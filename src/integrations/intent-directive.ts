import type { ClientDirective } from 'astro';

/**
 * `client:intent` hydrates an island only when the person reaches for it: a pointer press,
 * focus or a key inside it. A click that lands before hydration finishes is kept in
 * `data-pending-intent` (from the clicked element's `data-intent`) for the island to replay.
 * With `?step=` in the address (a reload or a shared Back/Forward entry) it hydrates at once.
 */
const intent: ClientDirective = (load, _options, el) => {
  const triggers = ['pointerdown', 'focusin', 'keydown'] as const;
  let hydrated = false;
  const remember = (event: Event) => {
    if (hydrated) return;
    const target = (event.target as Element | null)?.closest<HTMLElement>('[data-intent]');
    if (target?.dataset.intent) el.dataset.pendingIntent = target.dataset.intent;
  };
  const start = async () => {
    for (const type of triggers) el.removeEventListener(type, start);
    const hydrate = await load();
    await hydrate();
    hydrated = true;
    el.removeEventListener('click', remember);
  };
  el.addEventListener('click', remember);
  if (new URLSearchParams(location.search).has('step')) {
    void start();
    return;
  }
  for (const type of triggers) el.addEventListener(type, start, { once: true });
};

export default intent;
