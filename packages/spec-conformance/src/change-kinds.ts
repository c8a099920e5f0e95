import type { ChangedFile } from '@agent-guards/git';
import type { ChangeFacts } from './change-facts.js';
import { parseConventionalCommit } from './conventional-commits.js';
import { dependencyFileOf } from '@agent-guards/dependency-manifests/dependency-files';
import { directoryOf, isDocPath, isTestPath, matchesAny, PUBLIC_CONTRACT_GLOBS } from './internal/file-classes.js';
import { exportedSignatures, missingFrom, testCaseNames } from './internal/source-shapes.js';
import type { ChangeKind, SpecMapEntry } from './spec-map.js';

export interface KindVerdict {
  kind: ChangeKind;
  satisfied: boolean;
  /** Why not, when not satisfied; what was seen, when satisfied. */
  reasons: string[];
}

/** "a, b, c and 4 more". */
export function listSome(items: readonly string[], max = 5): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

const quoted = (items: readonly string[]) => listSome(items.map((i) => `'${i}'`));

interface TestDelta {
  added: string[];
  removed: string[];
  deletedTestFiles: string[];
  changedTestFiles: string[];
}

function sideExists(sha: string): boolean {
  return !/^0+$/.test(sha);
}

const testDeltas = new WeakMap<ChangeFacts, Promise<TestDelta>>();

/** Test cases added and removed across the change, per the test files on both sides; computed once per change. */
function testDelta(facts: ChangeFacts): Promise<TestDelta> {
  let delta = testDeltas.get(facts);
  if (!delta) {
    delta = computeTestDelta(facts);
    testDeltas.set(facts, delta);
  }
  return delta;
}

async function computeTestDelta(facts: ChangeFacts): Promise<TestDelta> {
  const involved = facts.files.filter((f) => isTestPath(f.path) || (f.previousPath !== undefined && isTestPath(f.previousPath)));
  const texts = await facts.texts(involved);
  const delta: TestDelta = { added: [], removed: [], deletedTestFiles: [], changedTestFiles: [] };
  for (const f of involved) {
    const { before, after } = texts.get(f) ?? {};
    const oldPath = f.previousPath ?? f.path;
    const oldIsTest = sideExists(f.oldSha) && f.status !== 'copied' && isTestPath(oldPath);
    const newIsTest = sideExists(f.newSha) && isTestPath(f.path);
    const namesBefore = oldIsTest && before !== undefined ? testCaseNames(oldPath, before) : [];
    const namesAfter = newIsTest && after !== undefined ? testCaseNames(f.path, after) : [];
    if (oldIsTest && !newIsTest) delta.deletedTestFiles.push(oldPath);
    if (newIsTest) delta.changedTestFiles.push(f.path);
    delta.added.push(...missingFrom(namesAfter, namesBefore).map((n) => `${f.path}::${n}`));
    delta.removed.push(...missingFrom(namesBefore, namesAfter).map((n) => `${oldPath}::${n}`));
  }
  return delta;
}

function removalReasons(delta: TestDelta): string[] {
  const reasons: string[] = [];
  if (delta.deletedTestFiles.length > 0) reasons.push(`deletes test file(s) ${quoted(delta.deletedTestFiles)}`);
  if (delta.removed.length > 0) reasons.push(`removes test(s) ${quoted(delta.removed)}`);
  return reasons;
}

async function devDependencyUpdate(facts: ChangeFacts): Promise<KindVerdict> {
  const reasons: string[] = [];
  const others = facts.touched.filter((p) => !dependencyFileOf(p));
  if (others.length > 0) reasons.push(`changes files that are not dependency manifests or lockfiles: ${quoted(others)}`);
  const depFiles = facts.files.filter((f) => dependencyFileOf(f.path));
  const texts = await facts.texts(depFiles);
  // The manifest and lockfile parsers load only when a PR claims to be a dependency update.
  const { devOnlyChange } = await import('@agent-guards/dependency-manifests');
  const devOnlyDirs = new Set<string>();
  const changedNames = new Set<string>();
  const lockfilesToJudge: ChangedFile[] = [];
  for (const f of depFiles) {
    const kind = dependencyFileOf(f.path)!;
    if (f.status === 'renamed' || f.status === 'copied') {
      reasons.push(`${f.status} '${f.previousPath}' to '${f.path}' rather than updating it`);
      continue;
    }
    if (kind.role === 'lockfile' && kind.format !== 'npm-lock') {
      lockfilesToJudge.push(f);
      continue;
    }
    const { before, after } = texts.get(f) ?? {};
    const verdict = devOnlyChange(f.path, before, after, { registryHosts: facts.npmRegistryHosts });
    if (!verdict.devOnly) reasons.push(verdict.problem ?? `${f.path} is not a dev-only change`);
    else {
      if (kind.role === 'manifest') devOnlyDirs.add(directoryOf(f.path));
      for (const name of verdict.changed) changedNames.add(name);
    }
  }
  for (const f of lockfilesToJudge) {
    // These lockfiles do not say which entries are dev-only: they go with a dev-only manifest change next to them.
    if (!devOnlyDirs.has(directoryOf(f.path))) reasons.push(`${f.path} changes without a dev-only manifest change beside it`);
  }
  if (reasons.length === 0 && changedNames.size === 0) reasons.push('changes no dev dependency');
  if (reasons.length > 0) return { kind: 'dev-dependency-update', satisfied: false, reasons };
  return { kind: 'dev-dependency-update', satisfied: true, reasons: [`dev dependencies changed: ${listSome([...changedNames].sort())}`] };
}

