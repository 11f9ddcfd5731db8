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

/** A list of single words written as strings of words, split on spaces. */
function words(...lines: string[]): string[] {
  return lines.join(' ').split(' ');
}

/** Words naming who or what gets access: a developer, their app, the seller's account. */
const developerWords = words(
  'developer developers dev contractor freelancer programmer integrator assistant repricer',
  'app apps application software integration tool agency consultant partner company party',
  'repricing token tokens program programs him her',
  'provider vendor service access account',
);

/** What Amazon says it will take away: "roles will be removed", "amazon removes our roles". */
const noticePhrases = [
  'will be removed',
  'be removed',
  'will remove',
  'amazon removes',
  'amazon is removing',
  'amazon will remove',
  'amazon pulls',
  'amazon is pulling',
  'amazon takes',
  'amazon will take',
  'are removing',
  'going to remove',
  'will lose',
  'will be taken',
  'get cut',
  'be cut',
  'get removed',
  'getting removed',
  'will no longer',
];

/** A person's own wrong answers: the profile to edit, not a decision to appeal. */
const wrongAnswers = [
  'wrong answer',
  'wrong answers',
  'answer is wrong',
  'answers are wrong',
  'typed the wrong',
  'entered the wrong',
  'put the wrong',
];

/** Names of roles that are words of their own: "drop tax remittance" is a role change. */
const roleNames = words('remittance invoicing solicitation');

