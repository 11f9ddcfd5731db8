/**
 * Checks the FAQ content in content/faq/ against the source FAQ (the Amazon MWS FAQ text):
 * the right 26 questions in the right places, valid frontmatter, and the exact facts,
 * labels and phrases a reader relies on.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { faqSchema } from '../../src/faq/schema.ts';

const faqDir = fileURLToPath(new URL('../../content/faq/', import.meta.url));

/** Every question slug, per category, in the order of the source FAQ. */
const expectedSlugs = {
  'developer-profile': [
    'what-is-the-developer-profile',
    'after-submitting-developer-profile',
    'save-developer-profile-draft',
    'multiple-developer-ids',
    'choosing-developer-profile-roles',
    'access-support-case-log',
    'edit-developer-profile',
    'data-protection-policy-help',
    'cannot-sign-in-to-seller-central',
    'how-access-level-was-decided',
    'why-access-was-denied',
    'change-access-level',
    'appeal-access-denial',
    'adjust-application-for-access-change',
    'extension-for-access-change',
    'multiple-seller-accounts',
  ],
  general: [
    'what-is-amazon-mws',
    'cost-of-amazon-mws',
    'get-help-with-amazon-mws',
    'register-for-amazon-mws',
    'developing-applications-for-sellers',
    'find-identifiers-and-credentials',
    'authorize-a-developer',
    'revoke-developer-authorization',
    'mws-sunset-policy',
  ],
  products: ['buy-box-used-products-outside-north-america'],
} as const;

type CategoryId = keyof typeof expectedSlugs;
type Slug = (typeof expectedSlugs)[CategoryId][number];

const allSlugs: readonly Slug[] = Object.values(expectedSlugs).flat();

const wizardIds = [
  'register-developer-profile',
  'authorize-developer',
  'revoke-developer',
  'find-credentials',
  'recover-sign-in',
  'appeal-request',
  'extension-request',
  'prepare-access-change',
  'update-profile-under-review',
  'ask-mws-help',
];

const ROLES_GUIDE =
  'https://github.com/amzn/selling-partner-api-docs/blob/main/guides/roles/Roles-in-the-Selling-Partner-API.md';
const CONTACT_US = 'https://sellercentral.amazon.com/cu/help/contact-us';
const allowedExternalLinks = new Set([ROLES_GUIDE, CONTACT_US]);

const SUPPORT_CASE_SENTENCE =
  'I do not know my selling account ID or email. My Amazon MWS Developer ID is xxx. Please assist.';
const FIVE_DAYS = 'at least five business days prior to your adjustment date';
const FORMER_NAME = 'Developer Registration and Assessment form';

interface Facts {
  /** Exact text (from the source FAQ) that the body must contain. */
  phrases: readonly string[];
  /** Labels or steps that must appear in this order in the body (the source's step order). */
  inOrder?: readonly string[];
  /** Text that must not appear in the body. */
  absent?: readonly string[];
  /** The wizards that carry out the question's procedure, exactly. */
  wizards: readonly string[];
}

