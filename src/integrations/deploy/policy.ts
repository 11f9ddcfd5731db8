/**
 * What every response of the built site must carry, decided once: the security headers and
 * which files may be cached for a year. `_headers` (headers-file.ts), the nginx server
 * (nginx.ts) and the test behind nginx all read this; none of them decides anything.
 */
import { headerCsp } from './csp.ts';

export const cacheControl = {
  /** A content-hashed file: a new version gets a new name, so the old one never changes. */
  immutable: 'public, max-age=31536000, immutable',
  /** Anything whose name stays when its content changes: pages, Pagefind's entry files. */
  revalidate: 'public, max-age=0, must-revalidate',
} as const;

export type CacheKind = keyof typeof cacheControl;

/**
 * Features the site never uses, turned off for it and anything it could embed. Only names
 * Chromium knows: an unknown one is logged as an error on every page. The clipboard stays
 * on (the wizard's "Copy" button), as does fullscreen (harmless, and nothing asks for it).
 */
export const disabledFeatures = [
  'accelerometer',
  'autoplay',
  'bluetooth',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
] as const;

/** Pagefind's folders whose file names are the hash of their content. */
const pagefindHashedFolders = ['pagefind/fragment/', 'pagefind/index/', 'pagefind/filter/'];
/** Pagefind names its metadata file after its hash (pagefind-entry.json points to it). */
const pagefindHashedFile = /^pagefind\/[^/]+\.pf_meta$/;

/** Files the build writes for a host to read, never to serve. */
export const hostOnlyFiles = ['_headers'] as const;

/**
 * Types a host may not know or may get wrong, by how the file name ends. `.md` is the plain
 * text copy of a question; nginx's mime.types has no entry for it.
 */
export const contentTypes: Readonly<Record<string, string>> = {
  '.md': 'text/markdown',
};

/** Text types sent with `; charset=utf-8` (every text file the build writes is UTF-8). */
export const utf8Types = [
  'text/html',
  'text/css',
  'text/plain',
  'text/xml',
  'text/markdown',
  'application/javascript',
  'application/json',
  'application/xml',
  'image/svg+xml',
] as const;

export interface PolicyInput {
  /** Astro's `base`: `/` or `/help/`. */
  base: string;
  /** Astro's `build.assets`, the folder of content-hashed files (`_astro`). */
  assetsDir: string;
  /** The `<meta>` Content-Security-Policy of every built page. */
  pagePolicies: readonly string[];
}

export interface DeployPolicy {
  base: string;
  /** Sent with every response, whatever it is, a 404 included. */
  security: Readonly<Record<string, string>>;
  /** Folders, relative to the base and ending in `/`, whose every file is content-hashed. */
  immutableFolders: readonly string[];
  /** Single content-hashed files outside those folders, as a pattern on the relative path. */
  immutableFile: RegExp;
}

export function deployPolicy({ base, assetsDir, pagePolicies }: PolicyInput): DeployPolicy {
  return {
    base,
    security: {
      'Content-Security-Policy': headerCsp(pagePolicies),
      'X-Content-Type-Options': 'nosniff',
      // Nothing on the site reads a referrer, and a search address holds what a seller typed.
      'Referrer-Policy': 'no-referrer',
      'Permissions-Policy': disabledFeatures.map((feature) => `${feature}=()`).join(', '),
      'Cross-Origin-Opener-Policy': 'same-origin',
    },
    immutableFolders: [`${assetsDir.replace(/^\/|\/$/g, '')}/`, ...pagefindHashedFolders],
    immutableFile: pagefindHashedFile,
  };
}

/** How a file may be cached, by its path relative to the output folder (`pagefind/x.js`). */
export function cacheKind(policy: DeployPolicy, file: string): CacheKind {
  const hashed =
    policy.immutableFolders.some((folder) => file.startsWith(folder)) ||
    policy.immutableFile.test(file);
  return hashed ? 'immutable' : 'revalidate';
}

/** Every header a response for `file` must carry (relative path; a page is its index.html). */
export function headersFor(policy: DeployPolicy, file: string): Record<string, string> {
  return { ...policy.security, 'Cache-Control': cacheControl[cacheKind(policy, file)] };
}

/** The type a host must send for `file`, charset included, when its own table may not have it. */
export function contentTypeFor(file: string): string | null {
  const ending = Object.keys(contentTypes).find((end) => file.endsWith(end));
  if (!ending) return null;
  const type = contentTypes[ending];
  return (utf8Types as readonly string[]).includes(type) ? `${type}; charset=utf-8` : type;
}
