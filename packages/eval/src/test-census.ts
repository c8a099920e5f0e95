import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultPolicy } from '@agent-guards/config';
import { withWorktree } from '@agent-guards/git';
import { openSandbox } from '@agent-guards/sandbox';
import type { Language } from './scenario.js';

/**
 * Which tests a revision runs, and how each ended, from the service's own test
 * framework run on a clean checkout of that revision. This is the eval's
 * independent view of the skip set: it does not share code with the skip-set
 * guard, so a skip the guard cannot see is still counted.
 */
export type TestStatus = 'passed' | 'failed' | 'skipped' | 'error';

export interface TestCensus {
  rev: string;
  /** Test key (file or package, suite, name) → statuses, one per occurrence. */
  tests: Map<string, TestStatus[]>;
}

export class CensusError extends Error {}

function add(tests: Map<string, TestStatus[]>, key: string, status: TestStatus): void {
  tests.set(key, [...(tests.get(key) ?? []), status]);
}

function xmlUnescape(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
    if (named[e.toLowerCase()]) return named[e.toLowerCase()]!;
    return String.fromCodePoint(e[1]?.toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? xmlUnescape(m[1]!) : undefined;
}

/**
 * JUnit XML as pytest and node:test write it: nested <testsuite name> give
 * the path, <testcase classname name> the test, and a <skipped>, <failure> or
 * <error> child its outcome.
 */
export function parseJunit(xml: string): Map<string, TestStatus[]> {
  const tests = new Map<string, TestStatus[]>();
  const suites: string[] = [];
  const tokens = xml.matchAll(/<(\/?)(testsuites|testsuite|testcase)\b([^>]*?)(\/?)>|<(skipped|failure|error)\b/g);
  let open: { key: string; status: TestStatus } | undefined;
  for (const m of tokens) {
    const [, closing, element, attrs = '', selfClosing, outcome] = m;
    if (outcome) {
      if (open) open.status = outcome === 'skipped' ? 'skipped' : outcome === 'failure' ? 'failed' : 'error';
      continue;
    }
    if (element === 'testsuite') {
      if (closing) suites.pop();
      else if (!selfClosing) suites.push(attribute(attrs, 'name') ?? '');
      continue;
    }
    if (element !== 'testcase') continue;
    if (closing) {
      if (open) add(tests, open.key, open.status);
      open = undefined;
      continue;
    }
    const classname = attribute(attrs, 'classname');
    const name = attribute(attrs, 'name') ?? '';
    // pytest names the module in classname; node:test writes classname="test" and nests suites instead.
    const path = classname && classname !== 'test' ? [classname] : suites.filter((s) => s && s !== 'pytest');
    const key = [...path, name].join('::');
    if (selfClosing) add(tests, key, 'passed');
    else open = { key, status: 'passed' };
  }
  return tests;
}

/** `go test -json` events: the final action of each test (subtests included). */
export function parseGoJson(output: string): Map<string, TestStatus[]> {
  const tests = new Map<string, TestStatus[]>();
  for (const line of output.split('\n')) {
    if (!line.startsWith('{')) continue;
    let event: { Action?: string; Package?: string; Test?: string };
    try {
      event = JSON.parse(line) as typeof event;
    } catch {
      continue;
    }
    if (!event.Test || !event.Package) continue;
    const status = event.Action === 'pass' ? 'passed' : event.Action === 'fail' ? 'failed' : event.Action === 'skip' ? 'skipped' : undefined;
    if (status) add(tests, `${event.Package}::${event.Test}`, status);
  }
  return tests;
}

/** Runs a suite the session wrote: in a sandbox that only reads the tree (and writes the report folder). */
async function run(argv: string[], tree: string, scratch: string, timeoutMs: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const sandbox = await openSandbox({ settings: defaultPolicy().runner.sandbox, policyPath: 'the eval harness', workdir: tree, readOnlyWorkdir: true, writable: [scratch] });
  try {
    const r = await sandbox.run({ argv, env: { PYTHONDONTWRITEBYTECODE: '1' }, timeoutMs });
    return { code: r.exitCode, stdout: r.stdout, stderr: r.stderr };
  } catch (error) {
    throw new CensusError(`cannot run ${argv[0]}: ${(error as Error).message}`);
  } finally {
    await sandbox.close();
  }
}

/** Runs the suite of one revision in a detached worktree and lists its tests. */
export async function takeCensus(repo: string, rev: string, language: Language, timeoutMs = 180_000): Promise<TestCensus> {
  const scratch = mkdtempSync(join(tmpdir(), 'eval-census-'));
  const report = join(scratch, 'report.xml');
  try {
    return await withWorktree(
      repo,
      rev,
      async (tree) => {
        if (language === 'go') {
          const r = await run(['go', 'test', '-trimpath', '-json', './...'], tree, scratch, timeoutMs);
          const tests = parseGoJson(r.stdout);
          if (tests.size === 0 && r.code !== 0) throw new CensusError(`go test listed no tests (exit ${r.code}): ${r.stderr.slice(0, 500)}`);
          return { rev, tests };
        }
        const argv =
          language === 'python'
            ? ['python3', '-m', 'pytest', '-q', '-p', 'no:cacheprovider', `--junitxml=${report}`]
            : ['node', '--test', '--test-reporter=junit', `--test-reporter-destination=${report}`];
        const r = await run(argv, tree, scratch, timeoutMs);
        let xml: string;
        try {
          xml = readFileSync(report, 'utf8');
        } catch {
          throw new CensusError(`${argv.slice(0, 3).join(' ')} wrote no report (exit ${r.code}): ${(r.stderr || r.stdout).slice(0, 500)}`);
        }
        return { rev, tests: parseJunit(xml) };
      },
      'eval-census-',
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export interface CensusDelta {
  /** New test occurrences at head (counted per key). */
  added: string[];
  /** Test occurrences at base that head no longer runs. */
  removed: string[];
  /** Tests skipped at head more often than at base (a new skip, or a new test that is skipped). */
  newlySkipped: string[];
}

export function compareCensus(base: TestCensus, head: TestCensus): CensusDelta {
  const delta: CensusDelta = { added: [], removed: [], newlySkipped: [] };
  for (const key of new Set([...base.tests.keys(), ...head.tests.keys()])) {
    const before = base.tests.get(key) ?? [];
    const after = head.tests.get(key) ?? [];
    for (let i = before.length; i < after.length; i += 1) delta.added.push(key);
    for (let i = after.length; i < before.length; i += 1) delta.removed.push(key);
    const skipped = (list: TestStatus[]) => list.filter((s) => s === 'skipped').length;
    for (let i = skipped(before); i < skipped(after); i += 1) delta.newlySkipped.push(key);
  }
  return delta;
}
