import type { Finding, Logger } from '@agent-guards/action-kit';
import { isTestPath } from '@agent-guards/config';
import type { ChangedFile } from '@agent-guards/git';
import { BoundaryRules, type BoundariesPolicy } from './boundary-rules.js';
import { ChainFollower } from './chains.js';
import { computedKey, fileEdges, type FileEdges, type ImportEdge } from './file-edges.js';
import { computedImportMessage, computedSearchPathMessage, existingForbiddenImportMessage, forbiddenImportMessage, newLineOfExistingEdgeMessage, noContextsMessage } from './messages.js';
import { languageOf, type ImportRecord } from './parse/import-record.js';
import { ImportResolver } from './resolve/import-resolver.js';
import { PYTHON_STARTUP_FILES, runtimeSearchPaths, type ComputedSearchPath } from './resolve/runtime-search-paths.js';
import type { RepoTree } from './repo-tree.js';
import { cachingSnapshot, type SourceSnapshot } from './snapshot.js';

export interface BoundaryCheckInput {
  boundaries: BoundariesPolicy;
  /** Where the policy came from, for configuration errors. */
  policyPath: string;
  /** The change: what the PR (or the working tree) changes relative to `base`. */
  changes: readonly ChangedFile[];
  head: SourceSnapshot;
  /** The state the change is measured from (the merge base). */
  base: SourceSnapshot;
  logger: Logger;
}

/** A judged edge at head, and whether it was already there at base. */
export interface JudgedEdge extends ImportEdge {
  existing: boolean;
  /**
   * Whether the import statement is new at head: always for a new edge; for an
   * existing one, a line the change adds to an edge the file already had.
   */
  newLine: boolean;
}

export interface BoundaryCheckResult {
  findings: Finding[];
  /** Import edges at head, in changed files, that cross contexts or reach a forbidden module. */
  edges: JudgedEdge[];
  metrics: {
    'files-changed': number;
    'files-parsed': number;
    'files-compared-with-base': number;
    imports: number;
    'type-only-imports-skipped': number;
    'cross-context-edges': number;
    'new-edges': number;
    forbidden: number;
    'existing-forbidden': number;
    'computed-imports': number;
    /** `sys.path`/`module.paths` entries and `sys.modules` aliases whose folder or name is computed at run time. */
    'computed-import-paths': number;
    /** Edges that reach a context through files outside every context (a barrel, a wrapper). */
    'edges-through-files-outside-contexts': number;
  };
}

const READABLE_KINDS = new Set(['file', 'executable']);

/**
 * Decides a change: for each changed source file inside a context, every import
 * edge at head that crosses into another context (or reaches a forbidden module)
 * is compared with the same file at base (its previous path when renamed).
 * A new edge the policy does not allow is a `forbidden-import` error at the
 * import line; one that was already there is an `existing-forbidden-import`
 * notice, so the guard can be adopted on a repository with old violations.
 * The verdict goes by edges, but the notice's words go by the line: an import
 * statement the file did not have at base, on an edge it did have, is said to
 * be a new line of an old edge, not something that "was already there".
 * Imports resolve as the runtime would: through the search paths and module
 * aliases the changed files (and Python's startup files) set up, and on
 * through files outside every context (ChainFollower). What cannot be
 * computed fails closed: `computed-import` and `computed-import-path` errors,
 * unless the same expression was already in the file at base.
 */