export const directions: readonly Direction[] = [
  {
    name: 'authorize',
    words: words(
      'give let allow approve grant add connect hire authorize authorise link invite share',
      'enable permit onboard accept activate reactivate reenable re-enable reconnect',
      'install integrate sync undo',
    ),
    phrases: [
      'sign up my developer',
      'set up my developer',
      'their developer id',
      'turn on',
      'switch on',
      'plug in',
      'plug into',
      'hook up',
    ],
    prefixes: [],
    about: developerWords,
    // "authorize me", "approve me": the developer's side of it, not the seller's procedure.
    // "our sync job": a noun, not a wish to connect.
    unless: [
      'role',
      'roles',
      'scope',
      'scopes',
      ...roleNames,
      'allowed to',
      'authorize me',
      'authorise me',
      'approve me',
      'sync app',
      'sync job',
      'sync tool',
      'sync software',
    ],
    terms: ['authorize'],
    opposite: ['revoke', 'disable'],
  },
  {
    name: 'revoke',
    words: words(
      'remove stop unlink disconnect revoke disable kick cancel block deauthorize',
      'deauthorise former fired terminate terminated delete withdraw deactivate ban',
      'uninstall quit replace swap unknown unfamiliar suspicious',
    ),
    phrases: [
      'cut off',
      'no longer',
      'take away',
      'turn off',
      'shut off',
      'still has access',
      'stopped using',
      'stop using',
      'quit using',
      'dont trust',
      'not trust',
      'dont recognize',
      'dont recognise',
      'pull the plug',
      'kick out',
      'lock him out',
      'lock her out',
      'lock them out',
      'get rid of',
      'shut out',
      'off their account',
      'off my account',
      'off our account',
      'went out of business',
      'left the company',
      'end access',
      'end their access',
      'take back',
      'permission back',
      'access back',
      'keep access',
      'keeps access',
      'still have access',
      'never added',
      'didnt add',
      'never authorized',
      'never approved',
      'didnt approve',
      'without my permission',
    ],
    prefixes: ['ex'],
    about: developerWords,
    unless: [
      'role',
      'roles',
      'scope',
      'scopes',
      ...roleNames,
      'amazon cut',
      'amazon removed',
      'amazon revoked',
      'amazon took',
      'amazon disabled',
      'amazon stopped',
      'undo',
      // "stop in the middle of the developer profile" pauses the form, not a developer.
      'developer profile',
    ],
    terms: ['revoke', 'disable'],
    opposite: [],
  },
  {
    name: 'appeal',
    words: words(
      'appeal wrong wrongly unfair unfairly challenge dispute reconsider overturn fight',
      'contest reverse complain complaint mistaken misunderstood misread misjudged unjust',
      'restore restored reinstate overrule reconsideration',
    ),
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
      'wrong call',
      'wrong decision',
      'took away',
      'taken away',
      'role back',
      'roles back',
      'is a mistake',
      'was a mistake',
    ],
    prefixes: [],
    about: [],
    // A wrong answer or ID of one's own is an edit or a revoke, not Amazon's wrong call.
    unless: [...wrongAnswers, 'wrong developer', 'wrong id'],
    terms: ['appeal'],
    opposite: ['extension'],
  },
  {
    name: 'extension',
    words: words('extension extend delay postpone late behind'),
    phrases: [
      'need longer',
      'take longer',
      'few more weeks',
      'few more days',
      'more months',
      'more time',
      'extra time',
      'additional time',
      'not ready',
      'push back',
      'extra weeks',
      'more weeks',
      'more days',
      'in time',
      'on time',
      'miss the deadline',
      'make the deadline',
      'meet the deadline',
    ],
    prefixes: [],
    about: [],
    unless: [],
    terms: ['extension'],
    opposite: ['appeal'],
  },
  {
    // Not a procedure but the end of MWS: what it was, that it is retired, the sunset policy.
    name: 'retirement',
    words: words(
      'dead retired retire retirement sunset shutdown deprecated deprecation discontinued',
      'decommissioned obsolete cutoff eol migrate migrating migration rewrite successor',
      'finish finished ended forced obliged close closes closing 2024 2025 2026',
    ),
    phrases: [
      'still use',
      'still work',
      'still working',
      'still available',
      'stop working',
      'stopped working',
      'last day',
      'end date',
      'going away',
      'shut down',
      'shutting down',
      'no longer available',
      'end of life',
      'phased out',
      'phase out',
      'new apps',
      'still running',
      'still run',
      'keep running',
      'keep using',
      'still supported',
      'still exist',
      'still exists',
      'or sp-api',
      'or spapi',
      'instead of',
      'this year',
      'next year',
      'is over',
      'is finished',
      'past the deadline',
      'connection refused',
      'stopped responding',
      'not responding',
      'have to change',
      'have to switch',
      'have to move',
      'need to change',
      'need to switch',
      'need to move',
      'rip out',
    ],
    prefixes: [],
    about: ['mws'],
    unless: [],
    terms: ['retired'],
    opposite: [],
  },
  {
    // Not a procedure but a wait: the seed never says how long a review takes, so the page
    // that says what Amazon does say ("we will contact you with next steps") answers it.
    name: 'status',
    words: words(
      'pending waiting stuck status heard reply replied respond response awaiting',
      'track silence',
    ),
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
      'any news',
      'any update',
      'nothing else',
      'or rejected',
      'approved yet',
      'been approved',
      'how many days',
      'how many weeks',
      'how fast',
      'how soon',
      'how quickly',
    ],
    prefixes: [],
    about: [],
    // A developer authorized and not yet working is the authorize page's question.
    unless: ['appeal', 'extension', 'case', 'authorize', 'authorized', 'authorization'],
    terms: ['expect'],
    opposite: [],
  },
  {
    // Data the application used to get now comes back empty: the access change's null values.
    name: 'data missing',
    words: words('empty blank null nulls missing redacted'),
    phrases: [
      'no longer returned',
      'not returned',
      'came back empty',
      'return nothing',
      'returns nothing',
      'returned nothing',
      'stopped bringing',
      'stopped getting',
      'stopped receiving',
      'stopped showing',
      'no longer get',
      'no longer getting',
    ],
    prefixes: [],
    about: words(
      'field fields data response responses value values email emails name names address',
      'addresses phone buyer buyers pii',
    ),
    // The Buy Box values of used products are a known problem of their own.
    unless: ['box'],
    terms: ['null'],
    opposite: [],
  },
  {
    // Roles added or removed later: the page about a different level of access.
    name: 'change roles',
    words: words(
      'add remove drop change give grant new extra additional another more fewer upgrade',
      'downgrade expand increase reduce',
    ),
    phrases: ['on top of', 'in addition'],
    prefixes: [],
    about: ['role', 'roles', 'scope', 'scopes', ...roleNames],
    // A comparison or a decision is about how the access was decided, not a wish to change
    // it; Amazon removing them is a notice (see "notice").
    unless: ['than', 'decide', 'decides', 'decided', 'decision', 'why', ...noticePhrases],
    terms: ['different'],
    opposite: [],
  },
  {
    // Amazon says roles or data will go: the access change notice, whose pages are the
    // appeal, the extension and preparing the application.
    name: 'notice',
    words: [],
    phrases: noticePhrases,
    prefixes: [],
    about: [...words('role roles scope scopes access data field fields'), ...roleNames],
    unless: [],
    terms: ['notified', 'adjustment'],
    opposite: [],
  },
  {
    name: 'register',
    words: words(
      'register signup apply join become enroll enrol enrollment enrolment start begin create',
    ),
    phrases: [
      'sign up',
      'first time',
      'first ever',
      'very first',
      'get started',
      'new developer',
      'from scratch',
      'never had',
      'first registration',
      'get sp-api',
      'get api access',
      'get access to sp-api',
      'get access to the api',
      'nothing submitted',
      'not submitted',
      'never submitted',
    ],
    prefixes: [],
    about: [],
    unless: [],
    terms: ['register'],
    opposite: ['edit'],
  },
  {
    // The developer asking how a seller lets them in: the page for developers building for
    // sellers, not the seller's own authorize procedure.
    name: 'developer side',
    words: [],
    phrases: [
      'a merchant',
      'the merchant',
      'merchants',
      'a client',
      'my client',
      'our client',
      'the client',
      'seller client',
      'new seller',
      'the seller',
      'store owner',
      'shop owner',
      'their end',
      'forward to',
      'send the seller',
      'send a seller',
    ],
    prefixes: [],
    about: words(
      'authorize authorise authorizes authorized authorization approve approves grant grants',
      'onboard connect connects',
    ),
    unless: [],
    terms: ['client', 'build'],
    opposite: [],
  },
  {
    // Answers typed and then gone: the page on saving a draft of the Developer Profile.
    name: 'unsaved',
    words: ['unsaved'],
    phrases: [
      'closed the tab',
      'closed the browser',
      'closed the window',
      'closed the page',
      'not saved',
      'not kept',
      'didnt save',
      'wasnt saved',
      'pressed back',
      'start over',
      'start again',
      'timed out',
      'refreshed the page',
      'empty again',
    ],
    prefixes: [],
    about: [],
    unless: [],
    terms: ['draft'],
    opposite: [],
  },
  {
    // Asking why access was denied: the page on what Amazon says about its reasons.
    name: 'denial reason',
    words: [],
    phrases: [
      'why was',
      'why did',
      'why is',
      'why my',
      'know why',
      'explain why',
      'tell me why',
      'no reason',
      'what reason',
      'the reason',
      'status shows',
      'shows denied',
    ],
    prefixes: [],
    about: [...words('denied deny declined rejected refused denial rejection'), 'said no'],
    // Someone disputing the decision wants the appeal.
    unless: ['appeal', 'wrong', 'wrongly', 'unfair', 'fight', 'dispute'],
    terms: ['reason'],
    opposite: [],
  },
  {
    // An API call refused: the call needs a role the application lacks.
    name: 'call refused',
    words: words('403 401 unauthorized unauthorised forbidden accessdenied'),
    phrases: [
      'access denied',
      'not authorized',
      'not authorised',
      'permission denied',
      'is denied',
    ],
    prefixes: [],
    about: words(
      'call calls calling request requests endpoint endpoints operation operations error',
      'errors response responses resource resources',
    ),
    unless: [],
    terms: ['roles'],
    opposite: [],
  },
  {
    // Which role a task needs: the page listing what to select, not how access was decided.
    name: 'which role',
    words: [],
    phrases: [
      'which role',
      'which roles',
      'what role',
      'what roles',
      'role for',
      'roles for',
      'role lets',
      'role covers',
      'role allows',
      'role gives',
      'role to',
      'roles to',
    ],
    prefixes: [],
    about: [],
    unless: ['decide', 'decides', 'decided', 'decision', 'why', 'denied', 'than'],
    terms: ['select'],
    opposite: [],
  },
  {
    // Not a procedure but an obligation: whether the Developer Profile has to be filled in.
    name: 'obligation',
    words: words('mandatory required compulsory obligatory necessary optional'),
    phrases: [
      'do i need',
      'do we need',
      'do i have to',
      'do we have to',
      'have to fill',
      'need to fill',
      'must fill',
      'must complete',
      'must submit',
      'need to submit',
      'must i',
      'must we',
      'still want',
      'still need',
    ],
    prefixes: [],
    about: ['profile', 'questionnaire', 'form', 'assessment'],
    // Each ID, account or role has its own page about what it needs.
    unless: ['role', 'roles', 'id', 'ids', 'account', 'accounts', 'each', 'every'],
    terms: ['mandatory'],
    opposite: [],
  },
  {
    // Getting back into Seller Central: "sign" alone is also the Register page's "sign up".
    name: 'sign in',
    // A code that never comes is a sign-in problem: Seller Central's sign-in help answers it.
    words: words('login logon signin sign-in log-in lockout otp 2fa mfa two-step authenticator'),
    phrases: [
      'sign in',
      'signing in',
      'log in',
      'log into',
      'logging in',
      'get in',
      'get into',
      'get back in',
      'get back into',
      'locked out',
      'let me in',
      'let me sign',
      'let me log',
      'verification code',
      'one time code',
      'one-time code',
      'security code',
      'two factor',
      'two-factor',
    ],
    prefixes: [],
    about: [],
    // Someone else's login is about sharing it (authorize a developer instead), not signing in.
    unless: ['their login', 'his login', 'her login', 'your login', 'share my login'],
    terms: ['recover'],
    opposite: ['register'],
  },
  {
    name: 'edit',
    words: words('edit modify amend revise correct fix update typo existing read-only readonly'),
    // A form that will not take typing is one under review: "read only", "greyed out".
    phrases: [
      'change my answers',
      'change an answer',
      'change answers',
      'read only',
      'greyed out',
      'grayed out',
      'cant type',
      'cannot type',
      'cant edit',
      'cannot edit',
      ...wrongAnswers,
      'pressed submit',
      'already submitted',
    ],
    prefixes: [],
    about: [],
    unless: [],
    terms: ['edit', 'update'],
    opposite: ['register'],
  },
];
