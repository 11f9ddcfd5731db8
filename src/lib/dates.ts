const months = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** `2026-11-28` as "28 November 2026", read as a calendar date so no time zone can shift it. */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const name = months[(month ?? 0) - 1];
  if (!year || !name || !day) throw new Error(`Expected a date written YYYY-MM-DD, got "${isoDate}"`);
  return `${day} ${name} ${year}`;
}