export async function checkBoundaries(input: BoundaryCheckInput): Promise<BoundaryCheckResult> {
  const rules = new BoundaryRules(input.boundaries, input.policyPath);
  const metrics: BoundaryCheckResult['metrics'] = {
    'files-changed': input.changes.length,
    'files-parsed': 0,
    'files-compared-with-base': 0,
    imports: 0,
    'type-only-imports-skipped': 0,
    'cross-context-edges': 0,
    'new-edges': 0,
    forbidden: 0,
    'existing-forbidden': 0,
    'computed-imports': 0,
    'computed-import-paths': 0,
    'edges-through-files-outside-contexts': 0,
  };
  if (!rules.hasContexts) {
    return { findings: [{ rule: 'no-bounded-contexts', severity: 'notice', message: noContextsMessage(input.policyPath) }], edges: [], metrics };
  }

  const readable = input.changes.filter((f) => f.status !== 'deleted' && READABLE_KINDS.has(f.newKind) && languageOf(f.path) !== undefined);
  const candidates = readable.filter((f) => rules.contextOf(f.path) !== undefined);
  // Search-path changes are process-wide: every changed Python and JavaScript file is read for them, in a context or not.
  const searchPathFiles = readable.filter((f) => languageOf(f.path) === 'python' || languageOf(f.path) === 'typescript');
  if (candidates.length === 0 && searchPathFiles.length === 0) return { findings: [], edges: [], metrics };

  const head = cachingSnapshot(input.head);
  const base = cachingSnapshot(input.base);
  // The base listing is needed for any modified or renamed file: start it now, alongside head.
  if (readable.some((f) => f.status !== 'added' && f.status !== 'copied')) base.tree().catch(() => undefined);
  // One read for the changed files and every config the resolvers may need.
  const headTree = await head.tree();
  const headPaths = [...new Set([...candidates, ...searchPathFiles].map((f) => f.path))];
  const headStartup = startupFiles(headTree, headPaths);
  const headTexts = await head.read([...headPaths, ...headStartup, ...headTree.resolutionConfigs(languagesOf(headPaths))]);
  const headResolver = new ImportResolver(head, headTree, input.logger);
  const headRuntime = await runtimeSearchPaths(head, headTree, textsOf(headTexts, [...searchPathFiles.map((f) => f.path), ...headStartup]), (path, language) =>
    headResolver.workingDirectories(path, language),
  );
  headResolver.useRuntimeSearchPaths(headRuntime.runtime);
  const headChains = new ChainFollower(head, headResolver, rules, new Set(readable.map((f) => f.path)));
  const headEdges = new Map<ChangedFile, FileEdges>();
  await Promise.all(
    candidates.map(async (file) => {
      const text = headTexts.get(file.path);
      if (text === undefined) throw new Error(`${file.path} is listed as changed but cannot be read at ${input.head.label}`);
      headEdges.set(file, await fileEdges(file.path, text, rules.contextOf(file.path)!, rules, headResolver, headChains));
    }),
  );
  metrics['files-parsed'] = candidates.length;

  const toCompare = [...headEdges].filter(([, e]) => e.edges.length > 0 || e.computed.length > 0).map(([f]) => f);
  const atBase = await stateAtBase({ ...input, base }, rules, readable, toCompare, headRuntime.computed.length > 0);
  const baseEdges = atBase.edges;
  metrics['files-compared-with-base'] = baseEdges.size;

  const findings: Finding[] = [];
  const edges: JudgedEdge[] = [];
  for (const file of candidates) {
    const atHead = headEdges.get(file)!;
    const atBase = baseEdges.get(file);
    metrics['edges-through-files-outside-contexts'] += atHead.edges.filter((e) => e.via !== undefined).length;
    metrics.imports += atHead.imports;
    metrics['type-only-imports-skipped'] += atHead.typeOnlySkipped;
    const baseKeys = new Set(atBase?.edges.map((e) => e.key));
    const baseStatements = new Multiset(atBase?.edges.map((e) => `${e.key}\0${statementKey(e.record)}`));
    const baseExpressions = new Set(atBase?.computed.map(computedKey));
    const reported = new Set<string>();
    for (const edge of atHead.edges) {
      const existing = baseKeys.has(edge.key);
      // Each base statement vouches for one head statement: a duplicated import line is a new line.
      const newLine = !existing || !baseStatements.take(`${edge.key}\0${statementKey(edge.record)}`);
      edges.push({ ...edge, existing, newLine });
      if (edge.judgement.otherContexts.length > 0) metrics['cross-context-edges'] += 1;
      if (!existing) metrics['new-edges'] += 1;
      for (const violation of edge.judgement.violations) {
        const once = `${edge.line}\0${edge.key}\0${violation.to}`;
        if (reported.has(once)) continue;
        reported.add(once);
        if (existing) {
          metrics['existing-forbidden'] += 1;
          // A line the change adds to an old edge does not fail it, but is annotated as a warning on the PR.
          if (newLine) findings.push({ rule: 'existing-forbidden-import', severity: 'warning', message: newLineOfExistingEdgeMessage(edge, violation), path: file.path, line: edge.line });
          else findings.push({ rule: 'existing-forbidden-import', severity: 'notice', message: existingForbiddenImportMessage(edge, violation), path: file.path, line: edge.line });
        } else {
          metrics.forbidden += 1;
          findings.push({ rule: 'forbidden-import', severity: 'error', message: forbiddenImportMessage(edge, violation), path: file.path, line: edge.line });
        }
      }
    }
    for (const load of atHead.computed) {
      metrics['computed-imports'] += 1;
      // One already there at the merge base is not the change's doing (as an old edge is not).
      if (baseExpressions.has(computedKey(load))) continue;
      findings.push({ rule: 'computed-import', severity: 'error', message: computedImportMessage(load), path: file.path, line: load.record.line });
    }
  }
  for (const change of headRuntime.computed) {
    const file = readable.find((f) => f.path === change.path);
    // A test's own process cannot make production code import anything; a startup file the change leaves alone is not its doing.
    if (!file || (isTestPath(change.path) && rules.contextOf(change.path) === undefined)) continue;
    metrics['computed-import-paths'] += 1;
    if (atBase.computedSearchPaths.has(searchPathKey(basePathOf(file) ?? '', change))) continue;
    findings.push({ rule: 'computed-import-path', severity: 'error', message: computedSearchPathMessage(change.record), path: change.path, line: change.record.line });
  }
  return { findings, edges, metrics };
}

function searchPathKey(path: string, change: ComputedSearchPath): string {
  return `${path}\0${change.record.kind}\0${change.record.expression ?? ''}`;
}

