import { ConfigurationError, type Logger } from '@agent-guards/action-kit';
import { isUnder, parentDir, type RepoTree } from '../repo-tree.js';
import type { SourceSnapshot } from '../snapshot.js';
import { joinRepoPath, type ImportTarget } from './import-target.js';

interface GoModule {
  root: string;
  goModPath: string;
  /** The `module` line; undefined when go.mod has none. */
  modulePath: string | undefined;
  /** `replace path => ./dir` directives to folders of the repository: module path → folder. */
  replaces: Map<string, string>;
}

/** The `module` directive of a go.mod file (quoted or not, comments ignored). */
export function goModulePath(goMod: string): string | undefined {
  for (const raw of goMod.split('\n')) {
    const line = raw.replace(/\/\/.*$/, '').trim();
    const match = /^module\s+("([^"]+)"|`([^`]+)`|(\S+))$/.exec(line);
    if (match) return match[2] ?? match[3] ?? match[4];
  }
  return undefined;
}

/**
 * The `replace` directives of a go.mod or go.work that point at a local folder
 * (`replace example.com/lib => ../lib`, in a block or not), as folders of the
 * repository relative to `dir`.
 */
export function goLocalReplaces(text: string, dir: string): Map<string, string> {
  const out = new Map<string, string>();
  let inBlock = false;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\/\/.*$/, '').trim();
    if (/^replace\s*\($/.test(line)) {
      inBlock = true;
      continue;
    }
    if (inBlock && line === ')') {
      inBlock = false;
      continue;
    }
    const body = inBlock ? line : /^replace\s+(.*)$/.exec(line)?.[1];
    const match = body === undefined ? null : /^("?)([^\s"]+)\1(?:\s+\S+)?\s*=>\s*("?)([^\s"]+)\3\s*$/.exec(body);
    if (!match || !/^\.\.?(?:\/|$)/.test(match[4]!)) continue;
    const folder = joinRepoPath(dir, match[4]!);
    if (folder !== undefined) out.set(match[2]!, folder);
  }
  return out;
}

/**
 * Resolves Go import paths inside the repository's modules (every go.mod
 * outside vendor/ and testdata/) to package directories; anything else is an
 * external module, named by its import path.
 */
export class GoResolver {
  private modules: Promise<GoModule[]> | undefined;
  private workspaceReplaces: Map<string, string> | undefined;

  constructor(
    private readonly snapshot: SourceSnapshot,
    private readonly tree: RepoTree,
    private readonly logger: Logger,
  ) {}

  async resolve(fromPath: string, importPath: string): Promise<ImportTarget> {
    const modules = await this.load();
    const own = modules.filter((m) => m.root === '' || fromPath.startsWith(`${m.root}/`)).sort((a, b) => b.root.length - a.root.length)[0];
    if (own && own.modulePath === undefined) {
      throw new ConfigurationError(`has no 'module' line at ${this.snapshot.label.slice(0, 12)}, so imports inside the module cannot be resolved.`, {
        file: own.goModPath,
        field: 'module',
        fix: "add the module directive (e.g. 'module example.com/service').",
      });
    }
    // The importer's module (and the workspace) may replace a module path with a folder of the repository.
    const replaces = [...(own?.replaces ?? []), ...(this.workspaceReplaces ?? [])];
    const replaced = replaces.filter(([path]) => importPath === path || importPath.startsWith(`${path}/`)).sort((a, b) => b[0].length - a[0].length)[0];
    if (replaced) {
      const rest = importPath.slice(replaced[0].length + 1);
      const dir = rest === '' ? replaced[1] : replaced[1] === '' ? rest : `${replaced[1]}/${rest}`;
      return this.tree.hasDir(dir) ? { kind: 'dir', path: dir, recursive: false } : { kind: 'unresolved', path: dir };
    }
    let best: GoModule | undefined;
    for (const m of modules) {
      if (m.modulePath === undefined) continue;
      if (importPath !== m.modulePath && !importPath.startsWith(`${m.modulePath}/`)) continue;
      if (!best || m.modulePath.length > best.modulePath!.length) best = m;
    }
    if (!best) return { kind: 'module', name: importPath };
    const rest = importPath.slice(best.modulePath!.length + 1);
    const dir = best.root === '' ? rest : rest === '' ? best.root : `${best.root}/${rest}`;
    return this.tree.hasDir(dir) ? { kind: 'dir', path: dir, recursive: false } : { kind: 'unresolved', path: dir };
  }

  private load(): Promise<GoModule[]> {
    this.modules ??= (async () => {
      const paths = this.tree.filesNamed('go.mod').filter((p) => !isUnder(p, ['vendor', 'testdata']));
      const texts = await this.snapshot.read([...paths, 'go.work']);
      const work = texts.get('go.work');
      if (work !== undefined) this.workspaceReplaces = goLocalReplaces(work, '');
      return paths.map((goModPath) => {
        const text = texts.get(goModPath);
        const modulePath = text === undefined ? undefined : goModulePath(text);
        if (modulePath === undefined) this.logger.warning(`${goModPath} has no module directive.`);
        return { root: parentDir(goModPath), goModPath, modulePath, replaces: text === undefined ? new Map() : goLocalReplaces(text, parentDir(goModPath)) };
      });
    })();
    return this.modules;
  }
}
