/**
 * The secret guard: finds text that looks like a credential so it never reaches a support
 * case or a message to a partner. It must not cry wolf on what people really write: long
 * words, Developer IDs, order IDs, web addresses, commit hashes.
 */

/** A run of 40 or more base64 characters: an AWS secret access key is 40 of them. */
const base64Run = /(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40,}/g;

/** Letters in word-like pieces ("Catalog", "items"): most of a web address, hardly any of a key. */
function wordShare(run: string): number {
  const inWords = [...run.matchAll(/[A-Z]?[a-z]{3,}/g)].reduce((n, [word]) => n + word.length, 0);
  return inWords / run.length;
}

/**
 * A run with upper case, lower case and digits that is not mostly words: in 40 random base64
 * characters words cover about a tenth (more than 60% in fewer than 1 key in 1,000), in a web
 * address or a long word with a number nearly all of it.
 */
function hasSecretAccessKey(text: string): boolean {
  return [...text.matchAll(base64Run)].some(
    ([run]) => /[A-Z]/.test(run) && /[a-z]/.test(run) && /[0-9]/.test(run) && wordShare(run) < 0.6,
  );
}

const passwordWord = String.raw`\b(?:password|passwd|pwd)\b`;

/** "password: x", "password = x", "password is x". */
const passwordGiven = new RegExp(String.raw`${passwordWord}\s*(?:is\b|[:=])\s*\S`, 'i');

/**
 * "my password hunter2": the word followed by something no word looks like, six characters or
 * more with a digit or a symbol other than a hyphen or an apostrophe ("my password reset",
 * "password 3 times" and "password (twice)" are left alone).
 */
const passwordFollowed = new RegExp(String.raw`${passwordWord}\s+\(?([^\s()]{6,})`, 'gi');

function hasPassword(text: string): boolean {
  if (passwordGiven.test(text)) return true;
  return [...text.matchAll(passwordFollowed)].some(([, value = '']) => {
    const token = value.replace(/[.,;:!?"']+$/, '');
    return token.length >= 6 && /[0-9]|[^\p{L}\p{N}'-]/u.test(token);
  });
}

/** What each credential looks like, in words for the message, and how to spot it (a RegExp or a test). */
const detectors: readonly [name: string, spot: { test(text: string): boolean }][] = [
  ['an AWS access key ID', /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/i],
  ['an AWS secret access key', { test: hasSecretAccessKey }],
  ['an MWS Auth Token', /amzn\.mws\./i],
  ['a Login with Amazon client secret', /amzn1\.oa2-cs\./i],
  ['a Login with Amazon refresh token', /Atzr\|/],
  ['a password', { test: hasPassword }],
];

/**
 * What the first credential-like thing in `text` looks like, in words ("an AWS access key
 * ID"), or undefined when the text looks safe to share.
 */
export function findSecret(text: string): string | undefined {
  return detectors.find(([, spot]) => spot.test(text))?.[0];
}
