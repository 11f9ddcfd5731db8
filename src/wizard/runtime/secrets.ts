/**
 * The secret guard: finds text that looks like a credential so it never reaches a support
 * case or a message to a partner. It must not cry wolf on what people really write: long
 * words, Developer IDs, order IDs, web addresses, commit hashes.
 */

/** A run of 40 or more base64 characters: an AWS secret access key is 40 of them. */
const base64Run = /(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40,}/g;

/**
 * A run with upper case, lower case and digits that is not mostly words ("Catalog", "items"):
 * in 40 random base64 characters words cover about a tenth (more than 60% in fewer than 1 key
 * in 1,000), in a web address or a long word with a number nearly all of it.
 */
function hasSecretAccessKey(text: string): boolean {
  return (text.match(base64Run) ?? []).some(
    (run) =>
      /[A-Z]/.test(run) &&
      /[a-z]/.test(run) &&
      /\d/.test(run) &&
      (run.match(/[A-Z]?[a-z]{3,}/g)?.join('').length ?? 0) < 0.6 * run.length,
  );
}

/** What each credential looks like, in words for the message, and how to spot it (a RegExp or a test). */
const detectors: readonly [name: string, spot: { test(text: string): boolean }][] = [
  ['an AWS access key ID', /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/i],
  ['an AWS secret access key', { test: hasSecretAccessKey }],
  ['an MWS Auth Token', /amzn\.mws\./i],
  ['a Login with Amazon client secret', /amzn1\.oa2-cs\./i],
  ['a Login with Amazon refresh token', /Atzr\|/],
  // "password: x", or "my password (is) hunter2": the word, perhaps "is", then six characters
  // or more with a digit or a symbol no sentence uses ("my password reset", "my password is
  // not accepted", "password 3 times", "password (twice)." are left alone).
  [
    'a password',
    /\b(?:password|passwd|pwd)\b(?:\s*[:=]\s*\S|(?:\s+is)?\s+\(?(?=[^\s()]{6})[^\s()]*[\d@#$%^&*_+=~|\\<>/{}[\]])/i,
  ],
];

/**
 * What the first credential-like thing in `text` looks like, in words ("an AWS access key
 * ID"), or undefined when the text looks safe to share.
 */
export function findSecret(text: string): string | undefined {
  return detectors.find(([, spot]) => spot.test(text))?.[0];
}
