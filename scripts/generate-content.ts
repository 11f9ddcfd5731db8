/**
 * Synthetic help-center content for the scale benchmark (`npm run bench`).
 *
 *   node scripts/generate-content.ts --count 1000 --out bench/tmp/content-1000 [--seed 1]
 *
 * Writes `<out>/faq/<category>/<slug>.mdx` and `<out>/wizards/<id>.yaml`: a content folder the
 * site builds from when HELP_CONTENT_DIR points at it. The real content/ folder is only read
 * (for its wizards and its question slugs), never written.
 *
 * - Questions: realistic wording about developer access, answers of varied length (short:
 *   a paragraph or two; medium: a section with numbered steps; long: several h2 sections with
 *   h3 subsections, steps, lists and links to other questions), 1–6 aliases, 0–4 related
 *   questions that exist, wizard ids of wizards that exist, unique order per category.
 * - Wizards: the real content/wizards/*.yaml that pass the wizard checks, copied byte for byte;
 *   every question a wizard links to is generated with that slug, so cross-checks pass.
 * - The real question slugs (and categories) are reused for the first questions, so the home
 *   page's task links resolve as on the real site.
 * - Deterministic: the same seed, count and inputs give the same bytes.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { categoryIds } from '../src/faq/categories.ts';
import {
  crossCheckWizards,
  validateWizard,
  WizardContentError,
  type WizardFile,
} from '../src/wizard/authoring/validate/index.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

type CategoryId = (typeof categoryIds)[number];
type Length = 'short' | 'medium' | 'long';

export interface GenerateOptions {
  /** How many questions. */
  count: number;
  /** The PRNG seed; the same seed gives the same content. Default 1. */
  seed?: number;
  /** Wizard files to copy (those that pass the wizard checks). Default: the real content/wizards. */
  wizardsFrom?: string;
  /** A content/faq folder whose slugs and categories the first questions reuse; null for none. Default: the real content/faq. */
  slugsFrom?: string | null;
}

export interface GeneratedQuestion {
  slug: string;
  category: CategoryId;
  order: number;
  length: Length;
  /** Path inside the content folder: faq/<category>/<slug>.mdx. */
  path: string;
  /** The whole file: frontmatter and MDX body. */
  text: string;
  related: string[];
  wizards: string[];
}

export interface GeneratedWizard {
  id: string;
  /** Path inside the content folder: wizards/<id>.yaml. */
  path: string;
  text: string;
  /** Question slugs the wizard links to (its `faq` list and its steps' `faq`). */
  faq: string[];
}

export interface GeneratedContent {
  questions: GeneratedQuestion[];
  wizards: GeneratedWizard[];
  /** Wizard files left out because they fail the wizard checks, with the reason. */
  skippedWizards: { file: string; problems: string[] }[];
}

// ---------------------------------------------------------------------------------------
// Seeded PRNG (sfc32, seeded through splitmix32): fast, and the same on every platform.

export type Random = () => number;

export function createRandom(seed: number): Random {
  let s = seed >>> 0;
  const split = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();
  return () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
}

const int = (random: Random, min: number, max: number) =>
  min + Math.floor(random() * (max - min + 1));
const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)];
const chance = (random: Random, p: number) => random() < p;
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

// ---------------------------------------------------------------------------------------
// Vocabulary: the words of the real FAQ, so search behaves as on the real site.