/** What each answer must say, taken from the source FAQ. */
const facts: Record<Slug, Facts> = {
  'what-is-the-developer-profile': {
    phrases: [
      'organization',
      'applications',
      'Amazon Selling Partner API Acceptable Use Policy',
      'Data Protection Policy',
      'level of access that you require and qualify for',
      'additional data access',
      `formerly called the ${FORMER_NAME}`,
    ],
    absent: ['Profile..'],
    wizards: ['register-developer-profile'],
  },
  'after-submitting-developer-profile': {
    phrases: ['a support case is automatically created', 'next steps, if any'],
    wizards: [],
  },
  'save-developer-profile-draft': {
    phrases: [
      'for the first time',
      'save a draft',
      'modifying an existing Developer Profile',
      'only after you have submitted',
    ],
    wizards: ['register-developer-profile'],
  },
  'multiple-developer-ids': {
    phrases: [
      '**If you are currently a developer, please provide your developer ID(s)**',
      'multiple developer IDs that support the same application',
      'with commas',
    ],
    wizards: ['register-developer-profile'],
  },
  'choosing-developer-profile-roles': {
    phrases: [`(${ROLES_GUIDE})`, 'principle of least privilege', 'explicitly select'],
    wizards: ['register-developer-profile'],
  },
  'access-support-case-log': {
    phrases: ['Amazon MWS Access Keys', 'primary account holder'],
    inOrder: [
      'Seller Central account that is associated with your Amazon MWS Access Keys',
      'Seller Central gateway page',
      '**Manage Your Case Log**',
      '**View your case log**',
    ],
    wizards: ['appeal-request', 'extension-request', 'update-profile-under-review'],
  },
  'edit-developer-profile': {
    phrases: [
      'under Amazon review',
      'view your submission',
      'support case log',
      'security controls',
      'use case',
      'data access needs',
      'review is complete',
    ],
    wizards: ['update-profile-under-review'],
  },
  'data-protection-policy-help': {
    phrases: ['AWS Partner Network', 'Data Protection Policy'],
    wizards: [],
  },
  'cannot-sign-in-to-seller-central': {
    phrases: [
      `(${CONTACT_US})`,
      SUPPORT_CASE_SENTENCE,
      'replacing xxx with your own Amazon MWS Developer ID',
    ],
    inOrder: [
      '**Seller Central sign in help**',
      '**Seller Central Technical Support Page**',
      '**Topic**',
      '**Other question or request**',
      '**Business Name**',
      'name associated with your developer account',
      '**Primary E-mail recipient**',
      'your email address',
      '**Question or Comment**',
      SUPPORT_CASE_SENTENCE,
      '**Send message**',
    ],
    wizards: ['recover-sign-in'],
  },
  'how-access-level-was-decided': {
    phrases: [
      'not limited to',
      'application functionality',
      'Acceptable Use Policy',
      'Data Protection Policy',
      'protect customers',
      'simplify your data protection obligations',
    ],
    wizards: ['appeal-request'],
  },
  'why-access-was-denied': {
    phrases: [
      'not limited to',
      'application functionality',
      'Acceptable Use Policy',
      'Data Protection Policy',
      'cannot provide detailed information',
      'prioritizes data security',
    ],
    wizards: ['appeal-request'],
  },
  'change-access-level': {
    phrases: ['additional or fewer roles', 'under Amazon review'],
    inOrder: [
      'Go to the Developer Profile',
      'Check or uncheck the roles',
      'Complete the appropriate questions',
      'Submit your Developer Profile for Amazon review',
    ],
    wizards: ['update-profile-under-review', 'register-developer-profile'],
  },
  'appeal-access-denial': {
    phrases: [
      'case-by-case basis',
      'misunderstood your Developer Profile inputs',
      'materially impact the application functionality',
      'Acceptable Use Policy',
      FIVE_DAYS,
      '"Appeal Request"',
      'Clearly state the reason for your request',
      'detailed description of the application functionality',
      'access denial or removal',
      '../access-support-case-log/',
    ],
    wizards: ['appeal-request'],
  },
  'adjust-application-for-access-change': {
    phrases: [
      'document attached to your Developer Profile support case',
      'updates to Amazon MWS responses',
      'null values',
      'lookup values',
      '"Building robust Amazon MWS applications" topic in the Amazon MWS Developer Guide',
      FIVE_DAYS,
      '"Extension Request"',
      '"Appeal Request"',
    ],
    wizards: ['prepare-access-change', 'extension-request', 'appeal-request'],
  },
  'extension-for-access-change': {
    phrases: [
      'case-by-case basis',
      'handle updates to MWS responses',
      FIVE_DAYS,
      '"Extension Request"',
      'reason for your extension request',
      'work that you intend to complete during the extension period',
      `${FORMER_NAME} support case`,
    ],
    wizards: ['extension-request'],
  },
  'multiple-seller-accounts': {
    phrases: [
      'one Developer Profile per organization',
      'best practice to select a single seller account',
      'Selling Partner API applications are global',
      'region-specific seller account',
      'Unlike Amazon MWS credentials',
    ],
    absent: ['I have been notified', 'prevent breakage', 'service interruptions'],
    wizards: ['register-developer-profile'],
  },
  'what-is-amazon-mws': {
    phrases: [
      'Amazon Marketplace Web Service (Amazon MWS)',
      'listings, orders, payments, reports',
      'XML',
      'increase selling efficiency',
      'reduce labor requirements',
      'improve response time to customers',
      'March 31, 2024',
      'Selling Partner API (SP-API)',
      'Migration Hub',
    ],
    wizards: [],
  },
  'cost-of-amazon-mws': {
    phrases: ['no fees', 'Professional selling plan', 'Selling plans in the Seller Central Help'],
    wizards: [],
  },
  'get-help-with-amazon-mws': {
    phrases: ['already been resolved'],
    inOrder: [
      'documentation provided for each API section',
      'Marketplace Web Service (Amazon MWS) Questions forum',
      'new forum thread',
      'Contact Amazon MWS form',
    ],
    wizards: ['ask-mws-help'],
  },
  'register-for-amazon-mws': {
    phrases: [
      `formerly called the Amazon MWS ${FORMER_NAME}`,
      'support case log and next steps',
      '../what-is-the-developer-profile/',
    ],
    inOrder: [
      '**User Permissions**',
      'primary account holder',
      '**Amazon MWS Developer Access Keys**',
      '**Visit Developer Credentials**',
      '**Developer Central**',
      '**Are you a software developer building applications using MWS?**',
      '**apply for access here**',
    ],
    wizards: ['register-developer-profile'],
  },
  'developing-applications-for-sellers': {
    phrases: [
      'Only the owner of an Amazon selling account',
      'developer credentials',
      'Seller ID',
      'on their behalf',
    ],
    inOrder: [
      'Register for Amazon MWS',
      'Give your Developer ID to the seller',
      'The seller authorizes you',
      '**Manage your apps**',
      'primary account holder',
      '**Authorize new developer**',
      'authorization workflow',
    ],
    wizards: ['register-developer-profile', 'authorize-developer'],
  },
  'find-identifiers-and-credentials': {
    phrases: ['The **Developer Central** page appears.'],
    inOrder: [
      '**User Permissions**',
      'as the account holder',
      '**Amazon MWS Developer Access Keys**',
      '**Visit Developer Credentials**',
      '**MWS credentials**',
      '**view**',
    ],
    // The source says "account holder" here, not "primary account holder".
    absent: ['primary account holder'],
    wizards: ['find-credentials'],
  },
  'authorize-a-developer': {
    phrases: ['Developer ID'],
    inOrder: [
      '**Manage your apps**',
      'primary account holder',
      '**Authorize new developer**',
      'authorization workflow',
    ],
    wizards: ['authorize-developer'],
  },
  'revoke-developer-authorization': {
    phrases: ['application that you want to revoke access for'],
    inOrder: ['**Manage your apps**', 'primary account holder', '**Disable**'],
    wizards: ['revoke-developer'],
  },
  'mws-sunset-policy': {
    phrases: [
      'sunset date',
      'previous version',
      'Marketplace Web Service (Amazon MWS) Questions forum',
      'relevant API section page on the Amazon MWS portal',
      'March 31, 2024',
      'Selling Partner API (SP-API)',
      'Migration Hub',
    ],
    wizards: [],
  },
  'buy-box-used-products-outside-north-america': {
    phrases: [
      'known problem with the Products service',
      'no estimate',
      'no workaround',
      'Buy Box',
      'used products outside of North America',
    ],
    wizards: [],
  },
};

