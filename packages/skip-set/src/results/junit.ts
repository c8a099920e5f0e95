import { posix } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { testId } from '../model.js';
import { firstLine, type EmptyGroup, type ReportedTest, type ResultStatus } from './model.js';
import type { SourceTree } from './source-tree.js';

/**
 * JUnit XML, as the tools write it. One reader for the dialects, which differ
 * in how they name a test:
 * - pytest `--junitxml`: `classname="tests.test_calc.TestAdd"` (dotted module, then classes), `file`/`line` with xunit1;
 *   an x-failed test is `<skipped type="pytest.xfail">`;
 * - vitest `--reporter=junit`: `classname="src/calc.test.ts"`, `name="outer > inner > adds"`;
 * - jest-junit: `classname` and `name` are the full title by default, `file` with `addFileAttribute`;
 * - Maven surefire / Gradle `TEST-*.xml`: `classname="com.acme.CalcTest$Inner"` (nested classes after `$`);
 * - gotestsum / go-junit-report: `classname` or the suite's `name` is the Go import path, subtests `TestA/sub`;
 * - mocha-junit-reporter: nested `testsuite`s with `file`, `name` the full title;
 * - RSpec's JUnit formatter: `classname="spec.models.user_spec"` (the file, dotted), `file="./spec/…"`.
 * Skips are `<skipped>` (or a `status`/`result` attribute), failures `<failure>`/`<error>`;
 * `<flakyFailure>`/`<rerunFailure>` alone mean a rerun passed.
 */

const ARRAYS = new Set(['testsuite', 'testcase', 'skipped', 'failure', 'error', 'flakyFailure', 'flakyError', 'rerunFailure', 'rerunError']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  isArray: (name) => ARRAYS.has(name),
});

type XmlNode = Record<string, unknown>;

interface Suite {
  name?: string;
  file?: string;
}

/** Character references (`&#xA;`, which gotestsum writes for newlines): the parser decodes only the named five. */
function decode(value: string): string {
  return value.replace(/&#(?:x([0-9a-fA-F]{1,6})|([0-9]{1,7}));/g, (ref, hex: string | undefined, dec: string | undefined) => {
    const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(dec);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ref;
  });
}

function attr(node: unknown, name: string): string | undefined {
  if (typeof node !== 'object' || node === null) return undefined;
  const v = (node as XmlNode)[`@_${name}`];
  return typeof v === 'string' && v !== '' ? decode(v) : undefined;
}

function text(node: unknown): string | undefined {
  if (typeof node === 'string') return node ? decode(node) : undefined;
  if (typeof node === 'object' && node !== null) {
    const t = (node as XmlNode)['#text'];
    return typeof t === 'string' && t !== '' ? decode(t) : undefined;
  }
  return undefined;
}

/** The line that says why: go's JUnit writers put the test's whole output (`=== RUN`, `--- SKIP`) in the message. */
function reasonOf(message: string | undefined): string | undefined {
  const lines = message?.split('\n').map((l) => l.trim()) ?? [];
  return firstLine(lines.find((l) => l && !/^(?:=== (?:RUN|PAUSE|CONT|NAME)|--- (?:PASS|FAIL|SKIP))\b/.test(l)) ?? message);
}

function children(node: unknown, name: string): unknown[] {
  if (typeof node !== 'object' || node === null) return [];
  const v = (node as XmlNode)[name];
  return Array.isArray(v) ? v : v === undefined ? [] : [v];
}

const SKIPPED_STATUS = /^(?:skipped|skip|notrun|not ?run|disabled|ignored|pending)$/i;

function statusOf(tc: unknown): { status: ResultStatus; detail?: string } {
  const failure = [...children(tc, 'failure'), ...children(tc, 'error')][0];
  if (failure !== undefined) {
    const detail = reasonOf(attr(failure, 'message') ?? text(failure));
    return { status: 'failed', ...(detail ? { detail } : {}) };
  }
  const skipped = children(tc, 'skipped')[0];
  if (skipped !== undefined) {
    const detail = reasonOf(attr(skipped, 'message') ?? text(skipped));
    const status: ResultStatus = attr(skipped, 'type') === 'pytest.xfail' ? 'xfail' : 'skipped';
    return { status, ...(detail ? { detail } : {}) };
  }
  const declared = attr(tc, 'status') ?? attr(tc, 'result');
  if (declared && SKIPPED_STATUS.test(declared)) return { status: 'skipped', detail: `status="${declared}"` };
  if (declared && /^todo$/i.test(declared)) return { status: 'todo' };
  return { status: 'passed' };
}

const JVM_EXTENSIONS = ['.java', '.kt', '.groovy', '.scala'];
const DOTTED_EXTENSIONS = ['.py', ...JVM_EXTENSIONS, '.rb'];

interface Identity {
  path?: string;
  suite: string[];
  name: string;
  group: string;
}

