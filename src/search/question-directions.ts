/**
 * Directions that are no procedure but a kind of question: the end of MWS, a wait, data gone
 * missing, lost answers, a reason for a denial, a refused call, which role, an obligation,
 * signing in, what the Developer Profile is for.
 */
import { type Direction, words } from './direction.ts';

const retirement: Direction = {
  // Not a procedure but the end of MWS: what it was, that it is retired, the sunset policy.
  name: 'retirement',
  words: words(
    'dead retired retire retirement sunset shutdown deprecated deprecation discontinued',
    'decommissioned obsolete cutoff cutover eol migrate migrating migration rewrite successor',
    'finish finished ended forced obliged close closes closing fail fails failing failed',
    'broke broken 2024 2025 2026',
  ),
  phrases: [
    'still use',
    'still work',
    'still working',
    'still available',
    'stop working',
    'stopped working',
    'last day',
    'final day',
    'final date',
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
    'still active',
    'still valid',
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
};

const status: Direction = {
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
    'im approved',
    'what comes next',
    'days until',
    'weeks until',
    'what happens next',
    'comes next',
    'am i approved',
    'are we approved',
    'got approved',
    'how many days',
    'how many weeks',
    'how fast',
    'how soon',
    'how quickly',
  ],
  prefixes: [],
  about: [],
  // A developer authorized and not yet working is the authorize page's question.
  // Signing in has its own support case, and its own wait.
  unless: [
    'appeal',
    'extension',
    'case',
    'authorize',
    'authorized',
    'authorization',
    'sign in',
    'signing in',
    'log in',
    'login',
    'password',
  ],
  terms: ['expect'],
  opposite: [],
};

const dataMissing: Direction = {
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
};

const unsaved: Direction = {
  // Answers typed and then gone: the page on saving a draft of the Developer Profile.
  name: 'unsaved',
  words: words('unsaved halfway partway'),
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
    'answers reset',
    'come back later',
    'finish later',
    'continue later',
    'return later',
    'return tomorrow',
    'changes vanished',
    'changes disappeared',
    'changes gone',
    'answers vanished',
    'answers disappeared',
    'answers gone',
    'edits gone',
    'lost my answers',
    'lost my changes',
    'lost my progress',
  ],
  prefixes: [],
  about: [],
  unless: [],
  terms: ['draft'],
  opposite: [],
};

const denialReason: Direction = {
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
    'understand why',
    'find out why',
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
};

const callRefused: Direction = {
  // An API call refused: the call needs a role the application lacks.
  name: 'call refused',
  words: words('403 401 unauthorized unauthorised forbidden accessdenied'),
  phrases: ['access denied', 'not authorized', 'not authorised', 'permission denied', 'is denied'],
  prefixes: [],
  about: words(
    'call calls calling request requests endpoint endpoints operation operations error',
    'errors response responses resource resources',
  ),
  unless: [],
  terms: ['roles'],
  opposite: [],
};

const whichRole: Direction = {
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
};

const obligation: Direction = {
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
};

const signIn: Direction = {
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
};

const partial: Direction = {
  // Some roles granted and others not: the page on how the level of access was decided.
  name: 'partial',
  words: words('partial partially'),
  phrases: ['but not', 'not all', 'only some', 'some of', 'only part'],
  prefixes: [],
  about: words('granted approved gave given'),
  unless: [],
  terms: ['decided'],
  opposite: [],
};

const purpose: Direction = {
  // Not a procedure but what the form is and why Amazon asks for it: "what is the developer
  // profile and why is amazon asking me for it". Said about the profile only, as a status
  // question ("what is the status of my profile") names no purpose.
  name: 'purpose',
  words: words('purpose explain meaning'),
  phrases: [
    'what is the developer profile',
    'whats the developer profile',
    'what is a developer profile',
    'what is this developer profile',
    'developer profile is for',
    'why is amazon asking',
    'why does amazon want',
    'why does amazon need',
    'what is it for',
    'point of the',
  ],
  prefixes: [],
  about: ['profile', 'questionnaire', 'form', 'assessment'],
  unless: ['status', 'role', 'roles'],
  terms: ['purpose'],
  opposite: [],
};

export const questionDirections = {
  retirement,
  status,
  dataMissing,
  unsaved,
  denialReason,
  callRefused,
  whichRole,
  obligation,
  signIn,
  partial,
  purpose,
};
