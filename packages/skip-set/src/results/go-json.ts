import { testId } from '../model.js';
import { firstLine, type EmptyGroup, type GroupFailure, type ReportedTest, type ResultStatus } from './model.js';
import type { SourceTree } from './source-tree.js';

/**
 * `go test -json` (test2json) event streams: one JSON object per line with
 * `Action` (run, pass, fail, skip, output…), `Package` and, for a test, `Test`
 * (`TestA/sub` for subtests). Ids are `<package dir>::<name>`, the static
 * collector's Go ids. What a run that never reached the tests looks like:
 * a package that passes without a single test event (a `TestMain` that
 * returns without calling `m.Run()`), or that fails to build.
 */

interface GoEvent {
  Action: string;
  Package?: string;
  Test?: string;
  Output?: string;
}

function isEvent(value: unknown): value is GoEvent {
  return typeof value === 'object' && value !== null && typeof (value as { Action?: unknown }).Action === 'string';
}

/** The events of a stream, or undefined when no line is one. Other lines (build errors under `2>&1`) are skipped. */
export function goEvents(text: string): GoEvent[] | undefined {
  const events: GoEvent[] = [];
  for (const line of text.split('\n')) {
    const t = line.trim();
    // Before Go 1.24 a package that does not build has no event, only this line.
    const unbuilt = /^FAIL\s+(\S+)\s+\[(?:build|setup) failed\]/.exec(t);
    if (unbuilt) events.push({ Action: 'output', Package: unbuilt[1]!, Output: `${t}\n` }, { Action: 'fail', Package: unbuilt[1]! });
    if (!t.startsWith('{')) continue;
    try {
      const value: unknown = JSON.parse(t);
      if (isEvent(value)) events.push(value);
    } catch {
      // a line of another kind, or a last line cut short
    }
  }
  return events.length > 0 ? events : undefined;
}

interface PackageState {
  dir?: string;
  end?: string;
  output: string[];
  tests: Map<string, { status?: ResultStatus; output: string[] }>;
}

export function readGoTestJson(events: readonly GoEvent[], tree: SourceTree): { tests: ReportedTest[]; failures: GroupFailure[]; empty: EmptyGroup[] } {
  const packages = new Map<string, PackageState>();
  for (const e of events) {
    if (!e.Package) continue;
    let pkg = packages.get(e.Package);
    if (!pkg) {
      const dir = tree.goPackageDir(e.Package);
      pkg = { ...(dir !== undefined ? { dir } : {}), output: [], tests: new Map() };
      packages.set(e.Package, pkg);
    }
    if (e.Test) {
      const test = pkg.tests.get(e.Test) ?? { output: [] };
      pkg.tests.set(e.Test, test);
      if (e.Action === 'pass') test.status = 'passed';
      else if (e.Action === 'fail') test.status = 'failed';
      else if (e.Action === 'skip') test.status = 'skipped';
      else if (e.Action === 'output' && e.Output && test.output.length < 20) test.output.push(e.Output);
    } else if (e.Action === 'pass' || e.Action === 'fail' || e.Action === 'skip') pkg.end = e.Action;
    else if (e.Action === 'output' && e.Output && pkg.output.length < 50) pkg.output.push(e.Output);
  }

  const tests: ReportedTest[] = [];
  const failures: GroupFailure[] = [];
  const empty: EmptyGroup[] = [];
  for (const [importPath, pkg] of packages) {
    const group = pkg.dir ?? importPath;
    const where = pkg.dir !== undefined ? { path: pkg.dir } : {};
    for (const [name, t] of pkg.tests) {
      // A test that started and never ended: the binary panicked or timed out under it.
      const status: ResultStatus = t.status ?? 'failed';
      const said = t.output.map((o) => o.trim()).find((o) => o && !/^(?:=== (?:RUN|PAUSE|CONT|NAME)|--- (?:PASS|FAIL|SKIP))/.test(o));
      const detail = status === 'passed' ? undefined : (firstLine(said) ?? (t.status ? undefined : 'started and never finished'));
      tests.push({ id: testId(group, [], name), ...where, suite: [], name, status, ...(detail ? { detail } : {}), group });
    }
    if (pkg.tests.size > 0) continue;
    const output = pkg.output.join('');
    if (pkg.end === 'skip' || /\[no test files\]/.test(output)) continue;
    if (/\[(?:build|setup) failed\]/.test(output) || (pkg.end === 'fail' && !/^ok\s/m.test(output))) {
      failures.push({ group, ...where, message: `package ${importPath} failed before any test ran: ${firstLine(output.split('\n').find((l) => l.trim() && !/^FAIL\s/.test(l)) ?? output) ?? 'no output'}` });
    } else if (pkg.end !== undefined) {
      const note = /no tests to run/.test(output) ? "go test said 'no tests to run' (a -run filter that matches nothing)" : 'the package ran without a single test event: a TestMain that returns without calling m.Run(), or a -run/-skip filter';
      empty.push({ group, ...where, detail: note });
    }
  }
  return { tests, failures, empty };
}