async function testAddition(facts: ChangeFacts): Promise<KindVerdict> {
  const reasons: string[] = [];
  const others = facts.touched.filter((p) => !isTestPath(p));
  if (others.length > 0) reasons.push(`changes files that are not tests: ${quoted(others)}`);
  const delta = await testDelta(facts);
  reasons.push(...removalReasons(delta));
  if (delta.added.length === 0) reasons.push('adds no test case');
  if (reasons.length > 0) return { kind: 'test-addition', satisfied: false, reasons };
  return { kind: 'test-addition', satisfied: true, reasons: [`adds ${delta.added.length} test case(s): ${listSome(delta.added)}`] };
}

async function bugFix(facts: ChangeFacts): Promise<KindVerdict> {
  const reasons: string[] = [];
  const code = facts.touched.filter((p) => !isTestPath(p) && !isDocPath(p));
  if (code.length === 0) reasons.push('changes no code outside tests and docs');
  const delta = await testDelta(facts);
  if (delta.changedTestFiles.length === 0) reasons.push('adds or changes no test (a fix comes with the test that shows it)');
  reasons.push(...removalReasons(delta));
  const fixCommits = facts.commits.filter((c) => {
    const parsed = parseConventionalCommit(c.message);
    return parsed.header?.type === 'fix';
  });
  if (fixCommits.length === 0) reasons.push("has no commit of type 'fix'");
  if (reasons.length > 0) return { kind: 'bug-fix', satisfied: false, reasons };
  return { kind: 'bug-fix', satisfied: true, reasons: [`fixes ${listSome(code)} with test changes in ${listSome(delta.changedTestFiles)}`] };
}

async function refactor(facts: ChangeFacts, entry: SpecMapEntry): Promise<KindVerdict> {
  const reasons: string[] = [];
  if (entry.paths.length > 0) {
    const outside = facts.touched.filter((p) => !matchesAny(p, entry.paths));
    if (outside.length > 0) reasons.push(`changes files outside the entry's paths: ${quoted(outside)}`);
  }
  const contracts = facts.touched.filter((p) => matchesAny(p, [...PUBLIC_CONTRACT_GLOBS, ...entry.public]));
  if (contracts.length > 0) reasons.push(`changes public contract or behaviour files: ${quoted(contracts)}`);
  const deps = facts.touched.filter((p) => dependencyFileOf(p));
  if (deps.length > 0) reasons.push(`changes dependencies: ${quoted(deps)}`);

  const sources = facts.files.filter((f) => !isTestPath(f.path) && !dependencyFileOf(f.path));
  const texts = await facts.texts(sources);
  const before: string[] = [];
  const after: string[] = [];
  for (const f of sources) {
    const t = texts.get(f) ?? {};
    if (t.before !== undefined && f.status !== 'copied') before.push(...exportedSignatures(f.previousPath ?? f.path, t.before));
    if (t.after !== undefined) after.push(...exportedSignatures(f.path, t.after));
  }
  const gone = missingFrom(before, after);
  const added = missingFrom(after, before);
  if (gone.length > 0) reasons.push(`removes or changes public signature(s): ${quoted(gone)}`);
  if (added.length > 0) reasons.push(`adds public signature(s): ${quoted(added)}`);
  reasons.push(...removalReasons(await testDelta(facts)));
  if (reasons.length > 0) return { kind: 'refactor', satisfied: false, reasons };
  return { kind: 'refactor', satisfied: true, reasons: [`${facts.touched.length} file(s) changed, public signatures unchanged`] };
}

function docs(facts: ChangeFacts): KindVerdict {
  const others = facts.touched.filter((p) => !isDocPath(p));
  if (others.length > 0) return { kind: 'docs', satisfied: false, reasons: [`changes files that are not documentation: ${quoted(others)}`] };
  if (facts.touched.length === 0) return { kind: 'docs', satisfied: false, reasons: ['changes no file'] };
  return { kind: 'docs', satisfied: true, reasons: [`documentation only: ${listSome(facts.touched)}`] };
}

/** Whether the change is of one kind, and why (not). */
export async function evaluateKind(kind: ChangeKind, facts: ChangeFacts, entry: SpecMapEntry): Promise<KindVerdict> {
  switch (kind) {
    case 'dev-dependency-update':
      return devDependencyUpdate(facts);
    case 'test-addition':
      return testAddition(facts);
    case 'bug-fix':
      return bugFix(facts);
    case 'refactor':
      return refactor(facts, entry);
    case 'docs':
      return docs(facts);
  }
}
