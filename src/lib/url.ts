/** Joins the site's base path (`/` or `/help/`) and a site-relative path such as `faq/` or `/faq/x/`. */
export function joinBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base : `${base}/`;
  return trimmedBase + path.replace(/^\/+/, '');
}

/** A path inside this site, under whatever base it is built with. */
export function sitePath(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}