const things = [
  {
    noun: 'Developer Profile',
    verbs: ['submit', 'edit', 'update', 'save a draft of', 'resubmit', 'review'],
  },
  { noun: 'Developer ID', verbs: ['find', 'use', 'share', 'recover', 'change'] },
  { noun: 'MWS Auth Token', verbs: ['find', 'renew', 'revoke', 'rotate', 'use'] },
  { noun: 'Seller Central account', verbs: ['sign in to', 'recover', 'link', 'verify', 'secure'] },
  {
    noun: 'selling account',
    verbs: ['authorize a developer for', 'connect an app to', 'remove a developer from', 'link'],
  },
  { noun: 'support case', verbs: ['open', 'follow up on', 'reopen', 'find', 'escalate'] },
  { noun: 'access level', verbs: ['change', 'check', 'appeal', 'understand', 'keep'] },
  { noun: 'restricted role', verbs: ['request', 'justify', 'keep', 'remove', 'add'] },
  { noun: 'Pricing role', verbs: ['request', 'add', 'keep', 'lose'] },
  { noun: 'Tax Invoicing role', verbs: ['request', 'justify', 'add', 'remove'] },
  { noun: 'Buyer Communication role', verbs: ['request', 'add', 'remove', 'keep'] },
  { noun: 'Inventory and Order Tracking role', verbs: ['request', 'add', 'use'] },
  { noun: 'Product Listing role', verbs: ['request', 'add', 'use'] },
  {
    noun: 'data protection policy',
    verbs: ['meet', 'answer questions about', 'review', 'comply with'],
  },
  { noun: 'security controls', verbs: ['describe', 'update', 'prove', 'document'] },
  { noun: 'application', verbs: ['register', 'adjust', 'publish', 'migrate', 'retire'] },
  { noun: 'developer registration', verbs: ['complete', 'start', 'cancel', 'fix'] },
  { noun: 'AWS access key', verbs: ['find', 'rotate', 'replace', 'protect'] },
  { noun: 'LWA client secret', verbs: ['rotate', 'find', 'replace', 'protect'] },
  { noun: 'refresh token', verbs: ['get', 'renew', 'revoke', 'store'] },
  { noun: 'Seller ID', verbs: ['find', 'share', 'use', 'check'] },
  { noun: 'marketplace', verbs: ['add', 'switch', 'sell in', 'register for'] },
  { noun: 'throttling limit', verbs: ['raise', 'understand', 'avoid', 'check'] },
  { noun: 'order report', verbs: ['request', 'download', 'schedule', 'read'] },
  { noun: 'inventory feed', verbs: ['submit', 'fix', 'check', 'cancel'] },
  { noun: 'Products API section', verbs: ['call', 'use', 'migrate from', 'test'] },
  { noun: 'Buy Box price', verbs: ['get', 'read', 'compare', 'track'] },
  { noun: 'notification subscription', verbs: ['create', 'delete', 'test', 'renew'] },
  { noun: 'appeal', verbs: ['write', 'send', 'follow up on', 'withdraw'] },
  { noun: 'extension request', verbs: ['send', 'justify', 'follow up on', 'time'] },
  { noun: 'user permissions', verbs: ['change', 'grant', 'check', 'remove'] },
  { noun: 'two-step verification', verbs: ['turn on', 'reset', 'recover', 'bypass'] },
  { noun: 'business address', verbs: ['update', 'verify', 'change'] },
  { noun: 'tax information', verbs: ['update', 'submit', 'verify'] },
] as const;

const contexts = [
  'in Europe',
  'in the Japan marketplace',
  'for a second marketplace',
  'after the profile was denied',
  'while the review is pending',
  'as a third-party developer',
  'for a private application',
  'for a public application',
  'before the deadline',
  'from Seller Central',
  'without the primary account holder',
  'for several seller accounts',
  'after a password change',
  'after the MWS sunset',
  'for Selling Partner API',
  'when Amazon asks for more information',
  'as a solution provider',
  'for a client',
];

const states = [
  'denied',
  'removed',
  'suspended',
  'under review',
  'expired',
  'not accepted',
  'missing',
  'locked',
  'rejected',
  'still pending',
];

const labels = [
  'Manage your apps',
  'Developer Central',
  'User Permissions',
  'Settings',
  'Account Info',
  'Save and exit',
  'Submit',
  'Edit',
  'Add new developer',
  'Authorize new developer',
  'View',
  'Contact us',
  'Case Log',
  'Developer Profile',
  'Request access',
  'Roles',
  'Revoke access',
  'Seller Central sign in help',
  'Apps and Services',
  'Develop Apps',
];

const errors = [
  'AccessDenied',
  'InvalidParameterValue',
  'QuotaExceeded',
  'Unauthorized',
  'InvalidInput',
  'RequestThrottled',
];
const marketplaces = [
  'A1F83G8C2ARO7P',
  'ATVPDKIKX0DER',
  'A1PA6795UKMFR9',
  'A13V1IB3VIYZZH',
  'A1VC38T7YXB528',
  'A2EUQ1WTGCTBG2',
];

const syllables = [
  'ka',
  'lo',
  'mi',
  'ren',
  'tor',
  'va',
  'zen',
  'qui',
  'bri',
  'dal',
  'fen',
  'gor',
  'hal',
  'jun',
  'pex',
  'sol',
  'tam',
  'ux',
  'wim',
  'yor',
];

/** A made-up product or tool name, one per index: a larger site uses more distinct words, as real ones do. */
function rareWord(index: number): string {
  let word = '';
  let n = index + syllables.length;
  while (n > 0) {
    word += syllables[n % syllables.length];
    n = Math.floor(n / syllables.length);
  }
  return capitalize(word);
}

