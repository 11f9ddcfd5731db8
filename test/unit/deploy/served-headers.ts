/**
 * `_headers` read back as Cloudflare Pages reads it: every rule whose path matches a request
 * applies, and a header set by two matching rules is sent once, the values joined by a comma.
 * (Netlify applies every matching rule too.) Shared by the unit and the file checks.
 */
import type { HeaderRule } from '../../../src/integrations/deploy/headers-file.ts';

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!line.startsWith(' ')) rules.push({ path: line, headers: {} });
    else {
      const [, name, value] = /^\s+([^:]+):\s*(.*)$/.exec(line)!;
      rules.at(-1)!.headers[name] = value;
    }
  }
  return rules;
}

export function servedHeaders(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    const match = rule.path.endsWith('*')
      ? path.startsWith(rule.path.slice(0, -1))
      : path === rule.path;
    if (!match) continue;
    for (const [name, value] of Object.entries(rule.headers))
      headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}
