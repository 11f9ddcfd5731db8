/**
 * People's words for Amazon's words. Sellers say "login", "fee", "fight", "software";
 * the pages (in Amazon's wording) say "sign in", "cost", "appeal", "application". A query
 * word the site never uses is replaced by the site's word for it, when this table has one.
 * Words the site does use are left alone: Pagefind finds them as typed (see rewriteTerms in
 * suggest.ts). Add a word here when people use it and the pages never do.
 */
export const synonyms: Readonly<Record<string, string>> = {
  // Signing in
  login: 'sign',
  logon: 'sign',
  logging: 'sign',
  log: 'sign',
  signin: 'sign',
  lockout: 'sign',
  username: 'email',
  // Money
  charge: 'cost',
  charges: 'cost',
  charged: 'cost',
  price: 'cost',
  pricing: 'cost',
  pay: 'cost',
  paid: 'cost',
  fee: 'fees',
  subscription: 'cost',
  // Decisions and appeals
  fight: 'appeal',
  contest: 'appeal',
  overturn: 'appeal',
  reverse: 'appeal',
  complain: 'appeal',
  complaint: 'appeal',
  refused: 'denied',
  refusal: 'denial',
  declined: 'denied',
  rejection: 'denial',
  // The end of MWS and of API versions
  shutdown: 'sunset',
  discontinued: 'sunset',
  deprecated: 'sunset',
  decommissioned: 'sunset',
  eol: 'sunset',
  // Credentials
  token: 'credentials',
  tokens: 'credentials',
  // What a developer builds
  software: 'application',
  program: 'application',
  tool: 'application',
  plugin: 'application',
  integration: 'application',
  // Permissions
  permission: 'roles',
  permissions: 'roles',
  scope: 'roles',
  scopes: 'roles',
  // Support
  ticket: 'case',
  tickets: 'case',
  // Finding things
  look: 'find',
  locate: 'find',
  // Seller accounts
  store: 'seller',
  shop: 'seller',
  stores: 'seller',
  shops: 'seller',
};
