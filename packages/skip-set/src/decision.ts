import { posix } from 'node:path';
import type { Finding } from '@agent-guards/action-kit';
import type { CollectedTest, TestCollection } from './model.js';
import { bodySimilarity } from './similarity.js';

export interface DecisionContext {
  /** Git renames between base and head: base path → head path. */
  renames: ReadonlyMap<string, string>;
  /** Whether a head path is collected as a test file (for the message of a rename out of the pattern). */
  isHeadTestFile: (path: string) => boolean;
  /** Files present at head, to say whether a removed test's file still exists. */
  headHasFile?: (path: string) => boolean;
  /** Similarity from which a test renamed inside its file is matched (0–1). */
  renameThreshold?: number;
}

export interface Decision {
  findings: Finding[];
  newSkips: number;
  removed: number;
  renamed: number;
  moved: number;
  /** Every base test matched at head, base id → head id (renamed and moved tests included): the results layer follows them. */
  counterparts: Map<string, string>;
  /** Tests not running at base that gain a reason not to run at head (a new decorator, condition or call site). */
  reasonGains: number;
}

const NOT_RUNNING = new Set(['skipped', 'xfail', 'todo']);

function describeStatus(t: CollectedTest): string {
  return t.reason ? `${t.status} (${t.reason})` : t.status;
}

/**
 * The reasons not to run a test has at head and did not have at base, when it
 * does not run at head and its base could still run: a test skipped only on
 * Windows that gains an unconditional skip stops running everywhere. A test
 * that never ran at base (an unconditional skip) cannot run less.
 */
export function gainedReasons(b: CollectedTest, h: CollectedTest): string[] {
  if (!b.reasons || !h.reasons || !NOT_RUNNING.has(h.status) || b.neverRuns) return [];
  const before = new Set(b.reasons);
  return h.reasons.filter((r) => !before.has(r));
}

/** The id a base test would have at head if its file followed a git rename. */
export function mappedId(test: CollectedTest, renames: ReadonlyMap<string, string>): string {
  const to = renames.get(test.path);
  if (to === undefined) return test.id;
  if (test.id.startsWith(`${test.path}::`)) return `${to}${test.id.slice(test.path.length)}`;
  // Go ids start with the package directory.
  const fromDir = posix.dirname(test.path);
  if (test.id.startsWith(`${fromDir}::`)) return `${posix.dirname(to)}${test.id.slice(fromDir.length)}`;
  return test.id;
}

/**
 * Compares the tests at base and head: a test active at base that does not run
 * at head, a new test that does not run, a focused test, a base test with no
 * counterpart (after git renames, moves between files by name, and renames
 * inside a file by body similarity), fewer tests in all, and collection errors.
 */