/** A rare word, Zipf-like: a few names appear everywhere, most appear once or twice. */
const rare = (random: Random) => rareWord(Math.floor(Math.exp(random() * Math.log(50_000))) - 1);

// ---------------------------------------------------------------------------------------
// Questions

interface Topic {
  noun: string;
  verb: string;
  context: string;
  state: string;
  other: string;
}

function questionText(random: Random, t: Topic): string {
  const forms = [
    () => `How do I ${t.verb} my ${t.noun} ${t.context}?`,
    () => `Why can't I ${t.verb} my ${t.noun} ${t.context}?`,
    () => `What happens to my ${t.noun} when it is ${t.state}?`,
    () => `Can I ${t.verb} the ${t.noun} ${t.context}?`,
    () => `Where do I find the ${t.noun} I need to ${t.verb} my ${t.other}?`,
    () => `What should I do if my ${t.noun} is ${t.state} ${t.context}?`,
    () => `Do I need a new ${t.noun} to ${t.verb} my ${t.other}?`,
    () => `How long does it take to ${t.verb} my ${t.noun} ${t.context}?`,
  ];
  return pick(random, forms)();
}

const slugStop = new Set([
  'a',
  'an',
  'the',
  'my',
  'i',
  'to',
  'do',
  'it',
  'is',
  'of',
  'for',
  'in',
  'when',
  'if',
  'what',
  'how',
  'can',
  'need',
  'does',
  'from',
  'as',
]);

function slugOf(question: string): string {
  const words = question
    .toLowerCase()
    .replace(/can't/g, 'cannot')
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !slugStop.has(w));
  return words.slice(0, 7).join('-') || 'question';
}

function summaryText(random: Random, t: Topic): string {
  const forms = [
    () =>
      `${capitalize(t.verb)} your ${t.noun} from the ${pick(random, labels)} page in Seller Central, then check the result on the ${pick(random, labels)} page.`,
    () =>
      `Only the primary account holder can ${t.verb} the ${t.noun}; open ${pick(random, labels)} in Seller Central and follow the steps.`,
    () =>
      `Amazon reviews the ${t.noun} again; answer every question in the case and ${t.verb} it ${t.context}.`,
    () =>
      `When your ${t.noun} is ${t.state}, open a support case from ${pick(random, labels)} and give your Developer ID.`,
    () =>
      `Use ${pick(random, labels)} to ${t.verb} your ${t.noun}; it takes effect within two business days.`,
  ];
  for (;;) {
    const text = pick(random, forms)();
    if (text.length >= 40 && text.length <= 180) return text;
  }
}

function aliasesFor(random: Random, t: Topic): string[] {
  const forms = [
    () => `${t.verb} ${t.noun.toLowerCase()}`,
    () => `cant ${t.verb} ${t.noun.toLowerCase()}`,
    () => `${t.noun.toLowerCase()} ${t.state}`,
    () => `${t.noun.toLowerCase()} ${t.context}`,
    () => `help with ${t.noun.toLowerCase()}`,
    () => `${t.noun.toLowerCase()} not working`,
    () => `where is my ${t.noun.toLowerCase()}`,
    () => `${t.verb} ${t.other.toLowerCase()} ${t.context}`,
    () => `${pick(random, errors)} error when I ${t.verb} ${t.noun.toLowerCase()}`,
    () => `${rare(random).toLowerCase()} ${t.noun.toLowerCase()}`,
  ];
  const count = int(random, 1, 6);
  const aliases = new Set<string>();
  while (aliases.size < count) aliases.add(pick(random, forms)());
  return [...aliases];
}

// ---------------------------------------------------------------------------------------
// Answers (MDX): plain Markdown, nothing MDX would read as JSX or an expression.

interface Link {
  slug: string;
  question: string;
}

