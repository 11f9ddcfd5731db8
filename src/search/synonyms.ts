/**
 * People's words for Amazon's words. Sellers say "login", "fee", "fight", "software"; the
 * pages (in Amazon's wording) say "sign in", "cost", "appeal", "application". Each word here is
 * searched as typed AND as the site's words for it (a little weaker, see `synonymWeight` in
 * ranking.ts), so a page using the person's own word still wins. Add a word when people use it
 * and the pages say it differently. Words that decide between two opposite procedures
 * (give/remove, more time/wrongly denied) live in directions.ts instead.
 */
export const synonyms: Readonly<Record<string, readonly string[]>> = {
  // Signing in
  login: ['sign'],
  logon: ['sign'],
  logging: ['sign'],
  logged: ['sign'],
  log: ['sign'],
  signin: ['sign'],
  lockout: ['sign'],
  locked: ['sign'],
  password: ['sign'],
  username: ['email'],
  forgot: ['recover'],
  forgotten: ['recover'],
  remember: ['recover'],
  // Money
  charge: ['cost'],
  charges: ['cost'],
  charged: ['cost'],
  price: ['cost'],
  pricing: ['cost'],
  pay: ['cost'],
  paid: ['cost'],
  free: ['cost', 'fees'],
  fee: ['fees', 'cost'],
  subscription: ['cost'],
  monthly: ['cost'],
  money: ['cost'],
  pro: ['professional'],
  basic: ['individual'],
  expensive: ['cost'],
  // Decisions
  refused: ['denied'],
  refusal: ['denial'],
  declined: ['denied'],
  rejected: ['denied'],
  reject: ['denied'],
  rejection: ['denial'],
  approved: ['granted', 'access'],
  // The end of MWS and of API versions
  shutdown: ['sunset', 'retired'],
  discontinued: ['sunset', 'retired'],
  deprecated: ['sunset', 'retired'],
  deprecation: ['sunset', 'retired'],
  decommissioned: ['sunset', 'retired'],
  retirement: ['retired'],
  dead: ['retired', 'sunset'],
  gone: ['retired', 'available'],
  ending: ['retired', 'sunset'],
  eol: ['sunset'],
  // Years: MWS is no longer available after March 31, 2024.
  2023: ['2024', 'retired'],
  2024: ['retired'],
  2025: ['2024', 'retired'],
  2026: ['2024', 'retired'],
  // Comparing MWS with its successor
  versus: ['difference'],
  vs: ['difference'],
  // Obligation
  mandatory: ['required'],
  compulsory: ['required'],
  obligatory: ['required'],
  // Credentials
  token: ['credentials'],
  tokens: ['credentials'],
  secret: ['credentials', 'key'],
  key: ['credentials'],
  keys: ['credentials'],
  // Errors that say a call lacks a role
  403: ['roles'],
  unauthorized: ['roles'],
  forbidden: ['roles'],
  // Fields an access change empties: the API returns null for them
  blank: ['null'],
  empty: ['null'],
  // What a developer builds
  software: ['application'],
  program: ['application'],
  tool: ['application'],
  plugin: ['application'],
  integration: ['application'],
  app: ['application'],
  apps: ['application'],
  code: ['application'],
  // Building one
  write: ['develop'],
  writing: ['develop'],
  build: ['develop'],
  building: ['develop'],
  coding: ['develop'],
  programming: ['develop'],
  // Moving off MWS
  switch: ['migrate'],
  switching: ['migrate'],
  move: ['migrate'],
  moving: ['migrate'],
  transition: ['migrate'],
  // The Developer Profile's questions
  questions: ['questionnaire'],
  survey: ['questionnaire'],
  business: ['organization'],
  partial: ['fewer', 'less'],
  // Losing work
  lose: ['lost'],
  losing: ['lost'],
  // Who builds it
  agency: ['developer'],
  agencies: ['developer'],
  freelancer: ['developer'],
  contractor: ['developer'],
  vendor: ['developer'],
  provider: ['developer'],
  partner: ['developer'],
  company: ['developer', 'organization'],
  // Permissions
  permission: ['roles'],
  permissions: ['roles'],
  scope: ['roles'],
  scopes: ['roles'],
  // Support
  ticket: ['case'],
  tickets: ['case'],
  human: ['person', 'contact'],
  reach: ['contact'],
  built: ['develop'],
  // Identifiers, as people number them
  number: ['id'],
  numbers: ['id'],
  // Finding things
  look: ['find'],
  locate: ['find'],
  see: ['view'],
  // Seller accounts
  store: ['seller'],
  shop: ['seller'],
  stores: ['seller'],
  shops: ['seller'],
};

/**
 * People's phrases for Amazon's words: their words mean something else one by one ("turned"
 * and "down"), so the phrase is one part of the query, searched as the site's words for it.
 */
export const phraseSynonyms: Readonly<Record<string, readonly string[]>> = {
  'turned down': ['denied'],
  'knocked back': ['denied'],
  'not approved': ['denied'],
  'shut down': ['sunset', 'retired'],
  'shutting down': ['sunset', 'retired'],
  'going away': ['sunset', 'retired'],
  'end of life': ['sunset', 'retired'],
  'switched off': ['sunset', 'retired'],
};

/** British spellings: searched as the American spelling the pages use ("authorise"). */
export function americanSpelling(word: string): string | null {
  const match = /^(.{3,})is(e|ed|es|ing|ation|ations)$/.exec(word);
  return match ? `${match[1]}iz${match[2]}` : null;
}