export function decide(base: TestCollection, head: TestCollection, context: DecisionContext): Decision {
  const findings: Finding[] = [];
  const threshold = context.renameThreshold ?? 0.75;
  const decision: Decision = { findings, newSkips: 0, removed: 0, renamed: 0, moved: 0, counterparts: new Map(), reasonGains: 0 };
  const matchedHead = new Set<string>();
  const unmatchedBase: CollectedTest[] = [];
  const focusExcluded = new Map<string, { count: number; line: number; reason: string }>();

  const newSkip = (h: CollectedTest, message: string): void => {
    decision.newSkips += 1;
    if (h.skipKind === 'focus') {
      const entry = focusExcluded.get(h.path) ?? { count: 0, line: h.line, reason: h.reason ?? '' };
      entry.count += 1;
      focusExcluded.set(h.path, entry);
      return;
    }
    findings.push({ rule: 'new-skip', severity: 'error', message, path: h.path, line: h.line, test: h.id });
  };

  const compare = (b: CollectedTest, h: CollectedTest): void => {
    decision.counterparts.set(b.id, h.id);
    if (h.status === 'focused' && b.status !== 'focused') {
      newSkip(h, `test '${h.name}' is focused (${h.reason ?? '.only'}): every other test in ${h.path} stops running.`);
    } else if (b.status === 'active' && NOT_RUNNING.has(h.status)) {
      newSkip(h, `test '${h.name}' was active at base and is ${describeStatus(h)} at head.`);
    } else {
      const gained = gainedReasons(b, h);
      if (gained.length > 0) {
        decision.reasonGains += 1;
        newSkip(h, `test '${h.name}' was already ${describeStatus(b)} at base and gains another reason not to run at head: ${gained.join('; ')} (each skip is judged on its own: a skip that was there does not cover a new one).`);
      }
    }
  };

  for (const b of base.tests.values()) {
    const h = head.tests.get(mappedId(b, context.renames));
    if (h) {
      matchedHead.add(h.id);
      compare(b, h);
    } else unmatchedBase.push(b);
  }

  const unmatchedHead = [...head.tests.values()].filter((h) => !matchedHead.has(h.id));
  // The unmatched head tests by suite path and name, and by file: the counterparts a base test
  // without one may have. Indexed only when some base test is unmatched (a PR that adds a suite
  // has thousands of new tests and nothing to pair them with).
  const headByName = new Map<string, CollectedTest[]>();
  const headByPath = new Map<string, CollectedTest[]>();
  if (unmatchedBase.length > 0) {
    for (const h of unmatchedHead) {
      const key = [...h.suite, h.name].join('::');
      const named = headByName.get(key);
      if (named) named.push(h);
      else headByName.set(key, [h]);
      const inFile = headByPath.get(h.path);
      if (inFile) inFile.push(h);
      else headByPath.set(h.path, [h]);
    }
  }

  // A test moved to another file keeps its suite path and name.
  const stillUnmatched: CollectedTest[] = [];
  for (const b of unmatchedBase) {
    // Same suite path and name, and (when both sides have source) a similar body: a generic name alone is no move.
    const candidates =
      headByName
        .get([...b.suite, b.name].join('::'))
        ?.filter((h) => !matchedHead.has(h.id) && (!b.body || !h.body || bodySimilarity(b.body, h.body) >= threshold)) ?? [];
    const h = candidates[0];
    if (h) {
      matchedHead.add(h.id);
      decision.moved += 1;
      findings.push({ rule: 'test-moved', severity: 'notice', message: `test '${b.name}' moved from ${b.path} to ${h.path}.`, path: h.path, line: h.line, test: h.id });
      compare(b, h);
    } else stillUnmatched.push(b);
  }

  // A test renamed inside its file: the most similar unmatched body in the same (renamed) file.
  const pairs: { b: CollectedTest; h: CollectedTest; score: number }[] = [];
  for (const b of stillUnmatched) {
    const file = context.renames.get(b.path) ?? b.path;
    for (const h of headByPath.get(file) ?? []) {
      if (matchedHead.has(h.id)) continue;
      const score = bodySimilarity(b.body, h.body);
      if (score >= threshold) pairs.push({ b, h, score });
    }
  }
  pairs.sort((x, y) => y.score - x.score);
  const pairedBase = new Set<CollectedTest>();
  for (const { b, h, score } of pairs) {
    if (pairedBase.has(b) || matchedHead.has(h.id)) continue;
    pairedBase.add(b);
    matchedHead.add(h.id);
    decision.renamed += 1;
    findings.push({
      rule: 'test-renamed',
      severity: 'notice',
      message: `test '${[...b.suite, b.name].join('::')}' appears renamed to '${[...h.suite, h.name].join('::')}' (bodies ${Math.round(score * 100)}% similar).`,
      path: h.path,
      line: h.line,
      test: h.id,
    });
    compare(b, h);
  }

  for (const b of stillUnmatched) {
    if (pairedBase.has(b)) continue;
    const renamedTo = context.renames.get(b.path);
    const skippedAtHead = head.skippedFiles?.get(renamedTo ?? b.path);
    if (skippedAtHead !== undefined && b.status === 'active') {
      decision.newSkips += 1;
      findings.push({ rule: 'new-skip', severity: 'error', message: `test '${b.name}' was active at base; at head its module is skipped at collection (${skippedAtHead || 'module-level skip'}).`, path: renamedTo ?? b.path, line: b.line, test: b.id });
      continue;
    }
    decision.removed += 1;
    let why = 'it was deleted or renamed without a counterpart';
    if (renamedTo !== undefined && !context.isHeadTestFile(renamedTo)) why = `its file was renamed to ${renamedTo}, which the test collection pattern does not match`;
    else if (context.headHasFile && !context.headHasFile(renamedTo ?? b.path)) why = 'its file was deleted';
    findings.push({
      rule: 'test-removed',
      severity: 'error',
      message: `test '${[...b.suite, b.name].join('::')}' (${b.path}:${b.line} at base) has no counterpart at head: ${why}.`,
      path: renamedTo ?? b.path,
      line: b.line,
      test: b.id,
    });
  }

  for (const h of unmatchedHead) {
    if (matchedHead.has(h.id)) continue;
    if (h.status === 'focused') newSkip(h, `new test '${h.name}' is focused (${h.reason ?? '.only'}): every other test in ${h.path} stops running.`);
    else if (NOT_RUNNING.has(h.status)) newSkip(h, `new test '${h.name}' is added ${describeStatus(h)}.`);
  }

  for (const [path, f] of focusExcluded) {
    findings.push({ rule: 'new-skip', severity: 'error', message: `${f.count} test(s) in ${path} no longer run: ${f.reason}.`, path });
  }

  if (head.tests.size < base.tests.size) {
    findings.push({ rule: 'tests-decreased', severity: 'error', message: `${base.tests.size} test(s) at base, ${head.tests.size} at head: the number of tests must not go down.` });
  }
  for (const e of head.errors) {
    findings.push({ rule: 'collection-error', severity: 'error', message: `cannot collect tests at head: ${e.message} (the tests in it are lost).`, path: e.path, ...(e.line ? { line: e.line } : {}) });
  }
  return decision;
}