function sentence(random: Random, t: Topic): string {
  const forms = [
    () =>
      `Go to **${pick(random, labels)}** in Seller Central and sign in as the primary account holder.`,
    () =>
      `Amazon checks the ${t.noun} against the ${pick(random, ['Acceptable Use Policy', 'Data Protection Policy', 'Solution Provider Agreement'])} before it answers.`,
    () => `If your ${t.noun} is ${t.state}, you can still ${t.verb} your ${t.other} ${t.context}.`,
    () => `Keep your Developer ID and your Seller ID at hand: the support case asks for both.`,
    () =>
      `The ${t.noun} is tied to one developer account, not to one marketplace such as ${pick(random, marketplaces)}.`,
    () =>
      `A call that returns ${pick(random, errors)} usually means the ${t.other} does not have the role it needs.`,
    () =>
      `Some developers use tools such as ${rare(random)} or ${rare(random)} for this; Amazon treats them like any other application.`,
    () =>
      `It can take up to ${int(random, 2, 30)} business days for Amazon to review a change to the ${t.noun}.`,
    () =>
      `Write the exact label, **${pick(random, labels)}**, when you describe the page in a support case.`,
    () => `You do not need a new developer registration to ${t.verb} the ${t.noun}.`,
    () => `When the review ends, Amazon sends an email to the address on the ${t.other}.`,
    () => `Ask your developer to ${t.verb} the ${t.other} before you ${t.verb} the ${t.noun}.`,
  ];
  return pick(random, forms)();
}

const paragraph = (random: Random, t: Topic, min = 2, max = 5) =>
  [...new Set(Array.from({ length: int(random, min, max) }, () => sentence(random, t)))].join(' ');

function steps(random: Random, t: Topic): string {
  const forms = [
    () => `Go to **${pick(random, labels)}** in Seller Central.`,
    () => `Click **${pick(random, labels)}**.`,
    () => `Choose the ${t.noun} you want to ${t.verb}.`,
    () =>
      `Check the ${t.other} and click **${pick(random, ['Save', 'Submit', 'Continue', 'Confirm'])}**.`,
    () => `Copy your Developer ID into the form.`,
    () =>
      `Answer every question about the ${pick(random, ['data you store', 'roles you need', 'security controls', 'customers you serve'])}.`,
    () => `Wait for the email from Amazon, then sign in again.`,
  ];
  return Array.from(
    { length: int(random, 3, 8) },
    (_, i) => `${i + 1}. ${pick(random, forms)()}`,
  ).join('\n');
}

const bullets = (random: Random, t: Topic) =>
  Array.from({ length: int(random, 2, 5) }, () => `- ${sentence(random, t)}`).join('\n');

const linkTo = (link: Link) => `[${link.question}](../${link.slug}/)`;

function linkSentence(random: Random, link: Link): string {
  const forms = [
    () => `For the next step, see ${linkTo(link)}`,
    () => `If that does not apply to you, read ${linkTo(link)}`,
    () => `This is different from ${linkTo(link)}`,
  ];
  return pick(random, forms)();
}

function body(random: Random, length: Length, t: Topic, links: Link[]): string {
  const nextLink = () => (links.length > 0 ? linkSentence(random, pick(random, links)) : '');
  const heading = () =>
    pick(random, [
      'Before you start',
      `${capitalize(t.verb)} the ${t.noun}`,
      'If it still does not work',
      'What Amazon checks',
      `When your ${t.noun} is ${t.state}`,
      `If you work ${t.context}`,
      'What to send Amazon',
      'How long it takes',
    ]);
  const blocks: string[] = [paragraph(random, t, 1, 3)];
  if (length === 'short') {
    if (chance(random, 0.5)) blocks.push(paragraph(random, t, 1, 3));
    if (chance(random, 0.4)) blocks.push(nextLink());
  } else if (length === 'medium') {
    blocks.push(`## ${heading()}`, steps(random, t), paragraph(random, t));
    if (chance(random, 0.5)) blocks.push(`## ${heading()}`, bullets(random, t));
    blocks.push(nextLink());
  } else {
    const sections = int(random, 3, 6);
    for (let s = 0; s < sections; s++) {
      blocks.push(`## ${heading()}`, paragraph(random, t, 2, 6));
      const subsections = int(random, 0, 3);
      for (let h = 0; h < subsections; h++) {
        blocks.push(
          `### ${pick(random, [...labels, 'In Europe', 'In North America', 'For public applications', 'For private applications'])}`,
        );
        blocks.push(chance(random, 0.5) ? steps(random, t) : paragraph(random, t, 2, 5));
      }
      if (chance(random, 0.5)) blocks.push(bullets(random, t));
      if (chance(random, 0.5)) blocks.push(nextLink());
    }
  }
  return `${blocks.filter(Boolean).join('\n\n')}\n`;
}

// ---------------------------------------------------------------------------------------
// Wizards

