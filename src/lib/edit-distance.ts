/**
 * Optimal string alignment distance: Levenshtein plus swapping two neighbouring letters (the
 * commonest slip of a hurried typist) as one edit. Shared by search's "Did you mean" and any
 * validator that suggests the name an author probably meant.
 */

/** The distance between `a` and `b`; stops early and returns `max + 1` once it must exceed `max`. */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, before[j - 2] + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length], max + 1);
}

/** ` (did you mean "…"?)` when a known name is a slip or two away; otherwise ''. */
export function didYouMean(name: string, known: Iterable<string>): string {
  const wanted = name.toLowerCase();
  const close = [...known].find((k) => editDistance(k.toLowerCase(), wanted, 2) <= 2);
  return close ? ` (did you mean "${close}"?)` : '';
}