interface FaqFile {
  /** Path relative to content/faq, with forward slashes. */
  path: string;
  folder: string;
  slug: string;
  data: unknown;
  body: string;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((entry) => statSync(join(dir, entry)).isFile())
    .map((entry) => entry.split(sep).join('/'))
    .sort();
}

function splitFrontmatter(text: string): { frontmatter: string; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error('no YAML frontmatter between --- lines at the top of the file');
  return { frontmatter: match[1] ?? '', body: match[2] ?? '' };
}

function readFaq(): FaqFile[] {
  return listFiles(faqDir).map((path) => {
    const [folder = '', name = ''] = path.split('/');
    const { frontmatter, body } = splitFrontmatter(readFileSync(join(faqDir, path), 'utf8'));
    return { path, folder, slug: name.replace(/\.mdx$/, ''), data: parseYaml(frontmatter), body };
  });
}

/** Phrases from the list that the text does not contain. */
function missingPhrases(text: string, phrases: readonly string[]): string[] {
  return phrases.filter((phrase) => !text.includes(phrase));
}

/** The first phrase that is missing or out of order, or undefined when all appear in order. */
function firstOutOfOrder(text: string, phrases: readonly string[]): string | undefined {
  let from = 0;
  for (const phrase of phrases) {
    const at = text.indexOf(phrase, from);
    if (at === -1) return phrase;
    from = at + phrase.length;
  }
  return undefined;
}

