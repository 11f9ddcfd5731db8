/**
 * The nginx configuration for a build, from the same policy as `_headers`: a `map` that picks
 * each file's Cache-Control, and a server whose one `location` (the base) sends every header.
 *
 * One location on purpose: nginx drops every outer `add_header` in a location that has one
 * of its own, so headers set once, in the base location, reach every response under it (`always`:
 * a 404 too). The nested locations add none. The file goes in nginx's `http` block (Debian:
 * /etc/nginx/conf.d/), as a `map` may not sit inside a server.
 */
import { assertHeaders } from './header-values.ts';
import {
  cacheControl,
  contentTypes,
  hostOnlyFiles,
  utf8Types,
  type DeployPolicy,
} from './policy.ts';

/** The two lines a deployer changes; the test behind nginx changes exactly these. */
export const nginxPlaceholders = {
  listen: 'listen 8080;',
  root: 'root /var/www/help-center;',
} as const;

/** Where the build writes the configuration, under deploy/: one file per base. */
export function nginxFileName(base: string): string {
  return base === '/' ? 'nginx.conf' : `nginx-${base.slice(1, -1).replaceAll('/', '-')}.conf`;
}

const regexEscape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An nginx string; throws on what nginx would read as a variable or an escape. */
function quoted(name: string, value: string): string {
  if (/["\\$]/.test(value))
    throw new Error(`${name} holds " \\ or $, which nginx would not send as written.`);
  return `"${value}"`;
}

/** The configuration as nginx reads it; throws on a value a host would misread. */
export function nginxConfig(policy: DeployPolicy): string {
  const { base } = policy;
  assertHeaders('nginx.conf', policy.security);
  // One variable per base, so two builds can share one nginx.
  const cacheVar = `$help_cache${base === '/' ? '' : `_${base.slice(1, -1).replace(/\W/g, '_')}`}`;
  const hashed = [
    ...policy.immutableFolders.map((folder) => `~^${regexEscape(base + folder)}`),
    `~^${regexEscape(base)}${policy.immutableFile.source.replace(/^\^/, '').replaceAll('\\/', '/')}`,
  ];
  const types = Object.entries(contentTypes).map(
    ([ending, type]) =>
      `        location ~ ${regexEscape(ending)}$ { types { } default_type ${type}; }`,
  );
  return [
    `# Written by \`astro build\` (BASE_PATH=${base}) from src/integrations/deploy/policy.ts: edit that, not this.`,
    "# Goes in nginx's http block (Debian: /etc/nginx/conf.d/). Set `listen` and `root` to yours.",
    '# brotli_static needs the brotli static module (Debian: libnginx-mod-http-brotli-static).',
    '# Check: sudo nginx -t -c /etc/nginx/nginx.conf',
    `map $uri ${cacheVar} {`,
    `    default ${quoted('Cache-Control', cacheControl.revalidate)};`,
    ...hashed.map(
      (pattern) => `    ${pattern} ${quoted('Cache-Control', cacheControl.immutable)};`,
    ),
    '}',
    '',
    'server {',
    `    ${nginxPlaceholders.listen}`,
    '    server_name _;',
    base === '/'
      ? "    # The folder holding the build's files (a copy of dist/)."
      : `    # The folder holding ${base.slice(1, -1)}/, a copy of the build's files.`,
    `    ${nginxPlaceholders.root}`,
    '    index index.html;',
    '    autoindex off;',
    // Location headers without this server's address and port, right behind a proxy too.
    '    absolute_redirect off;',
    '    server_tokens off;',
    // Pagefind's .pf_* files have no type of their own: binary, never text/plain with a charset,
    // whatever the http block's default_type.
    '    default_type application/octet-stream;',
    '    charset utf-8;',
    `    charset_types ${utf8Types.filter((type) => type !== 'text/html').join(' ')};`,
    '    gzip_static on;',
    '    gzip_vary on;',
    '    brotli_static on;',
    '',
    `    location ${base} {`,
    // A folder with no page is a 404 as well (not nginx's "403 Forbidden"), and never listed.
    `        error_page 403 =404 ${base}404.html;`,
    `        error_page 404 ${base}404.html;`,
    ...Object.entries(policy.security).map(
      ([name, value]) => `        add_header ${name} ${quoted(name, value)} always;`,
    ),
    `        add_header Cache-Control ${cacheVar} always;`,
    ...types,
    ...hostOnlyFiles.map((file) => `        location = ${base}${file} { return 404; }`),
    '    }',
    '}',
    '',
  ].join('\n');
}
