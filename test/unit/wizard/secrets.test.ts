import { describe, expect, test } from 'vitest';
import { findSecret } from '../../../src/wizard/secrets';

describe('credentials are found', () => {
  test.each([
    ['aws-access-key-id', 'my key is AKIAIOSFODNN7EXAMPLE ok'],
    ['aws-access-key-id', 'ASIAY34FZKBOKMUTVV7A'],
    ['aws-secret-access-key', 'secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY here'],
    ['aws-secret-access-key', 'wJalrXUtnFEMI+K7MDENG+bPxRfiCYEXAMPLEKEY'],
    ['mws-auth-token', 'token amzn.mws.4ea38b7b-f563-7709-4bae-87aeaEXAMPLE'],
    ['mws-auth-token', 'AMZN.MWS.'],
    ['lwa-client-secret', 'amzn1.oa2-cs.v1.0123456789abcdef'],
    ['lwa-refresh-token', 'Atzr|IwEBIA-example'],
    ['password', 'password: hunter2'],
    ['password', 'Password=hunter2'],
    ['password', 'and my password is Tr0ub4dor&3'],
    ['password', 'PWD : x'],
  ])('%s in "%s"', (kind, text) => {
    expect(findSecret(text)).toEqual({ kind, message: expect.stringContaining('Remove it') });
  });

  test('the message names what it looks like', () => {
    expect(findSecret('password: x')?.message).toBe(
      'This looks like it contains a password. Remove it: never put keys, tokens or passwords in a support case or a message. Amazon does not need them to help you.',
    );
  });
});

describe('ordinary text is left alone', () => {
  test.each([
    'I do not know my selling account ID or email. My Amazon MWS Developer ID is 1234-5678-9012. Please assist.',
    'I reset my password yesterday but still cannot sign in.',
    'The password field',
    'da39a3ee5e6b4b0d3255bfef95601890afd80709', // a SHA-1, lower-case hex
    'https://github.com/amzn/selling-partner-api-docs/blob/main/guides/roles/Roles-in-the-Selling-Partner-API.md',
    'AKIA is how access keys start',
    'amzn1.sp.solution.0123 is an application id',
    '',
  ])('"%s"', (text) => {
    expect(findSecret(text)).toBeUndefined();
  });
});
