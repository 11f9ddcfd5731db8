import { describe, expect, test } from 'vitest';
import { compileField } from '../../../src/wizard/authoring/compile.ts';
import { parseField } from '../../../src/wizard/runtime/fields.ts';
import { fieldSchema } from '../../../src/wizard/authoring/schema/fields.ts';
import { findSecret } from '../../../src/wizard/runtime/secrets.ts';

describe('credentials are found', () => {
  test.each([
    ['an AWS access key ID', 'my key is AKIAIOSFODNN7EXAMPLE ok'],
    ['an AWS access key ID', 'ASIAY34FZKBOKMUTVV7A'],
    ['an AWS secret access key', 'secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY here'],
    ['an AWS secret access key', 'wJalrXUtnFEMI+K7MDENG+bPxRfiCYEXAMPLEKEY'],
    ['an MWS Auth Token', 'token amzn.mws.4ea38b7b-f563-7709-4bae-87aeaEXAMPLE'],
    ['an MWS Auth Token', 'AMZN.MWS.'],
    ['a Login with Amazon client secret', 'amzn1.oa2-cs.v1.0123456789abcdef'],
    ['a Login with Amazon refresh token', 'Atzr|IwEBIA-example'],
    ['a password', 'password: hunter2'],
    ['a password', 'Password=hunter2'],
    ['a password', 'and my password is Tr0ub4dor&3'],
    ['a password', 'PWD : x'],
    // Issue 14: case, length and the colon no longer let a credential through.
    ['an AWS access key ID', 'akiaiosfodnn7example'],
    ['an AWS access key ID', 'my key: asiay34fzkbokmutvv7a.'],
    ['an AWS secret access key', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEYx'],
    ['an AWS secret access key', `x ${'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'.repeat(3)}`],
    ['a password', 'my password hunter2'],
    ['a password', 'My Password Tr0ub4dor&3 please'],
    ['a password', 'password 123456'],
    ['a password', 'pwd (hunter2)'],
    ['a password', 'password: x'],
  ])('%s in "%s"', (name, text) => {
    expect(findSecret(text)).toBe(name);
  });

  test('the message a field shows names what it looks like', () => {
    const note = compileField(fieldSchema.parse({ id: 'note', kind: 'long-text' }), 'Note');
    expect(parseField(note, 'password: x')).toEqual({
      ok: false,
      error: {
        fieldId: 'note',
        inputId: 'note',
        message:
          'This looks like it contains a password. Remove it: never put keys, tokens or passwords in a support case or a message. Amazon does not need them to help you.',
      },
    });
  });
});

describe('ordinary text is left alone', () => {
  test.each([
    'I do not know my selling account ID or email. My Amazon MWS Developer ID is 1234-5678-9012. Please assist.',
    'I reset my password yesterday but still cannot sign in.',
    'My password is not accepted and the password is correct, I checked it twice.',
    'The password field',
    'da39a3ee5e6b4b0d3255bfef95601890afd80709', // a SHA-1, lower-case hex
    'https://github.com/amzn/selling-partner-api-docs/blob/main/guides/roles/Roles-in-the-Selling-Partner-API.md',
    'AKIA is how access keys start',
    'Pneumonoultramicroscopicsilicovolcanoconiosis and Supercalifragilisticexpialidocious',
    'Antidisestablishmentarianism1234567890abcdefgh', // a long word with a number
    'Developer ID 123456789012, Seller ID A2EUQ1WTGCTBG2, order 112-1234567-1234567',
    'https://sellercentral.amazon.com/apps/authorize/consent?application_id=amzn1.sellerapps.app.0bf296b5-36a6-4942-a13e',
    'See github.com/withastro/starlight/blob/main/README2 and CHANGELOG',
    'https://example.com/Products/CatalogItems/GetCatalogItem2022/ListingsItems/PutListingsItem',
    'I forgot my password and reset my password yesterday, then typed the password 3 times.',
    'The password (twice) did not work; the password e-mail never came; password-protected',
    'my password hunter', // a word, not a password: nothing tells it apart
    'AcmeInventorySyncProfessionalEditionV2',
    'amzn1.sp.solution.0123 is an application id',
    '',
  ])('"%s"', (text) => {
    expect(findSecret(text)).toBeUndefined();
  });
});
