/** The README part that holds the generated wizard reference. */
export const referenceStart = '<!-- wizard-reference:start -->';
export const referenceEnd = '<!-- wizard-reference:end -->';

/** README text with the reference between the markers replaced by `reference`. */
export function replaceReference(readme: string, reference: string): string {
  const start = readme.indexOf(referenceStart);
  const end = readme.indexOf(referenceEnd);
  if (start === -1 || end < start) {
    throw new Error(
      `README.md needs the markers ${referenceStart} and ${referenceEnd} around the wizard reference`,
    );
  }
  return `${readme.slice(0, start + referenceStart.length)}\n${reference.trim()}\n${readme.slice(end)}`;
}
