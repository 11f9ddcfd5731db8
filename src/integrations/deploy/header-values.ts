/**
 * Header values a host would choke on, caught at build time instead of on deploy day:
 * a line break ends a header early (or starts a new one), and Cloudflare Pages rejects a
 * `_headers` line over 2,000 characters or a file with more than 100 rules
 * (developers.cloudflare.com/pages/configuration/headers/, "Limits").
 */
export const hostLimits = {
  /** Characters in one `_headers` line, indent, name and value included (Cloudflare Pages). */
  lineChars: 2000,
  /** Rules in one `_headers` file (Cloudflare Pages). */
  rules: 100,
} as const;

/** Why a header cannot be sent as it is, or null when it can. */
export function headerProblem(name: string, value: string): string | null {
  if (!/^[A-Za-z0-9-]+$/.test(name)) return `the header name "${name}" is not a token`;
  // eslint-disable-next-line no-control-regex -- control characters are what is looked for
  const control = /[\u0000-\u001f\u007f]/.exec(value);
  if (control)
    return `${name} holds a ${control[0] === '\n' || control[0] === '\r' ? 'line break' : 'control character'} (U+${control[0].charCodeAt(0).toString(16).padStart(4, '0')}): write it on one line`;
  if (value.trim() === '') return `${name} is empty`;
  return null;
}

/** Throws, naming every header that cannot be sent and what to do, when any cannot. */
export function assertHeaders(where: string, headers: Readonly<Record<string, string>>): void {
  const problems = Object.entries(headers).flatMap(
    ([name, value]) => headerProblem(name, value) ?? [],
  );
  if (problems.length) throw new Error(`${where}: ${problems.join('; ')}.`);
}
