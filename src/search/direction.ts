/**
 * What a direction is, and the word lists several directions share (directions.ts).
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
export function words(...lines: string[]): string[] {
  return lines.join(' ').split(' ');
}

/** Words naming who or what gets access: a developer, their app, the seller's account. */
export const developerWords = words(
  'developer developers dev contractor freelancer programmer integrator assistant repricer',
  'app apps application software integration tool agency consultant partner company party',
  'repricing token tokens program programs him her coder coders authorization',
  'provider vendor service access account',
);

/** What Amazon says it will take away: "roles will be removed", "amazon removes our roles". */
export const noticePhrases = [
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
  'being pulled',
  'being removed',
  'being cut',
  'is cutting',
  'are cutting',
  'will lose',
  'will be taken',
  'get cut',
  'be cut',
  'get removed',
  'getting removed',
  'will no longer',
];

/** Undoing a disable is authorizing again (undoing an authorization is revoking). */
export const undoRevoking = [
  'undo the disable',
  'undo disable',
  'undo disabling',
  'undo the revoke',
  'undo that',
  'undo it',
];

/**
 * Access given back after a mistake: "disabled the wrong app, how do i give it access back"
 * authorizes again (taking access back revokes).
 */
export const accessGivenBack = [
  'give it access',
  'give them access',
  'give him access',
  'give her access',
  'give access back',
  'give it back',
  'let it back',
  'let them back',
  'let him back',
  'let her back',
];

/**
 * Access taken away, said in the past without who did it: Amazon's decision, to appeal. Not
 * "access removed" alone: "how do i get developer access removed" asks to revoke.
 */
export const accessTaken = [
  'my access removed',
  'our access removed',
  'access was removed',
  'access was revoked',
  'access got removed',
  'access got revoked',
  'access has been removed',
  'access has been revoked',
];

/** A person's own wrong answers: the profile to edit, not a decision to appeal. */
export const wrongAnswers = [
  'wrong answer',
  'wrong answers',
  'answer is wrong',
  'answers are wrong',
  'typed the wrong',
  'entered the wrong',
  'put the wrong',
];

/** Names of roles that are words of their own: "drop tax remittance" is a role change. */
export const roleNames = words('remittance invoicing solicitation');

/** Words naming a role: giving or removing one is a role change, not authorizing or revoking. */
export const roleWords = ['role', 'roles', 'scope', 'scopes', ...roleNames];
