/** Names and sources shown in the header, footer and page titles. */
export const site = {
  name: 'Seller API Access Help',
  /** At most 16 characters: the name a browser lists the site's search under (opensearch.xml). */
  shortName: 'Seller API Help',
  tagline: 'Amazon MWS & Selling Partner API developer access · unofficial',
  description:
    'An unofficial help center for Amazon MWS and Selling Partner API developer access: sign-in, credentials, Developer Profile, appeals and extensions.',
  sources: [
    'Amazon MWS Frequently Asked Questions (Developer Profile, General and Products FAQ)',
    'the Selling Partner API guide “Roles in the Selling Partner API”',
  ],
} as const;
