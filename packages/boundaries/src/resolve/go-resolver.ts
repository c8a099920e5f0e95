import { ConfigurationError, type Logger } from '@agent-guards/action-kit';
import { isUnder, parentDir, type RepoTree } from '../repo-tree.js';
import type { SourceSnapshot } from '../snapshot.js';
import { type ImportTarget } from './import-target.js';

interface GoModule {
  root: string;
  goModPath: string;
  /** The `module` line; undefined when go.mod has none. */
  modulePath: string | undefined;
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
 * Resolves Go import paths inside the repository's modules (every go.mod
 * outside vendor/ and testdata/) to package directories; anything else is an
 * external module, named by its import path.
 */
export class GoResolver {
  private modules: Promise<GoModule[]> | undefined;

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
      const texts = await this.snapshot.read(paths);
      return paths.map((goModPath) => {
        const text = texts.get(goModPath);
        const modulePath = text === undefined ? undefined : goModulePath(text);
        if (modulePath === undefined) this.logger.warning(`${goModPath} has no module directive.`);
        return { root: parentDir(goModPath), goModPath, modulePath };
      });
    })();
    return this.modules;
  }
}