async function realWizards(
  dir: string,
): Promise<{ wizards: GeneratedWizard[]; skipped: GeneratedContent['skippedWizards'] }> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.yaml')).sort();
  } catch {
    return { wizards: [], skipped: [] };
  }
  const skipped: GeneratedContent['skippedWizards'] = [];
  let files: (WizardFile & { text: string })[] = [];
  for (const name of names) {
    const file = relative(root, join(dir, name));
    const text = await readFile(join(dir, name), 'utf8');
    try {
      const wizard = validateWizard(parse(text), file);
      if (wizard.id !== basename(name, '.yaml'))
        throw new WizardContentError([`${file}: id "${wizard.id}" is not the file name`]);
      files.push({ file, wizard, text });
    } catch (error) {
      skipped.push({
        file,
        problems: error instanceof WizardContentError ? error.problems : [String(error)],
      });
    }
  }
  // Drop wizards that offer a wizard left out, until what is left checks clean.
  for (;;) {
    const problems = crossCheckWizards(files);
    if (problems.length === 0) break;
    const bad = new Set(
      files.filter((f) => problems.some((p) => p.startsWith(`${f.file}:`))).map((f) => f.file),
    );
    skipped.push(
      ...[...bad].map((file) => ({
        file,
        problems: problems.filter((p) => p.startsWith(`${file}:`)),
      })),
    );
    files = files.filter((f) => !bad.has(f.file));
  }
  return {
    wizards: files.map(({ wizard, text }) => ({
      id: wizard.id,
      path: `wizards/${wizard.id}.yaml`,
      text,
      faq: [
        ...new Set([
          ...wizard.faq,
          ...wizard.steps.flatMap((step) =>
            (step.type === 'info' || step.type === 'exit') && step.faq ? [step.faq] : [],
          ),
        ]),
      ],
    })),
    skipped,
  };
}

async function realSlugs(dir: string): Promise<{ slug: string; category: CategoryId }[]> {
  const found: { slug: string; category: CategoryId }[] = [];
  for (const category of categoryIds) {
    let names: string[];
    try {
      names = await readdir(join(dir, category));
    } catch {
      continue;
    }
    for (const name of names.filter((n) => n.endsWith('.mdx')).sort())
      found.push({ slug: basename(name, '.mdx'), category });
  }
  return found;
}

// ---------------------------------------------------------------------------------------

/** Category weights: most questions are about the Developer Profile, few about Products. */
const categoryWeights: [CategoryId, number][] = [
  ['developer-profile', 0.45],
  ['general', 0.4],
  ['products', 0.15],
];

function pickCategory(random: Random): CategoryId {
  let r = random();
  for (const [id, weight] of categoryWeights) {
    if ((r -= weight) < 0) return id;
  }
  return categoryWeights[0][0];
}

function reviewedDate(random: Random): string {
  const day = int(random, 0, 699); // 2025-01-01 … 2026-12-01
  const date = new Date(Date.UTC(2025, 0, 1 + day));
  return date.toISOString().slice(0, 10);
}

const quote = (text: string) => JSON.stringify(text);

