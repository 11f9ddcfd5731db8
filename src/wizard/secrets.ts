/**
 * The secret guard: finds text that looks like a credential so it never reaches a support
 * case or a message to a partner.
 */

export type SecretKind =
  | 'aws-access-key-id'
  | 'aws-secret-access-key'
  | 'mws-auth-token'
  | 'lwa-client-secret'
  | 'lwa-refresh-token'
  | 'password';

interface Detector {
  kind: SecretKind;
  /** What it looks like, in words, for the message. */
  name: string;
  test: (text: string) => boolean;
}

const base64Run = /(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])/g;

/** 40 base64 characters in a row with upper case, lower case and a digit: an AWS secret access key. */
function hasSecretAccessKey(text: string): boolean {
  return [...text.matchAll(base64Run)].some(
    ([run]) => /[A-Z]/.test(run) && /[a-z]/.test(run) && /[0-9]/.test(run),
  );
}

const detectors: readonly Detector[] = [
  {
    kind: 'aws-access-key-id',
    name: 'an AWS access key ID',
    test: (t) => /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/.test(t),
  },
  { kind: 'aws-secret-access-key', name: 'an AWS secret access key', test: hasSecretAccessKey },
  { kind: 'mws-auth-token', name: 'an MWS Auth Token', test: (t) => /amzn\.mws\./i.test(t) },
  {
    kind: 'lwa-client-secret',
    name: 'a Login with Amazon client secret',
    test: (t) => /amzn1\.oa2-cs\./i.test(t),
  },
  {
    kind: 'lwa-refresh-token',
    name: 'a Login with Amazon refresh token',
    test: (t) => /Atzr\|/.test(t),
  },
  {
    kind: 'password',
    name: 'a password',
    test: (t) => /\b(?:password|passwd|pwd)\b\s*(?:is\b|[:=])\s*\S/i.test(t),
  },
];

export interface SecretFinding {
  kind: SecretKind;
  /** A sentence for the person: what was found and how to fix it. */
  message: string;
}

/** The first credential-like thing in `text`, or undefined when it looks safe to share. */
export function findSecret(text: string): SecretFinding | undefined {
  const found = detectors.find((d) => d.test(text));
  if (!found) return undefined;
  return {
    kind: found.kind,
    message: `This looks like it contains ${found.name}. Remove it: never put keys, tokens or passwords in a support case or a message. Amazon does not need them to help you.`,
  };
}
