import { expect, test } from 'vitest';
import {
  nginxConfig,
  nginxFileName,
  nginxPlaceholders,
} from '../../../src/integrations/deploy/nginx.ts';
import { cacheControl, deployPolicy } from '../../../src/integrations/deploy/policy.ts';

const policyAt = (base: string) =>
  deployPolicy({ base, assetsDir: '_astro', pagePolicies: ["default-src 'self'"] });

test('one file per base', () => {
  expect(nginxFileName('/')).toBe('nginx.conf');
  expect(nginxFileName('/help/')).toBe('nginx-help.conf');
  expect(nginxFileName('/a/b/')).toBe('nginx-a-b.conf');
});

test.each(['/', '/help/'])(
  'under %s: the headers once, in the one location every response passes',
  (base) => {
    const config = nginxConfig(policyAt(base));
    for (const line of Object.values(nginxPlaceholders)) expect(config.split(line)).toHaveLength(2);
    // Any add_header in a nested location would drop the others there.
    expect(config.match(/add_header/g)).toHaveLength(6);
    expect(config).toContain(
      `    location ${base} {\n        error_page 403 =404 ${base}404.html;`,
    );
    expect(config).toContain(
      `add_header Content-Security-Policy "default-src 'self'; frame-ancestors 'none'" always;`,
    );
    expect(config).toContain(`~^${base}_astro/ "${cacheControl.immutable}";`);
    expect(config).toContain(`location ~ \\.md$ { types { } default_type text/markdown; }`);
    expect(config).toContain(`location = ${base}_headers { return 404; }`);
    for (const directive of [
      'autoindex off;',
      'gzip_static on;',
      'brotli_static on;',
      'gzip_vary on;',
    ])
      expect(config).toContain(directive);
  },
);

test('two builds can share one nginx: each names its own cache variable', () => {
  expect(nginxConfig(policyAt('/'))).toContain('map $uri $help_cache {');
  expect(nginxConfig(policyAt('/help/'))).toContain('map $uri $help_cache_help {');
});

test('a value nginx would read as a variable fails the build', () => {
  const policy = policyAt('/');
  (policy.security as Record<string, string>)['Referrer-Policy'] = 'no-referrer $host';
  expect(() => nginxConfig(policy)).toThrow(/Referrer-Policy holds " \\ or \$/);
  (policy.security as Record<string, string>)['Referrer-Policy'] = 'no-referrer\n';
  expect(() => nginxConfig(policy)).toThrow(/nginx\.conf: Referrer-Policy holds a line break/);
});