/** A class name that names a file with dots (`tests.test_calc.TestAdd`, `com.acme.CalcTest$Inner`). */
function fromDotted(classname: string, tree: SourceTree): { path: string; suite: string[] } | undefined {
  if (!/^[\w$.-]+$/.test(classname)) return undefined;
  const [outer, ...nested] = classname.split('$');
  const found = tree.resolveDotted(outer!, DOTTED_EXTENSIONS);
  if (!found) return undefined;
  if (JVM_EXTENSIONS.includes(posix.extname(found.path))) {
    // The static collector's JVM suite is the class chain from the file's top-level class.
    const top = outer!.split('.').at(-(found.rest.length + 1))!;
    return { path: found.path, suite: [top, ...found.rest, ...nested] };
  }
  return { path: found.path, suite: [...found.rest, ...nested] };
}

function identify(tc: unknown, chain: readonly Suite[], tree: SourceTree, reportKey: string): Identity | undefined {
  const rawName = attr(tc, 'name');
  if (rawName === undefined) return undefined;
  const classname = attr(tc, 'classname') ?? attr(tc, 'class');
  const file = attr(tc, 'file') ?? [...chain].reverse().find((s) => s.file)?.file;
  const declaredPath = file !== undefined ? tree.resolveFile(file) : undefined;
  const innermost = [...chain].reverse().find((s) => s.name)?.name;

  if (classname) {
    // vitest: the class name is the file; the name is the describe path joined by ' > '.
    if (/\.[A-Za-z0-9]+$/.test(posix.basename(classname.replace(/\\/g, '/'))) && /[/\\]/.test(classname)) {
      const path = tree.resolveFile(classname);
      if (path) {
        const parts = rawName.split(' > ');
        return { path, suite: parts.slice(0, -1), name: parts.at(-1)!, group: path };
      }
    }
    // Go: the class name (gotestsum) or the suite's name (go-junit-report) is the import path.
    for (const candidate of [classname, innermost]) {
      const dir = candidate?.includes('/') ? tree.goPackageDir(candidate) : undefined;
      if (dir !== undefined) return { path: dir, suite: [], name: rawName, group: dir };
    }
    const dotted = fromDotted(classname, tree);
    if (dotted && (declaredPath === undefined || declaredPath === dotted.path)) {
      // Gradle names a JUnit 5 method `adds()`; surefire and the static collector `adds`.
      const name = JVM_EXTENSIONS.includes(posix.extname(dotted.path)) ? rawName.replace(/\(\)$/, '') : rawName;
      return { path: dotted.path, suite: dotted.suite, name, group: dotted.path };
    }
  }
  // Reporters that repeat the title in the class name (jest-junit, mocha-junit-reporter) add nothing by it.
  const suite = classname && classname !== rawName && !rawName.startsWith(classname) && !rawName.endsWith(classname) ? [classname] : [];
  const group = declaredPath ?? innermost ?? reportKey;
  return { ...(declaredPath ? { path: declaredPath } : {}), suite, name: rawName, group };
}

/** A suite that holds no test case: which file or package it stands for, when its name says. */
function emptySuite(suite: Suite, tree: SourceTree): EmptyGroup | undefined {
  const name = suite.name;
  const path = (suite.file ? tree.resolveFile(suite.file) : undefined) ?? (name?.includes('/') ? (tree.goPackageDir(name) ?? tree.resolveFile(name)) : name ? fromDotted(name, tree)?.path : undefined);
  if (path === undefined && name === undefined) return undefined;
  return { group: path ?? name!, ...(path !== undefined ? { path } : {}), detail: `its suite '${name ?? path}' in the report holds no test case` };
}

function hasCases(node: unknown): boolean {
  return children(node, 'testcase').length > 0 || children(node, 'testsuite').some(hasCases);
}

/** The tests of a JUnit XML report, or undefined when the XML is not one (a coverage report). Throws on malformed XML. */
export function readJUnit(xml: string, tree: SourceTree, reportKey: string): { tests: ReportedTest[]; empty: EmptyGroup[] } | undefined {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`);
  const doc = parser.parse(xml) as XmlNode;
  const roots = [...children(doc, 'testsuites'), ...children(doc, 'testsuite')];
  if (roots.length === 0) return undefined;
  const tests: ReportedTest[] = [];
  const empty: EmptyGroup[] = [];

  const visit = (node: unknown, chain: Suite[]): void => {
    for (const tc of children(node, 'testcase')) {
      const who = identify(tc, chain, tree, reportKey);
      if (!who) continue;
      const { status, detail } = statusOf(tc);
      const line = Number.parseInt(attr(tc, 'line') ?? '', 10);
      const id = who.path !== undefined ? testId(who.path, who.suite, who.name) : [...who.suite, who.name].join('::');
      tests.push({
        id,
        ...(who.path !== undefined ? { path: who.path } : {}),
        ...(line > 0 ? { line } : {}),
        suite: who.suite,
        name: who.name,
        status,
        ...(detail ? { detail } : {}),
        group: who.group,
      });
    }
    for (const suite of children(node, 'testsuite')) {
      const name = attr(suite, 'name');
      const file = attr(suite, 'file') ?? attr(suite, 'filepath');
      const info: Suite = { ...(name ? { name } : {}), ...(file ? { file } : {}) };
      if (!hasCases(suite)) {
        const group = emptySuite(info, tree);
        if (group) empty.push(group);
      }
      visit(suite, [...chain, info]);
    }
  };
  for (const root of children(doc, 'testsuites')) visit(root, []);
  for (const suite of children(doc, 'testsuite')) visit({ testsuite: [suite] }, []);
  return { tests, empty };
}