/** Sentences that name the old form without saying it is a former name. */
function unexplainedFormerName(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => sentence.toLowerCase().includes(FORMER_NAME.toLowerCase()))
    .filter((sentence) => !/\b(formerly|former name|used to be called)\b/i.test(sentence));
}

/** Markdown links in the text: their visible text and target. */
function links(text: string): { label: string; target: string }[] {
  return [...text.matchAll(/\[([^\]]*)\]\(([^)\s]+)\)/g)].map((m) => ({
    label: m[1] ?? '',
    target: m[2] ?? '',
  }));
}

const files = readFaq();
const bySlug = new Map(files.map((f) => [f.slug, f]));
const parsed = new Map(
  files.map((f) => {
    const result = faqSchema.safeParse(f.data);
    return [f.slug, result] as const;
  }),
);

function dataOf(slug: string) {
  const result = parsed.get(slug);
  if (!result?.success) throw new Error(`${slug}: frontmatter does not parse`);
  return result.data;
}

describe('FAQ files', () => {
  it('are exactly the 26 expected .mdx files, 16/9/1 per category', () => {
    const expected = Object.entries(expectedSlugs)
      .flatMap(([category, slugs]) => slugs.map((slug) => `${category}/${slug}.mdx`))
      .sort();
    expect(files.map((f) => f.path)).toEqual(expected);
    expect(expected).toHaveLength(26);
    expect(files.filter((f) => f.folder === 'developer-profile')).toHaveLength(16);
    expect(files.filter((f) => f.folder === 'general')).toHaveLength(9);
    expect(files.filter((f) => f.folder === 'products')).toHaveLength(1);
  });

  it('have orders 1..n with no gaps, following the source order', () => {
    for (const [category, slugs] of Object.entries(expectedSlugs)) {
      const orders = slugs.map((slug) => dataOf(slug).order);
      expect(orders, category).toEqual(slugs.map((_, i) => i + 1));
    }
  });

  it('the table of facts covers every slug', () => {
    expect(Object.keys(facts).sort()).toEqual([...allSlugs].sort());
  });
});

