/**
 * A module may not import itself back through its imports, type-only imports included
 * (import-x/no-cycle skips `import type`, and a type cycle still ties two modules together).
 * Relative imports only; the graph is read from the files with TypeScript's own pre-processor.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';

const extensions = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];
/** @type {Map<string, string[]>} */
const graph = new Map();

/** @param {string} from @param {string} specifier */
function resolveImport(from, specifier) {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier.replace(/\?.*$/, ''));
  for (const ending of extensions) {
    const file = base + ending;
    if (existsSync(file) && statSync(file).isFile() && /\.(ts|tsx)$/.test(file)) return file;
  }
  return null;
}

/** @param {string} file */
function importsOf(file) {
  let found = graph.get(file);
  if (!found) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    found = importedFiles.flatMap(({ fileName }) => resolveImport(file, fileName) ?? []);
    graph.set(file, found);
  }
  return found;
}

/** The shortest chain of imports from `start` back to `target`, or null. */
function pathBack(start, target) {
  const queue = [[start]];
  const seen = new Set([start]);
  while (queue.length) {
    const chain = queue.shift();
    for (const next of importsOf(chain.at(-1))) {
      if (next === target) return chain;
      if (!seen.has(next)) {
        seen.add(next);
        queue.push([...chain, next]);
      }
    }
  }
  return null;
}

/** @type {import('eslint').Rule.RuleModule} */
export const noImportCycle = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid import cycles, type-only imports included' },
    messages: { cycle: 'Import cycle: {{chain}}. Move what both need into a module of its own.' },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    // Files change between runs of an editor's ESLint server: read this one afresh.
    graph.delete(file);
    const check = (node) => {
      const target = resolveImport(file, String(node.source.value));
      if (!target || target === file) return;
      const chain = pathBack(target, file);
      if (!chain) return;
      const names = [file, ...chain, file].map((f) => relative(context.cwd, f));
      context.report({ node: node.source, messageId: 'cycle', data: { chain: names.join(' → ') } });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: (node) => node.source && check(node),
      ExportAllDeclaration: check,
    };
  },
};
