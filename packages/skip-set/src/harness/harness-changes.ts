import { posix } from 'node:path';
import { listFilesAt, type ChangedFile, type ChangeStatus } from '@agent-guards/git';
import { readSourcesAt } from '../static-collector.js';
import { contentKindOf, harnessKindOf, isJsModulePath, loadedModuleKind, type HarnessKind } from './harness-files.js';
import { configReferences, jsModuleImports, pythonModuleCandidates, pytestPluginNames, type ModuleReference } from './harness-references.js';

/** One harness file a PR changes, and what in it changed. */
export interface HarnessChange {
  /** The path at head (the deleted path for a deletion). */
  path: string;
  previousPath?: string;
  status: ChangeStatus;
  what: string;
  framework: string;
  /** The harness parts that differ (`[tool.pytest]`, `scripts.test`, `func TestMain`, `whole file`). */
  parts: string[];
}

type Texts = Map<string, string>;

function partsOrWhole(kind: HarnessKind, text: string | undefined, path: string): Map<string, string> {
  if (text === undefined) return new Map();
  try {
    return kind.parts(text, path);
  } catch {
    // A file that does not parse cannot be compared part by part: it is compared whole.
    return new Map([['(unparsable) whole file', text]]);
  }
}

function changedParts(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...new Set([...before.keys(), ...after.keys()])].filter((k) => before.get(k) !== after.get(k));
}

/** Config files whose references are followed: JS test configs and package.json; pytest's plugin lists. */
const JS_CONFIG_NAME = /^(?:package\.json|(?:vitest|vite|jest)\.(?:config|workspace|projects)(?:\.[\w-]+)?\.(?:[cm]?[jt]s|json)|\.mocharc(?:\.(?:js|cjs|mjs|json|jsonc|ya?ml))?)$/;
const PY_CONFIG_NAME = /^(?:conftest\.py|pytest\.ini|\.pytest\.ini|pyproject\.toml|setup\.cfg|tox\.ini)$/;
const IGNORED = /(?:^|\/)(?:node_modules|\.git|vendor|dist|build|site-packages|__pycache__)\//;

/** Whether some of `files` are JS or Python modules a test configuration could load. */
function loadableModules(files: readonly ChangedFile[]): { js: boolean; python: boolean } {
  const paths = files.flatMap((f) => (f.previousPath === undefined ? [f.path] : [f.path, f.previousPath]));
  return { js: paths.some(isJsModulePath), python: paths.some((p) => p.endsWith('.py')) };
}

/** The modules each revision's test configs load, path → what loads it. */
async function referencedModules(repo: string, rev: string, js: boolean, python: boolean): Promise<Map<string, ModuleReference>> {
  const files = (await listFilesAt(repo, rev)).filter((p) => !IGNORED.test(p));
  const present = new Set(files);
  const configs = files.filter((p) => (js && JS_CONFIG_NAME.test(posix.basename(p))) || (python && PY_CONFIG_NAME.test(posix.basename(p))));
  const texts: Texts = new Map((await readSourcesAt(repo, rev, configs)).map((s) => [s.path, s.text]));
  const found = new Map<string, ModuleReference>();
  let frontier: ModuleReference[] = [];
  for (const [path, text] of texts) {
    if (js && JS_CONFIG_NAME.test(posix.basename(path))) frontier.push(...configReferences(path, text));
    if (python && PY_CONFIG_NAME.test(posix.basename(path))) {
      for (const name of pytestPluginNames(path, text)) frontier.push({ candidates: pythonModuleCandidates(name), by: `${path} (pytest plugin ${name})`, framework: 'pytest' });
    }
  }
  // Loaded modules load others (a setup file importing its hooks): followed three levels deep.
  for (let depth = 0; depth < 3 && frontier.length > 0; depth += 1) {
    const next: ModuleReference[] = [];
    const fresh: [string, ModuleReference][] = [];
    for (const ref of frontier) {
      const path = ref.candidates.find((c) => present.has(c));
      if (!path || found.has(path)) continue;
      found.set(path, ref);
      fresh.push([path, ref]);
    }
    const read = new Map((await readSourcesAt(repo, rev, fresh.filter(([p]) => isJsModulePath(p) || p.endsWith('.json')).map(([p]) => p))).map((s) => [s.path, s.text]));
    for (const [path, ref] of fresh) {
      const text = read.get(path);
      if (text === undefined) continue;
      if (ref.isConfig) next.push(...configReferences(path, text));
      else if (isJsModulePath(path)) next.push(...jsModuleImports(path, text, `${path}, ${ref.by}`, ref.framework));
    }
    frontier = next;
  }
  return found;
}

/**
 * The harness files a PR changes (layer 2): files that are harness by their
 * path (read part by part), by their content (a Python module defining pytest
 * hooks, a Go test file's TestMain), or because a test configuration loads
 * them, at base or at head.
 */
export async function findHarnessChanges(repo: string, base: string, head: string, files: readonly ChangedFile[]): Promise<HarnessChange[]> {
  const basePathOf = (f: ChangedFile): string | undefined => (f.status === 'added' ? undefined : (f.previousPath ?? f.path));
  const headPathOf = (f: ChangedFile): string | undefined => (f.status === 'deleted' ? undefined : f.path);
  const kindOf = (p: string | undefined): HarnessKind | undefined => (p === undefined ? undefined : (harnessKindOf(p) ?? contentKindOf(p)));
  const candidates = files.filter((f) => kindOf(basePathOf(f)) !== undefined || kindOf(headPathOf(f)) !== undefined);
  const [baseTexts, headTexts] = await Promise.all([
    readSourcesAt(repo, base, candidates.map(basePathOf).filter((p): p is string => p !== undefined)),
    readSourcesAt(repo, head, candidates.map(headPathOf).filter((p): p is string => p !== undefined)),
  ]).then((sides) => sides.map((s) => new Map(s.map((x) => [x.path, x.text]))) as [Texts, Texts]);

  const out: HarnessChange[] = [];
  const seen = new Set<ChangedFile>();
  for (const f of candidates) {
    const bp = basePathOf(f);
    const hp = headPathOf(f);
    const bk = kindOf(bp);
    const hk = kindOf(hp);
    const before = bk && bp ? partsOrWhole(bk, baseTexts.get(bp), bp) : new Map<string, string>();
    const after = hk && hp ? partsOrWhole(hk, headTexts.get(hp), hp) : new Map<string, string>();
    const parts = changedParts(before, after);
    if (parts.length === 0) continue;
    const kind = (hk && after.size > 0 ? hk : bk) ?? hk!;
    seen.add(f);
    out.push({ path: f.path, ...(f.previousPath ? { previousPath: f.previousPath } : {}), status: f.status, what: kind.what, framework: kind.framework, parts });
  }

  const rest = files.filter((f) => !seen.has(f));
  const { js, python } = loadableModules(rest);
  if (!js && !python) return out;
  const [baseRefs, headRefs] = await Promise.all([referencedModules(repo, base, js, python), referencedModules(repo, head, js, python)]);
  for (const f of rest) {
    const bp = basePathOf(f);
    const hp = headPathOf(f);
    const ref = (hp !== undefined ? headRefs.get(hp) : undefined) ?? (bp !== undefined ? baseRefs.get(bp) : undefined);
    if (!ref) continue;
    const kind = loadedModuleKind(ref.by, ref.framework);
    out.push({ path: f.path, ...(f.previousPath ? { previousPath: f.previousPath } : {}), status: f.status, what: kind.what, framework: kind.framework, parts: ['whole file'] });
  }
  return out;
}
