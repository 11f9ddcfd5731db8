/** Identifier lists: several IDs typed with any separators, as one clean list. */

const separators = /[\s,;]+/u;

export interface IdListOptions {
  /** Upper-case every ID (Amazon IDs are case-insensitive but shown in capitals). */
  uppercase: boolean;
}

/**
 * Splits on commas, semicolons, spaces and new lines; trims; upper-cases when asked;
 * drops repeats, keeping the first of each in the order typed.
 */
export function normaliseIdList(raw: string, { uppercase }: IdListOptions): string[] {
  const ids = raw
    .split(separators)
    .filter((id) => id !== '')
    .map((id) => (uppercase ? id.toUpperCase() : id));
  return [...new Set(ids)];
}
