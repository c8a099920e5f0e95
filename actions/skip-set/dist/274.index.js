export const id = 274;
export const ids = [274];
export const modules = {

/***/ 85274:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readReportSet: () => (/* binding */ readReportSet)
});

// UNUSED EXPORTS: expandPattern, readReport

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 7 modules
var esm = __webpack_require__(33581);
// EXTERNAL MODULE: ./packages/skip-set/lib/model.js
var model = __webpack_require__(23005);
// EXTERNAL MODULE: ./packages/skip-set/lib/results/model.js
var results_model = __webpack_require__(45784);
;// CONCATENATED MODULE: ./packages/skip-set/lib/results/go-json.js


function isEvent(value) {
    return typeof value === 'object' && value !== null && typeof value.Action === 'string';
}
/** The events of a stream, or undefined when no line is one. Other lines (build errors under `2>&1`) are skipped. */
function goEvents(text) {
    const events = [];
    for (const line of text.split('\n')) {
        const t = line.trim();
        // Before Go 1.24 a package that does not build has no event, only this line.
        const unbuilt = /^FAIL\s+(\S+)\s+\[(?:build|setup) failed\]/.exec(t);
        if (unbuilt)
            events.push({ Action: 'output', Package: unbuilt[1], Output: `${t}\n` }, { Action: 'fail', Package: unbuilt[1] });
        if (!t.startsWith('{'))
            continue;
        try {
            const value = JSON.parse(t);
            if (isEvent(value))
                events.push(value);
        }
        catch {
            // a line of another kind, or a last line cut short
        }
    }
    return events.length > 0 ? events : undefined;
}
function readGoTestJson(events, tree) {
    const packages = new Map();
    for (const e of events) {
        if (!e.Package)
            continue;
        let pkg = packages.get(e.Package);
        if (!pkg) {
            const dir = tree.goPackageDir(e.Package);
            pkg = { ...(dir !== undefined ? { dir } : {}), output: [], tests: new Map() };
            packages.set(e.Package, pkg);
        }
        if (e.Test) {
            const test = pkg.tests.get(e.Test) ?? { output: [] };
            pkg.tests.set(e.Test, test);
            if (e.Action === 'pass')
                test.status = 'passed';
            else if (e.Action === 'fail')
                test.status = 'failed';
            else if (e.Action === 'skip')
                test.status = 'skipped';
            else if (e.Action === 'output' && e.Output && test.output.length < 20)
                test.output.push(e.Output);
        }
        else if (e.Action === 'pass' || e.Action === 'fail' || e.Action === 'skip')
            pkg.end = e.Action;
        else if (e.Action === 'output' && e.Output && pkg.output.length < 50)
            pkg.output.push(e.Output);
    }
    const tests = [];
    const failures = [];
    const empty = [];
    for (const [importPath, pkg] of packages) {
        const group = pkg.dir ?? importPath;
        const where = pkg.dir !== undefined ? { path: pkg.dir } : {};
        for (const [name, t] of pkg.tests) {
            // A test that started and never ended: the binary panicked or timed out under it.
            const status = t.status ?? 'failed';
            const said = t.output.map((o) => o.trim()).find((o) => o && !/^(?:=== (?:RUN|PAUSE|CONT|NAME)|--- (?:PASS|FAIL|SKIP))/.test(o));
            const detail = status === 'passed' ? undefined : ((0,results_model/* firstLine */.TM)(said) ?? (t.status ? undefined : 'started and never finished'));
            tests.push({ id: (0,model/* testId */.ec)(group, [], name), ...where, suite: [], name, status, ...(detail ? { detail } : {}), group });
        }
        if (pkg.tests.size > 0)
            continue;
        const output = pkg.output.join('');
        if (pkg.end === 'skip' || /\[no test files\]/.test(output))
            continue;
        if (/\[(?:build|setup) failed\]/.test(output) || (pkg.end === 'fail' && !/^ok\s/m.test(output))) {
            failures.push({ group, ...where, message: `package ${importPath} failed before any test ran: ${(0,results_model/* firstLine */.TM)(output.split('\n').find((l) => l.trim() && !/^FAIL\s/.test(l)) ?? output) ?? 'no output'}` });
        }
        else if (pkg.end !== undefined) {
            const note = /no tests to run/.test(output) ? "go test said 'no tests to run' (a -run filter that matches nothing)" : 'the package ran without a single test event: a TestMain that returns without calling m.Run(), or a -run/-skip filter';
            empty.push({ group, ...where, detail: note });
        }
    }
    return { tests, failures, empty };
}
//# sourceMappingURL=go-json.js.map
;// CONCATENATED MODULE: ./packages/skip-set/lib/results/jest-json.js


