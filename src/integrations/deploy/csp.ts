/**
 * The Content-Security-Policy header, from the `<meta>` policies Astro wrote into the pages
 * (`security.csp` in astro.config.mjs): Astro computes each page's script and style hashes,
 * so the header takes them from there instead of hashing anything again.
 */

/** A policy as directive name → its sources, in the order they were written. */
export type Directives = Map<string, string[]>;

export function parseCsp(policy: string): Directives {
  const directives: Directives = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase()))
      directives.set(name.toLowerCase(), sources.filter(Boolean));
  }
  return directives;
}

export function serializeCsp(directives: Directives): string {
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * One policy every page can carry: each directive with the sources of every page (the search
 * page hashes one more inline script than the others). A page's own `<meta>` still holds it
 * to its own hashes; the header only adds what a meta tag cannot say.
 */
export function unionCsp(policies: readonly string[]): Directives {
  const union: Directives = new Map();
  for (const policy of policies) {
    for (const [name, sources] of parseCsp(policy)) {
      const merged = union.get(name) ?? [];
      union.set(name, [...merged, ...sources.filter((s) => !merged.includes(s))]);
    }
  }
  return union;
}

/**
 * Directives a `<meta>` policy is not allowed to carry (CSP 3, §"The meta element"): the
 * header adds them. `frame-ancestors 'none'`: no other site may put these pages in a frame.
 */
export const headerOnlyDirectives: ReadonlyMap<string, readonly string[]> = new Map([
  ['frame-ancestors', ["'none'"]],
]);

/** The header's policy: the pages' union, plus what only a header can say. */
export function headerCsp(pagePolicies: readonly string[]): string {
  if (pagePolicies.length === 0)
    throw new Error('No built page carries a Content-Security-Policy <meta>: nothing to send.');
  const directives = unionCsp(pagePolicies);
  for (const [name, sources] of headerOnlyDirectives) directives.set(name, [...sources]);
  return serializeCsp(directives);
}

/** The `<meta http-equiv="content-security-policy">` policy of a built page, or null. */
export function metaCsp(html: string): string | null {
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    if (!/\shttp-equiv=["']?content-security-policy["'\s>]/i.test(tag)) continue;
    const content = /\scontent="([^"]*)"/i.exec(tag)?.[1];
    if (content !== undefined)
      return content
        .replace(/&#39;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&');
  }
  return null;
}