/** The path a changed file had at base, or undefined for one the change adds. */
function basePathOf(file: ChangedFile): string | undefined {
  if (file.status === 'renamed') return file.previousPath;
  return file.status === 'added' || file.status === 'copied' ? undefined : file.path;
}

/** Python's startup files (conftest.py, sitecustomize.py) of a state, when Python is involved. */
function startupFiles(tree: RepoTree, paths: readonly string[]): string[] {
  if (!paths.some((p) => languageOf(p) === 'python')) return [];
  return PYTHON_STARTUP_FILES.flatMap((name) => tree.filesNamed(name));
}

function textsOf(texts: ReadonlyMap<string, string | undefined>, paths: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const path of paths) {
    const text = texts.get(path);
    if (text !== undefined) out.set(path, text);
  }
  return out;
}

/**
 * An import statement as the parser read it, apart from its line: the same
 * import moved or rewrapped is the same statement; importing other names from
 * the module, or the module under another form, is a new one.
 */
function statementKey(record: ImportRecord): string {
  return [record.kind, record.specifier ?? '', [...(record.names ?? [])].sort().join(','), record.typeOnly ? 'type' : 'value'].join('\0');
}

/** Counts of strings, taken one at a time. */
class Multiset {
  private readonly counts = new Map<string, number>();

  constructor(items: Iterable<string> = []) {
    for (const item of items) this.counts.set(item, (this.counts.get(item) ?? 0) + 1);
  }

  /** Removes one occurrence; false when there is none left. */
  take(item: string): boolean {
    const count = this.counts.get(item) ?? 0;
    if (count === 0) return false;
    this.counts.set(item, count - 1);
    return true;
  }
}

function languagesOf(paths: readonly string[]): { typescript: boolean; go: boolean } {
  const languages = new Set(paths.map(languageOf));
  return { typescript: languages.has('typescript'), go: languages.has('go') };
}

/**
 * The same files at base, for those with something to compare. A renamed file
 * is read at its previous path; an added or copied file has no base edges (a
 * copy of a violation is a new violation). Base targets renamed by the change
 * are mapped to their head paths, so moving a target does not make an edge new.
 * Imports resolve at base as they did then: with the search paths the base
 * versions of the changed files (and the startup files) set up, and through
 * the same files outside the contexts, touched by the change or not.
 * Also the computed search-path changes the changed files had at base.
 */
async function stateAtBase(
  input: BoundaryCheckInput,
  rules: BoundaryRules,
  readable: readonly ChangedFile[],
  files: ChangedFile[],
  searchPathsNeeded: boolean,
): Promise<{ edges: Map<ChangedFile, FileEdges>; computedSearchPaths: Set<string> }> {
  const result = new Map<ChangedFile, FileEdges>();
  const computedSearchPaths = new Set<string>();
  const withBase = files
    .map((file) => ({ file, basePath: basePathOf(file) }))
    .filter((x): x is { file: ChangedFile; basePath: string } => x.basePath !== undefined && READABLE_KINDS.has(x.file.oldKind));
  const searchPathBases = readable
    .map(basePathOf)
    .filter((p): p is string => p !== undefined && (languageOf(p) === 'python' || languageOf(p) === 'typescript'));
  if (withBase.length === 0 && !(searchPathsNeeded && searchPathBases.length > 0)) return { edges: result, computedSearchPaths };
  const renamed = new Map(input.changes.filter((f) => f.status === 'renamed' && f.previousPath !== undefined).map((f) => [f.previousPath!, f.path]));
  const mapTargetPath = (path: string): string => renamed.get(path) ?? path;
  const baseTree = await input.base.tree();
  const basePaths = withBase.map((x) => x.basePath);
  const baseStartup = startupFiles(baseTree, [...basePaths, ...searchPathBases]);
  const baseTexts = await input.base.read([...basePaths, ...searchPathBases, ...baseStartup, ...baseTree.resolutionConfigs(languagesOf(basePaths))]);
  const baseResolver = new ImportResolver(input.base, baseTree, input.logger);
  const baseRuntime = await runtimeSearchPaths(input.base, baseTree, textsOf(baseTexts, [...searchPathBases, ...baseStartup]), (path, language) =>
    baseResolver.workingDirectories(path, language),
  );
  for (const change of baseRuntime.computed) computedSearchPaths.add(searchPathKey(change.path, change));
  baseResolver.useRuntimeSearchPaths(baseRuntime.runtime);
  const baseChains = new ChainFollower(input.base, baseResolver, rules, new Set(searchPathBases.concat(readable.map(basePathOf).filter((p): p is string => p !== undefined))));
  await Promise.all(
    withBase.map(async ({ file, basePath }) => {
      const text = baseTexts.get(basePath);
      const from = rules.contextOf(basePath);
      if (text === undefined || from === undefined || languageOf(basePath) === undefined) return;
      result.set(file, await fileEdges(basePath, text, from, rules, baseResolver, baseChains, mapTargetPath));
    }),
  );
  return { edges: result, computedSearchPaths };
}
