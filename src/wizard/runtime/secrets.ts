/**
 * The secret guard: finds text that looks like a credential so it never reaches a support
 * case or a message to a partner.
 */

const base64Run = /(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])/g;

/** 40 base64 characters in a row with upper case, lower case and a digit: an AWS secret access key. */
function hasSecretAccessKey(text: string): boolean {
  return [...text.matchAll(base64Run)].some(
    ([run]) => /[A-Z]/.test(run) && /[a-z]/.test(run) && /[0-9]/.test(run),
  );
}

/** What each credential looks like, in words for the message, and how to spot it (a RegExp or a test). */
const detectors: readonly [name: string, spot: { test(text: string): boolean }][] = [
  ['an AWS access key ID', /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/],
  ['an AWS secret access key', { test: hasSecretAccessKey }],
  ['an MWS Auth Token', /amzn\.mws\./i],
  ['a Login with Amazon client secret', /amzn1\.oa2-cs\./i],
  ['a Login with Amazon refresh token', /Atzr\|/],
  ['a password', /\b(?:password|passwd|pwd)\b\s*(?:is\b|[:=])\s*\S/i],
];

/**
 * What the first credential-like thing in `text` looks like, in words ("an AWS access key
 * ID"), or undefined when the text looks safe to share.
 */
export function findSecret(text: string): string | undefined {
  return detectors.find(([, spot]) => spot.test(text))?.[0];
}
