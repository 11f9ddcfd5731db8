/**
 * Opposite procedures, told apart by the person's direction words. "Let my developer in" and
 * "cut my developer off" share every topic word (developer, access, account); only the verb
 * says whether they want the authorize or the revoke procedure. When a query holds one of a
 * direction's words or phrases, the direction's own terms are searched as one more part of the
 * query, and pages strong on its opposite's terms are pushed down (`directionWeight` and
 * `oppositePenalty` in ranking.ts). Data only: a new pair of opposite procedures is an entry here.
 */
export interface Direction {
  /** What the person wants to do, for tests and the docs. */
  name: string;
  /** Single words that point this way (lowercase, as typed). */
  words: readonly string[];
  /** Runs of words that point this way, stop words included ("no longer", "more time"). */
  phrases: readonly string[];
  /** Words that point this way alone or before a hyphen ("ex": "ex developer", "ex-developer"). */
  prefixes: readonly string[];
  /**
   * The query must also name one of these for the direction to count ("stop" in "when does
   * MWS stop working" is not about a developer); empty: no such condition.
   */
  about: readonly string[];
  /**
   * Words or phrases that mean the direction word acts on something else ("remove a role" is
   * a role change, "amazon cut off my access" a denial): with one of them, it does not count.
   */
  unless: readonly string[];
  /** The site's words for this procedure, searched as an extra part of the query. */
  terms: readonly string[];
  /** Words that mark the opposite procedure's pages; pages strong on them are pushed down. */
  opposite: readonly string[];
}

/** Words naming who or what gets access: a developer, their app, the seller's account. */
const developerWords = [
  'developer',
  'developers',
  'dev',
  'app',
  'apps',
  'application',
  'software',
  'integration',
  'tool',
  'agency',
  'consultant',
  'partner',
  'company',
  'party',
  'provider',
  'vendor',
  'service',
  'access',
  'account',
];

export const directions: readonly Direction[] = [
  {
    name: 'authorize',
    words: [
      'give',
      'let',
      'allow',
      'approve',
      'grant',
      'add',
      'connect',
      'hire',
      'authorize',
      'authorise',
      'link',
      'invite',
      'share',
      'enable',
      'permit',
      'onboard',
    ],
    phrases: ['sign up my developer', 'set up my developer', 'their developer id'],
    prefixes: [],
    about: developerWords,
    unless: ['role', 'roles', 'scope', 'scopes', 'allowed to'],
    terms: ['authorize'],
    opposite: ['revoke', 'disable'],
  },
  {
    name: 'revoke',
    words: [
      'remove',
      'stop',
      'unlink',
      'disconnect',
      'revoke',
      'disable',
      'kick',
      'cancel',
      'block',
      'deauthorize',
      'deauthorise',
      'former',
      'fired',
      'terminate',
      'terminated',
      'delete',
      'withdraw',
    ],
    phrases: [
      'cut off',
      'no longer',
      'take away',
      'turn off',
      'shut off',
      'still has access',
      'dont trust',
      'not trust',
      'dont recognize',
      'dont recognise',
    ],
    prefixes: ['ex'],
    about: developerWords,
    unless: [
      'role',
      'roles',
      'scope',
      'scopes',
      'amazon cut',
      'amazon removed',
      'amazon revoked',
      'amazon took',
      'amazon disabled',
      'amazon stopped',
    ],
    terms: ['revoke', 'disable'],
    opposite: [],
  },
  {
    name: 'appeal',
    words: [
      'appeal',
      'wrong',
      'wrongly',
      'unfair',
      'unfairly',
      'challenge',
      'dispute',
      'reconsider',
      'overturn',
      'fight',
      'contest',
      'reverse',
      'complain',
      'complaint',
      'mistaken',
      'misunderstood',
      'unjust',
    ],
    phrases: [
      'said no',
      'not fair',
      'by mistake',
      'amazon cut',
      'amazon removed',
      'amazon revoked',
      'amazon took',
      'lost access',
      'lost my access',
    ],
    prefixes: [],
    about: [],
    unless: [],
    terms: ['appeal'],
    opposite: ['extension'],
  },
  {
    name: 'extension',
    words: ['extension', 'extend', 'delay', 'postpone'],
    phrases: [
      'need longer',
      'take longer',
      'more time',
      'extra time',
      'additional time',
      'not ready',
      'push back',
      'extra weeks',
      'more weeks',
      'more days',
    ],
    prefixes: [],
    about: [],
    unless: [],
    terms: ['extension'],
    opposite: ['appeal'],
  },
  {
    // Not a procedure but a wait: the seed never says how long a review takes, so the page
    // that says what Amazon does say ("we will contact you with next steps") answers it.
    name: 'status',
    words: [
      'pending',
      'waiting',
      'stuck',
      'status',
      'heard',
      'reply',
      'replied',
      'respond',
      'response',
      'approved',
    ],
    phrases: [
      'how long',
      'in review',
      'under review',
      'no answer',
      'no reply',
      'no response',
      'no email',
      'heard nothing',
      'hear back',
      'heard back',
      'still waiting',
    ],
    prefixes: [],
    about: [],
    unless: ['appeal', 'extension', 'case'],
    terms: ['expect'],
    opposite: [],
  },
  {
    // Roles added or removed later: the page about a different level of access.
    name: 'change roles',
    words: [
      'add',
      'remove',
      'drop',
      'change',
      'extra',
      'additional',
      'another',
      'more',
      'fewer',
      'upgrade',
      'downgrade',
      'expand',
      'increase',
      'reduce',
    ],
    phrases: [],
    prefixes: [],
    about: ['role', 'roles', 'permission', 'permissions', 'scope', 'scopes'],
    // A comparison or a decision is about how the access was decided, not a wish to change it.
    unless: ['than', 'decide', 'decides', 'decided', 'decision', 'why'],
    terms: ['different'],
    opposite: [],
  },
  {
    name: 'register',
    words: ['register', 'signup', 'apply', 'join', 'become', 'enroll', 'enrol', 'start', 'begin'],
    phrases: ['sign up', 'first time', 'get started', 'new developer'],
    prefixes: [],
    about: [],
    unless: [],
    terms: ['register'],
    opposite: ['edit'],
  },
  {
    name: 'edit',
    words: ['edit', 'modify', 'amend', 'revise', 'correct', 'fix', 'update', 'typo'],
    phrases: ['change my answers', 'change an answer'],
    prefixes: [],
    about: [],
    unless: [],
    terms: ['edit', 'update'],
    opposite: ['register'],
  },
];
