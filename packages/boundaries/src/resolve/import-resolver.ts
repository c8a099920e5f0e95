import type { Logger } from '@agent-guards/action-kit';
import { languageOf, type ImportRecord } from '../parse/import-record.js';
import type { RepoTree } from '../repo-tree.js';
import type { SourceSnapshot } from '../snapshot.js';
import { GoResolver } from './go-resolver.js';
import type { ImportTarget } from './import-target.js';
import { JsResolver } from './js-resolver.js';
import { readDeclaredPythonRoots } from './pyproject-package-roots.js';
import { PythonResolver } from './python-resolver.js';

/** Resolves imports of any supported language within one repository state; configs are read once. */
export class ImportResolver {
  private readonly js: JsResolver;
  private python: Promise<PythonResolver> | undefined;
  private readonly go: GoResolver;

  constructor(
    private readonly snapshot: SourceSnapshot,
    readonly tree: RepoTree,
    logger: Logger,
  ) {
    this.js = new JsResolver(snapshot, tree, logger);
    this.go = new GoResolver(snapshot, tree, logger);
  }

  /** The targets of one import; none for a computed module. */
  async resolve(fromPath: string, record: ImportRecord): Promise<ImportTarget[]> {
    if (record.specifier === undefined) return [];
    switch (languageOf(fromPath)) {
      case 'typescript':
        return [await this.js.resolve(fromPath, record.specifier)];
      case 'python':
        return (await this.pythonResolver()).resolve(fromPath, record);
      case 'go':
        return [await this.go.resolve(fromPath, record.specifier)];
      default:
        return [];
    }
  }

  /** The pyproject files are read only when a Python file is resolved, once per repository state. */
  private pythonResolver(): Promise<PythonResolver> {
    this.python ??= readDeclaredPythonRoots(this.snapshot, this.tree).then((declared) => new PythonResolver(this.tree, declared));
    return this.python;
  }
}
