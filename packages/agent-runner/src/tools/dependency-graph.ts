import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { checkoutGit } from '@agent-guards/git';
import * as z from 'zod/mini';
import { protectedPathReason, resolveForRead } from './path-safety.js';
import { defineTool, ToolRejection } from './tool.js';

/**
 * The repository's import graph, for Frame's orientation (read_dependency_graph)
 * and Plan's impact rating (fan-in of the planned files). Static and
 * approximate by design: relative TS/JS imports, Python modules and Go
 * packages of the module are resolved to files; everything else is external.
 * The boundaries guard, not this graph, decides architecture violations.
 */
export interface DependencyGraph {
  files: Set<string>;
  imports: Map<string, { internal: string[]; external: string[] }>;
  importedBy: Map<string, string[]>;
}

const JS_EXT = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
const SOURCE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs|py|go)$/;
const FILE_CAP = 512 * 1024;

function resolveJs(from: string, spec: string, files: Set<string>): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = posix.normalize(posix.join(posix.dirname(from), spec));
  const stem = base.replace(/\.(m|c)?js$/, '');
  const candidates = [base, ...JS_EXT.map((e) => `${stem}${e}`), ...JS_EXT.map((e) => `${base}/index${e}`)];
  return candidates.find((c) => files.has(c));
}

function resolvePy(from: string, spec: string, files: Set<string>): string | undefined {
  let modulePath: string;
  const dots = /^\.+/.exec(spec)?.[0].length ?? 0;
  if (dots > 0) {
    let dir = posix.dirname(from);
    for (let i = 1; i < dots; i += 1) dir = posix.dirname(dir);
    const rest = spec.slice(dots).replace(/\./g, '/');
    modulePath = rest ? posix.join(dir, rest) : dir;
  } else modulePath = spec.replace(/\./g, '/');
  for (const root of dots > 0 ? [''] : ['', 'src/']) {
    for (const c of [`${root}${modulePath}.py`, `${root}${modulePath}/__init__.py`]) if (files.has(posix.normalize(c))) return posix.normalize(c);
  }
  return undefined;
}

export async function buildDependencyGraph(repo: string): Promise<DependencyGraph> {
  // The import parsers of the boundaries guard load when a session first asks for the graph.
  const { parseImports, SEARCH_PATH_KINDS } = await import('@agent-guards/boundaries');
  const { stdout } = await checkoutGit(repo, ['ls-files', '-z', '-c', '-o', '--exclude-standard']);
  const all = stdout.toString('utf8').split('\0').filter((p) => p.length > 0 && !protectedPathReason(p));
  const files = new Set(all.filter((p) => SOURCE.test(p)));
  const goModule = (() => {
    try {
      return /^module\s+(\S+)/m.exec(readFileSync(`${repo}/go.mod`, 'utf8'))?.[1];
    } catch {
      return undefined;
    }
  })();
  const goDirs = new Map<string, string[]>();
  for (const f of files) {
    if (!f.endsWith('.go') || f.endsWith('_test.go')) continue;
    const d = posix.dirname(f);
    goDirs.set(d, [...(goDirs.get(d) ?? []), f]);
  }
  const imports = new Map<string, { internal: string[]; external: string[] }>();
  const importedBy = new Map<string, string[]>();
  for (const file of files) {
    let text: string;
    try {
      const buffer = readFileSync(`${repo}/${file}`);
      if (buffer.length > FILE_CAP) continue;
      text = buffer.toString('utf8');
    } catch {
      continue;
    }
    const internal = new Set<string>();
    const external = new Set<string>();
    for (const record of parseImports(file, text)) {
      const s = record.specifier;
      // A sys.path entry or a module alias changes how other imports resolve: it is no edge itself.
      if (s === undefined || SEARCH_PATH_KINDS.has(record.kind)) continue;
      if (file.endsWith('.py')) {
        const candidates = [s, ...(record.names ?? []).map((n) => (s.endsWith('.') ? `${s}${n}` : `${s}.${n}`))];
        const hits = candidates.map((c) => resolvePy(file, c, files)).filter((h): h is string => h !== undefined);
        for (const h of hits) internal.add(h);
        if (hits.length === 0 && !s.startsWith('.')) external.add(s.split('.')[0]!);
      } else if (file.endsWith('.go')) {
        if (goModule && (s === goModule || s.startsWith(`${goModule}/`))) {
          for (const f of goDirs.get(s.slice(goModule.length + 1) || '.') ?? []) internal.add(f);
        } else external.add(s);
      } else {
        const hit = resolveJs(file, s, files);
        if (hit) internal.add(hit);
        else if (!s.startsWith('.')) external.add(s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]!);
      }
    }
    internal.delete(file);
    imports.set(file, { internal: [...internal].sort(), external: [...external].sort() });
    for (const target of internal) importedBy.set(target, [...(importedBy.get(target) ?? []), file]);
  }
  return { files, imports, importedBy };
}

export function fanIn(graph: DependencyGraph, file: string): number {
  return graph.importedBy.get(file)?.length ?? 0;
}

export const readDependencyGraphTool = defineTool({
  name: 'read_dependency_graph',
  description:
    'The static import graph around a file or folder: what each source file imports (in-repo files and external packages) and which files import it.',
  input: z.strictObject({ path: z._default(z.string().check(z.minLength(1), z.maxLength(4096)), '.') }),
  async run(input, services) {
    const target = resolveForRead(services.repo, input.path);
    if (!target.exists) throw new ToolRejection(`${target.rel} does not exist.`);
    const graph = await services.dependencyGraph();
    const prefix = target.realRel === '.' ? '' : `${target.realRel}/`;
    const selected = target.isDirectory ? [...graph.files].filter((f) => f.startsWith(prefix)).sort() : [target.realRel];
    const lines: string[] = [];
    for (const f of selected.slice(0, 150)) {
      const i = graph.imports.get(f) ?? { internal: [], external: [] };
      lines.push(`${f}`);
      if (i.internal.length) lines.push(`  imports: ${i.internal.join(', ')}`);
      if (i.external.length) lines.push(`  external: ${i.external.join(', ')}`);
      const by = graph.importedBy.get(f) ?? [];
      if (by.length) lines.push(`  imported by (${by.length}): ${by.slice(0, 30).join(', ')}${by.length > 30 ? ', …' : ''}`);
    }
    if (selected.length > 150) lines.push(`[${selected.length - 150} more file(s); ask for a narrower folder]`);
    return { content: lines.join('\n') || 'no source files there', attributes: { files: selected.length } };
  },
});
