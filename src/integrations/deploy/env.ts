/**
 * The two settings a deployer gives the build, checked before Astro sees them: a wrong value
 * would not fail later, it would ship wrong canonical URLs, a wrong sitemap or a site whose
 * every link 404s. Each message says what to write instead.
 */

/** `SITE_URL`: where the site is served, an absolute http(s) URL with no path of its own. */
export function siteUrl(raw: string | undefined, fallback: string): string {
  if (raw === undefined || raw === '') return fallback;
  const example = 'Write the origin only, such as SITE_URL=https://help.example.com';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL "${raw}" is not an absolute URL. ${example}.`);
  }
  const problem =
    url.protocol !== 'http:' && url.protocol !== 'https:'
      ? `starts with ${url.protocol}, not http: or https:`
      : url.username || url.password
        ? 'carries a user name or password'
        : url.pathname !== '/'
          ? `has the path ${url.pathname}: a sub-path goes in BASE_PATH (BASE_PATH=${url.pathname.replace(/\/?$/, '/')})`
          : url.search || url.hash
            ? 'has a query or a fragment'
            : null;
  if (problem) throw new Error(`SITE_URL "${raw}" ${problem}. ${example}.`);
  return url.origin;
}

/** `BASE_PATH`: the sub-path the site is served under, `/` or `/segment/…/`. */
export function basePath(raw: string | undefined): string {
  if (raw === undefined || raw === '') return '/';
  const example = 'Write it with a slash at each end, such as BASE_PATH=/help/ (or / for the root)';
  const problem = !raw.startsWith('/')
    ? 'does not start with /'
    : !raw.endsWith('/')
      ? 'does not end with /'
      : raw.includes('//')
        ? 'has an empty segment (//)'
        : /[^A-Za-z0-9._~/-]/.test(raw)
          ? 'has a character other than letters, digits and . _ ~ - (a space, %, ? or # breaks links)'
          : raw.split('/').some((segment) => segment === '.' || segment === '..')
            ? 'has a . or .. segment'
            : null;
  if (problem) throw new Error(`BASE_PATH "${raw}" ${problem}. ${example}.`);
  return raw;
}