describe.each(files.map((f) => [f.path, f] as const))('%s', (_path, file) => {
  const slug = file.slug as Slug;
  const { body } = file;

  it('frontmatter parses against the schema', () => {
    const result = parsed.get(slug);
    expect(result?.success ? [] : result?.error.issues).toEqual([]);
  });

  it('frontmatter matches its folder, points at real questions and known wizards', () => {
    const data = dataOf(slug);
    expect(data.category).toBe(file.folder);
    expect(data.reviewed).toBe('2026-11-28');
    expect(data.related.length).toBeGreaterThanOrEqual(2);
    expect(data.related.length).toBeLessThanOrEqual(4);
    expect(new Set(data.related).size).toBe(data.related.length);
    for (const related of data.related) {
      expect(related, 'related must not point at itself').not.toBe(slug);
      expect(allSlugs, `related "${related}" must be a question slug`).toContain(related);
    }
    for (const wizard of data.wizards) expect(wizardIds).toContain(wizard);
    expect([...data.wizards].sort()).toEqual([...facts[slug].wizards].sort());
  });

  it('has a clean question, a one-sentence summary and varied aliases', () => {
    const data = dataOf(slug);
    expect(data.question).toMatch(/\?$/);
    expect(data.question, 'no glued questions').not.toMatch(/\?\S/);
    expect(data.summary).toMatch(/[.]$/);
    expect(data.summary, 'summary must be one sentence').not.toMatch(/[.!?]\s/);
    expect(data.aliases.length).toBeGreaterThanOrEqual(4);
    // Up to 16: status, obligation, retirement, keyword and agency phrasings (issue 11).
    expect(data.aliases.length).toBeLessThanOrEqual(16);
    const lower = data.aliases.map((a) => a.toLowerCase());
    expect(new Set(lower).size, 'aliases must differ').toBe(lower.length);
    expect(lower).not.toContain(data.question.toLowerCase().replace(/\?$/, ''));
  });

  it('contains the exact facts from the source FAQ', () => {
    const { phrases, inOrder = [], absent = [] } = facts[slug];
    expect(missingPhrases(body, phrases)).toEqual([]);
    expect(firstOutOfOrder(body, inOrder), 'steps and labels in source order').toBeUndefined();
    for (const text of absent) expect(body).not.toContain(text);
  });

  it('names the old form only as an explained former name', () => {
    expect(unexplainedFormerName(body)).toEqual([]);
  });

  it('is plain Markdown: no h1, imports, JSX, HTML, braces or comments', () => {
    expect(body).not.toMatch(/^#\s/m);
    expect(body).not.toMatch(/^#{4,}\s/m);
    expect(body).not.toMatch(/^(import|export)\s/m);
    expect(body).not.toMatch(/<[A-Za-z!/]/);
    expect(body).not.toMatch(/[{}]/);
    expect(body).not.toMatch(/[A-Za-z]\.\.(?!\/)/);
  });

  it('links only to other questions (relatively) or the two allowed Amazon/GitHub pages', () => {
    for (const { label, target } of links(body)) {
      if (allowedExternalLinks.has(target)) continue;
      const match = /^\.\.\/([a-z0-9-]+)\/$/.exec(target);
      expect(match, `link "${target}" must be ../<slug>/ or an allowed URL`).not.toBeNull();
      const linked = match?.[1] ?? '';
      expect(allSlugs, `link "${target}" must name a question`).toContain(linked);
      expect(linked, 'a question must not link to itself').not.toBe(slug);
      // A link worded as a question must quote that question exactly.
      if (label.endsWith('?')) expect(label).toBe(dataOf(linked).question);
    }
    const bareUrls = body.match(/https?:\/\/[^\s)]+/g) ?? [];
    for (const url of bareUrls) expect(allowedExternalLinks).toContain(url);
  });
});

describe('special cases from the seed', () => {
  it('the multiple-seller-accounts question is the real question, without question 14 glued on', () => {
    const data = dataOf('multiple-seller-accounts');
    expect(data.question).toBe(
      'If I have multiple seller accounts with MWS access, do I need to complete a Developer Profile on each one to get access to Selling Partner API?',
    );
    const file = bySlug.get('multiple-seller-accounts');
    expect(`${data.summary}\n${file?.body}`).not.toMatch(/adjust my application|prevent breakage/i);
  });

  it('no file presents the Developer Registration and Assessment form as the current name', () => {
    const offenders = files.flatMap((f) =>
      unexplainedFormerName(f.body).map((s) => `${f.path}: ${s}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the checks themselves catch a broken phrase, wrong order and an unexplained old name', () => {
    expect(missingPhrases('ask for an "Appeal Requests"', [FIVE_DAYS, '"Appeal Request"'])).toEqual(
      [FIVE_DAYS, '"Appeal Request"'],
    );
    expect(
      firstOutOfOrder('click **Send message**, then **Business Name**', [
        '**Business Name**',
        '**Send message**',
      ]),
    ).toBe('**Send message**');
    expect(
      unexplainedFormerName(
        `Fill in the ${FORMER_NAME}. It was formerly called the ${FORMER_NAME}.`,
      ),
    ).toEqual([`Fill in the ${FORMER_NAME}.`]);
  });
});