function isJestJson(value) {
    return typeof value === 'object' && value !== null && Array.isArray(value.testResults) && 'numTotalTests' in value;
}
function statusOf(raw) {
    switch (raw) {
        case 'passed':
            return 'passed';
        case 'failed':
            return 'failed';
        case 'todo':
            return 'todo';
        default:
            // pending (it.skip), skipped, disabled: declared but not run.
            return 'skipped';
    }
}
function readJestJson(value, tree) {
    const tests = [];
    const failures = [];
    for (const file of value.testResults) {
        const rawPath = typeof file.name === 'string' ? file.name : '';
        const path = tree.resolveFile(rawPath);
        const group = path ?? rawPath;
        const results = Array.isArray(file.assertionResults) ? file.assertionResults : [];
        // A file that failed to load (a syntax or import error) reports no test, only its message.
        if (results.length === 0 && file.status === 'failed') {
            failures.push({ group, ...(path ? { path } : {}), message: (0,results_model/* firstLine */.TM)(typeof file.message === 'string' ? file.message.replace(/^\s*●[^\n]*\n+/, '') : undefined) ?? 'the file failed to run' });
        }
        for (const a of results) {
            if (typeof a.title !== 'string')
                continue;
            const suite = Array.isArray(a.ancestorTitles) ? a.ancestorTitles.filter((t) => typeof t === 'string') : [];
            const status = statusOf(a.status);
            const message = Array.isArray(a.failureMessages) && typeof a.failureMessages[0] === 'string' ? (0,results_model/* firstLine */.TM)(a.failureMessages[0]) : undefined;
            const line = typeof a.location?.line === 'number' ? a.location.line : undefined;
            tests.push({
                id: path ? (0,model/* testId */.ec)(path, suite, a.title) : [rawPath, ...suite, a.title].join('::'),
                ...(path ? { path } : {}),
                ...(line ? { line } : {}),
                suite,
                name: a.title,
                status,
                ...(status === 'failed' && message ? { detail: message } : {}),
                group,
                ...(typeof a.numPassingAsserts === 'number' ? { assertions: a.numPassingAsserts } : {}),
            });
        }
    }
    return { tests, failures };
}
//# sourceMappingURL=jest-json.js.map
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 26 modules
var XMLParser = __webpack_require__(69658);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/fxp.js
var fxp = __webpack_require__(75824);
;// CONCATENATED MODULE: ./packages/skip-set/lib/results/junit.js




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
const parser = new XMLParser/* default */.A({
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
/** Character references (`&#xA;`, which gotestsum writes for newlines): the parser decodes only the named five. */
function decode(value) {
    return value.replace(/&#(?:x([0-9a-fA-F]{1,6})|([0-9]{1,7}));/g, (ref, hex, dec) => {
        const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(dec);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ref;
    });
}
function attr(node, name) {
    if (typeof node !== 'object' || node === null)
        return undefined;
    const v = node[`@_${name}`];
    return typeof v === 'string' && v !== '' ? decode(v) : undefined;
}
function junit_text(node) {
    if (typeof node === 'string')
        return node ? decode(node) : undefined;
    if (typeof node === 'object' && node !== null) {
        const t = node['#text'];
        return typeof t === 'string' && t !== '' ? decode(t) : undefined;
    }
    return undefined;
}
/** The line that says why: go's JUnit writers put the test's whole output (`=== RUN`, `--- SKIP`) in the message. */
function reasonOf(message) {
    const lines = message?.split('\n').map((l) => l.trim()) ?? [];
    return (0,results_model/* firstLine */.TM)(lines.find((l) => l && !/^(?:=== (?:RUN|PAUSE|CONT|NAME)|--- (?:PASS|FAIL|SKIP))\b/.test(l)) ?? message);
}
function children(node, name) {
    if (typeof node !== 'object' || node === null)
        return [];
    const v = node[name];
    return Array.isArray(v) ? v : v === undefined ? [] : [v];
}
const SKIPPED_STATUS = /^(?:skipped|skip|notrun|not ?run|disabled|ignored|pending)$/i;
function junit_statusOf(tc) {
    const failure = [...children(tc, 'failure'), ...children(tc, 'error')][0];
    if (failure !== undefined) {
        const detail = reasonOf(attr(failure, 'message') ?? junit_text(failure));
        return { status: 'failed', ...(detail ? { detail } : {}) };
    }
    const skipped = children(tc, 'skipped')[0];
    if (skipped !== undefined) {
        const detail = reasonOf(attr(skipped, 'message') ?? junit_text(skipped));
        const status = attr(skipped, 'type') === 'pytest.xfail' ? 'xfail' : 'skipped';
        return { status, ...(detail ? { detail } : {}) };
    }
    const declared = attr(tc, 'status') ?? attr(tc, 'result');
    if (declared && SKIPPED_STATUS.test(declared))
        return { status: 'skipped', detail: `status="${declared}"` };
    if (declared && /^todo$/i.test(declared))
        return { status: 'todo' };
    return { status: 'passed' };
}
const JVM_EXTENSIONS = ['.java', '.kt', '.groovy', '.scala'];
const DOTTED_EXTENSIONS = ['.py', ...JVM_EXTENSIONS, '.rb'];
/** A class name that names a file with dots (`tests.test_calc.TestAdd`, `com.acme.CalcTest$Inner`). */
function fromDotted(classname, tree) {
    if (!/^[\w$.-]+$/.test(classname))
        return undefined;
    const [outer, ...nested] = classname.split('$');
    const found = tree.resolveDotted(outer, DOTTED_EXTENSIONS);
    if (!found)
        return undefined;
    if (JVM_EXTENSIONS.includes(external_node_path_.posix.extname(found.path))) {
        // The static collector's JVM suite is the class chain from the file's top-level class.
        const top = outer.split('.').at(-(found.rest.length + 1));
        return { path: found.path, suite: [top, ...found.rest, ...nested] };
    }
    return { path: found.path, suite: [...found.rest, ...nested] };
}
function identify(tc, chain, tree, reportKey) {
    const rawName = attr(tc, 'name');
    if (rawName === undefined)
        return undefined;
    const classname = attr(tc, 'classname') ?? attr(tc, 'class');
    const file = attr(tc, 'file') ?? [...chain].reverse().find((s) => s.file)?.file;
    const declaredPath = file !== undefined ? tree.resolveFile(file) : undefined;
    const innermost = [...chain].reverse().find((s) => s.name)?.name;
    if (classname) {
        // vitest: the class name is the file; the name is the describe path joined by ' > '.
        if (/\.[A-Za-z0-9]+$/.test(external_node_path_.posix.basename(classname.replace(/\\/g, '/'))) && /[/\\]/.test(classname)) {
            const path = tree.resolveFile(classname);
            if (path) {
                const parts = rawName.split(' > ');
                return { path, suite: parts.slice(0, -1), name: parts.at(-1), group: path };
            }
        }
        // Go: the class name (gotestsum) or the suite's name (go-junit-report) is the import path.
        for (const candidate of [classname, innermost]) {
            const dir = candidate?.includes('/') ? tree.goPackageDir(candidate) : undefined;
            if (dir !== undefined)
                return { path: dir, suite: [], name: rawName, group: dir };
        }
        const dotted = fromDotted(classname, tree);
        if (dotted && (declaredPath === undefined || declaredPath === dotted.path)) {
            // Gradle names a JUnit 5 method `adds()`; surefire and the static collector `adds`.
            const name = JVM_EXTENSIONS.includes(external_node_path_.posix.extname(dotted.path)) ? rawName.replace(/\(\)$/, '') : rawName;
            return { path: dotted.path, suite: dotted.suite, name, group: dotted.path };
        }
    }
    // Reporters that repeat the title in the class name (jest-junit, mocha-junit-reporter) add nothing by it.
    const suite = classname && classname !== rawName && !rawName.startsWith(classname) && !rawName.endsWith(classname) ? [classname] : [];
    const group = declaredPath ?? innermost ?? reportKey;
    return { ...(declaredPath ? { path: declaredPath } : {}), suite, name: rawName, group };
}
/** A suite that holds no test case: which file or package it stands for, when its name says. */
function emptySuite(suite, tree) {
    const name = suite.name;
    const path = (suite.file ? tree.resolveFile(suite.file) : undefined) ?? (name?.includes('/') ? (tree.goPackageDir(name) ?? tree.resolveFile(name)) : name ? fromDotted(name, tree)?.path : undefined);
    if (path === undefined && name === undefined)
        return undefined;
    return { group: path ?? name, ...(path !== undefined ? { path } : {}), detail: `its suite '${name ?? path}' in the report holds no test case` };
}
function hasCases(node) {
    return children(node, 'testcase').length > 0 || children(node, 'testsuite').some(hasCases);
}
/** The tests of a JUnit XML report, or undefined when the XML is not one (a coverage report). Throws on malformed XML. */
function readJUnit(xml, tree, reportKey) {
    const valid = fxp/* XMLValidator */.iI.validate(xml);
    if (valid !== true)
        throw new Error(`not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`);
    const doc = parser.parse(xml);
    const roots = [...children(doc, 'testsuites'), ...children(doc, 'testsuite')];
    if (roots.length === 0)
        return undefined;
    const tests = [];
    const empty = [];
    const visit = (node, chain) => {
        for (const tc of children(node, 'testcase')) {
            const who = identify(tc, chain, tree, reportKey);
            if (!who)
                continue;
            const { status, detail } = junit_statusOf(tc);
            const line = Number.parseInt(attr(tc, 'line') ?? '', 10);
            const id = who.path !== undefined ? (0,model/* testId */.ec)(who.path, who.suite, who.name) : [...who.suite, who.name].join('::');
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
            const info = { ...(name ? { name } : {}), ...(file ? { file } : {}) };
            if (!hasCases(suite)) {
                const group = emptySuite(info, tree);
                if (group)
                    empty.push(group);
            }
            visit(suite, [...chain, info]);
        }
    };
    for (const root of children(doc, 'testsuites'))
        visit(root, []);
    for (const suite of children(doc, 'testsuite'))
        visit({ testsuite: [suite] }, []);
    return { tests, empty };
}
//# sourceMappingURL=junit.js.map
;// CONCATENATED MODULE: ./packages/skip-set/lib/results/pytest-json.js

function isPytestJson(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const v = value;
    return 'exitcode' in v && 'summary' in v && ('tests' in v || 'collectors' in v || 'root' in v);
}
function pytest_json_statusOf(outcome) {
    switch (outcome) {
        case 'passed':
        case 'xpassed':
            return 'passed';
        case 'skipped':
            return 'skipped';
        case 'xfailed':
            return 'xfail';
        default:
            return 'failed';
    }
}
function splitNodeId(nodeid, tree) {
    const [file = '', ...rest] = nodeid.split('::');
    const path = tree.resolveFile(file);
    const name = rest.at(-1) ?? file;
    return { ...(path ? { path } : {}), file, suite: rest.slice(0, -1), name };
}
function readPytestJson(value, tree) {
    const report = value;
    if (!Array.isArray(report.tests))
        throw new Error('the report has no per-test entries (written with --json-report-summary?): write it without that option');
    const tests = [];
    for (const t of report.tests) {
        if (typeof t.nodeid !== 'string')
            continue;
        const { path, file, suite, name } = splitNodeId(t.nodeid, tree);
        const status = pytest_json_statusOf(t.outcome);
        const repr = status === 'passed' ? undefined : (t.call?.longrepr ?? t.setup?.longrepr);
        const detail = (0,results_model/* firstLine */.TM)(typeof repr === 'string' ? repr : undefined);
        const id = path ? [path, ...suite, name].join('::') : t.nodeid;
        tests.push({
            id,
            ...(path ? { path } : {}),
            ...(typeof t.lineno === 'number' ? { line: t.lineno + 1 } : {}),
            suite,
            name,
            status,
            ...(detail ? { detail } : {}),
            group: path ?? file,
        });
    }
    const failures = [];
    for (const c of Array.isArray(report.collectors) ? report.collectors : []) {
        if (c.outcome !== 'failed' || typeof c.nodeid !== 'string')
            continue;
        const file = c.nodeid.split('::')[0] ?? c.nodeid;
        const path = tree.resolveFile(file);
        const lines = typeof c.longrepr === 'string' ? c.longrepr.trim().split('\n') : [];
        failures.push({ group: path ?? file, ...(path ? { path } : {}), message: (0,results_model/* firstLine */.TM)(lines.findLast((l) => /^E\s/.test(l))?.replace(/^E\s+/, '') ?? lines.at(-1)) ?? 'pytest could not collect it' });
    }
    return { tests, failures };
}
//# sourceMappingURL=pytest-json.js.map
;// CONCATENATED MODULE: ./packages/skip-set/lib/results/read-reports.js







/** Larger than any report a test run writes; a bigger file is not read whole into memory. */
const MAX_REPORT_BYTES = 256 * 1024 * 1024;
/** A directory walk stops here: a pattern that reaches this far names the wrong folder. */
const MAX_WALKED_FILES = 50_000;
const MAGIC = /[*?[\]{}]|[!@+]\(/;
const toPosix = (p) => p.split(external_node_path_.sep).join('/');
async function walk(dir, out) {
    let entries;
    try {
        entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    }
    catch {
        return;
    }
    for (const e of entries) {
        if (out.length >= MAX_WALKED_FILES)
            throw new Error(`more than ${MAX_WALKED_FILES} files under ${dir}: point the report patterns at the report files or their folder`);
        const full = (0,external_node_path_.join)(dir, e.name);
        // Symbolic links are not followed: a report is a file the test run wrote.
        if (e.isDirectory())
            await walk(full, out);
        else if (e.isFile())
            out.push(full);
    }
}
/**
 * The files a pattern names, each with its key: its path below the pattern's
 * fixed part (a folder: below the folder; a file: its name). Base and head
 * reports with the same key are the same suite's.
 */
async function expandPattern(pattern, cwd) {
    const absolute = (0,external_node_path_.resolve)(cwd, pattern);
    if (!MAGIC.test(pattern)) {
        const stat = await (0,promises_.lstat)(absolute).catch(() => undefined);
        if (stat?.isFile())
            return [{ file: absolute, key: (0,external_node_path_.basename)(absolute) }];
        if (!stat?.isDirectory())
            return [];
        const files = [];
        await walk(absolute, files);
        return files.sort().map((file) => ({ file, key: toPosix((0,external_node_path_.relative)(absolute, file)) }));
    }
    const segments = toPosix(absolute).split('/');
    const fixed = [];
    for (const s of segments) {
        if (MAGIC.test(s))
            break;
        fixed.push(s);
    }
    const root = fixed.join('/') || '/';
    const files = [];
    await walk(root, files);
    const posixPattern = toPosix(absolute);
    return files
        .filter((f) => (0,esm/* minimatch */.xF)(toPosix(f), posixPattern, { dot: true }))
        .sort()
        .map((file) => ({ file, key: toPosix((0,external_node_path_.relative)(root, file)) }));
}
/** Whether text that failed to parse was meant to be a report (then it is unreadable, not ignored). */
function looksLikeReport(text) {
    return /<testsuites?[\s>]|"testResults"|"Action"\s*:|"nodeid"|"exitcode"/.test(text.slice(0, 65536));
}
/** One file read as whichever report it is; undefined when it is none. */
function readReport(text, file, key, tree) {
    const start = text.trimStart()[0];
    const base = { file, key, failures: [], empty: [] };
    if (start === '<') {
        const junit = readJUnit(text, tree, key);
        return junit ? { ...base, format: 'junit-xml', tests: junit.tests, empty: junit.empty } : undefined;
    }
    let value;
    try {
        value = start === '{' || start === '[' ? JSON.parse(text) : undefined;
    }
    catch {
        value = undefined;
    }
    if (value === undefined) {
        // JSON lines, between which `go test -json` may print what the build said ("FAIL pkg [build failed]").
        const events = goEvents(text);
        if (events)
            return { ...base, format: 'go-test-json', ...readGoTestJson(events, tree) };
        if (start === '{' || start === '[')
            throw new Error('not valid JSON, nor JSON lines of go test -json events');
        return undefined;
    }
    if (isJestJson(value))
        return { ...base, format: 'jest-json', ...readJestJson(value, tree) };
    if (isPytestJson(value))
        return { ...base, format: 'pytest-json', ...readPytestJson(value, tree) };
    const events = goEvents(text);
    if (events)
        return { ...base, format: 'go-test-json', ...readGoTestJson(events, tree) };
    return undefined;
}
/**
 * Every report the patterns name, read against the revision's tree. A file
 * that is meant to be a report and cannot be read is `unreadable` (the
 * comparison cannot be decided); other files (coverage, logs) are ignored.
 */
async function readReportSet(patterns, cwd, tree) {
    const set = { reports: [], unreadable: [], ignored: [], unmatched: [] };
    const seen = new Set();
    for (const pattern of patterns) {
        const matches = await expandPattern(pattern, cwd);
        if (matches.length === 0)
            set.unmatched.push(pattern);
        for (const { file, key } of matches) {
            if (seen.has(file))
                continue;
            seen.add(file);
            const shown = (0,external_node_path_.isAbsolute)(pattern) ? file : toPosix((0,external_node_path_.relative)(cwd, file));
            const stat = await (0,promises_.lstat)(file);
            if (stat.size > MAX_REPORT_BYTES) {
                set.unreadable.push({ file: shown, message: `${stat.size} bytes, more than the ${MAX_REPORT_BYTES} a report is read up to` });
                continue;
            }
            const text = await (0,promises_.readFile)(file, 'utf8');
            try {
                const report = readReport(text, shown, key, tree);
                if (report)
                    set.reports.push(report);
                else
                    set.ignored.push(shown);
            }
            catch (error) {
                if (looksLikeReport(text))
                    set.unreadable.push({ file: shown, message: error instanceof Error ? error.message : String(error) });
                else
                    set.ignored.push(shown);
            }
        }
    }
    return set;
}
//# sourceMappingURL=read-reports.js.map

/***/ })

};