/** Plans the content in memory: nothing is written. */
export async function planContent(options: GenerateOptions): Promise<GeneratedContent> {
  const { count, seed = 1 } = options;
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`count must be a whole number of 1 or more, not ${count}`);
  const random = createRandom(seed);
  const { wizards, skipped } = await realWizards(
    resolve(root, options.wizardsFrom ?? 'content/wizards'),
  );
  const slugsFrom =
    options.slugsFrom === undefined ? resolve(root, 'content/faq') : options.slugsFrom;
  const real = slugsFrom === null ? [] : await realSlugs(resolve(root, slugsFrom));

  // Slugs the wizards link to must exist; the real slugs come next, then made-up ones.
  const needed = [...new Set(wizards.flatMap((w) => w.faq))];
  if (needed.length > count) {
    throw new Error(
      `the wizards link to ${needed.length} questions; generate at least that many (asked for ${count})`,
    );
  }
  const realCategory = new Map(real.map((r) => [r.slug, r.category]));
  const fixed = [
    ...needed.map((slug) => ({ slug, category: realCategory.get(slug) ?? pickCategory(random) })),
    ...real.filter((r) => !needed.includes(r.slug)),
  ].slice(0, count);

  const fixedSlugs = new Set(fixed.map((f) => f.slug));
  const slugs = new Set<string>();
  const orders = new Map<CategoryId, number>(categoryIds.map((id) => [id, 0]));
  const plans: {
    slug: string;
    category: CategoryId;
    order: number;
    question: string;
    topic: Topic;
    length: Length;
  }[] = [];
  for (let i = 0; i < count; i++) {
    const thing = pick(random, things);
    const otherThing = pick(random, things);
    const topic: Topic = {
      noun: thing.noun,
      verb: pick(random, thing.verbs),
      context: pick(random, contexts),
      state: pick(random, states),
      other: otherThing.noun,
    };
    const question = questionText(random, topic);
    const given = fixed[i];
    const category = given?.category ?? pickCategory(random);
    let slug = given?.slug ?? slugOf(question);
    if (!given) {
      for (let n = 2; slugs.has(slug) || fixedSlugs.has(slug); n++)
        slug = `${slugOf(question)}-${n}`;
    }
    slugs.add(slug);
    const order = orders.get(category)! + 1;
    orders.set(category, order);
    const r = random();
    const length: Length = r < 0.5 ? 'short' : r < 0.85 ? 'medium' : 'long';
    plans.push({ slug, category, order, question, topic, length });
  }

  const wizardsOf = new Map<string, string[]>();
  for (const wizard of wizards) {
    for (const slug of wizard.faq) wizardsOf.set(slug, [...(wizardsOf.get(slug) ?? []), wizard.id]);
  }
  const wizardIds = wizards.map((w) => w.id);
  const questionOf = new Map(plans.map((p) => [p.slug, p.question]));

  const questions = plans.map((plan, i): GeneratedQuestion => {
    // Related: mostly neighbours in the list, sometimes anywhere; never itself.
    const related = new Set<string>();
    const wanted = chance(random, 0.2) || count === 1 ? 0 : int(random, 1, Math.min(4, count - 1));
    while (related.size < wanted) {
      const j = chance(random, 0.7) ? i + int(random, -20, 20) : int(random, 0, count - 1);
      if (j !== i && j >= 0 && j < count) related.add(plans[j].slug);
    }
    const wizardList = new Set(wizardsOf.get(plan.slug) ?? []);
    if (wizardIds.length > 0 && chance(random, 0.1)) wizardList.add(pick(random, wizardIds));
    // Every wizard is offered by at least one question.
    if (i < wizardIds.length) wizardList.add(wizardIds[i]);
    const links = [...related].map((slug) => ({ slug, question: questionOf.get(slug)! }));
    const frontmatter = [
      '---',
      `question: ${quote(plan.question)}`,
      `category: ${plan.category}`,
      `order: ${plan.order}`,
      `summary: ${quote(summaryText(random, plan.topic))}`,
      'aliases:',
      ...aliasesFor(random, plan.topic).map((alias) => `  - ${quote(alias)}`),
      `related: [${[...related].join(', ')}]`,
      `wizards: [${[...wizardList].join(', ')}]`,
      `reviewed: ${reviewedDate(random)}`,
      '---',
    ].join('\n');
    return {
      slug: plan.slug,
      category: plan.category,
      order: plan.order,
      length: plan.length,
      path: `faq/${plan.category}/${plan.slug}.mdx`,
      text: `${frontmatter}\n\n${body(random, plan.length, plan.topic, links)}`,
      related: [...related],
      wizards: [...wizardList],
    };
  });
  return { questions, wizards, skippedWizards: skipped };
}

/** Writes the content to `outDir` (emptied first) and returns what was written. */
export async function generateContent(
  outDir: string,
  options: GenerateOptions,
): Promise<GeneratedContent> {
  const content = await planContent(options);
  await rm(outDir, { recursive: true, force: true });
  for (const category of categoryIds)
    await mkdir(join(outDir, 'faq', category), { recursive: true });
  await mkdir(join(outDir, 'wizards'), { recursive: true });
  const files = [...content.questions, ...content.wizards];
  // A few writes at a time: fast, without opening 10,000 files at once.
  for (let i = 0; i < files.length; i += 64) {
    await Promise.all(files.slice(i, i + 64).map((f) => writeFile(join(outDir, f.path), f.text)));
  }
  return content;
}

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const count = Number(argValue(args, '--count') ?? '100');
  const seed = Number(argValue(args, '--seed') ?? '1');
  const out = resolve(argValue(args, '--out') ?? join(root, `bench/tmp/content-${count}`));
  const real = resolve(root, 'content');
  if (out === real || out.startsWith(`${real}/`))
    throw new Error('refusing to write into the real content/ folder');
  const content = await generateContent(out, { count, seed });
  for (const s of content.skippedWizards) console.warn(`left out ${s.file}: ${s.problems[0]}`);
  console.log(
    `${content.questions.length} questions and ${content.wizards.length} wizards in ${relative(process.cwd(), out) || '.'}`,
  );
}

if (import.meta.main) await main();
