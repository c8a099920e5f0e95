export const id = 450;
export const ids = [450];
export const modules = {

/***/ 7850:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "8078f218060efd8712fa.mjs";

/***/ }),

/***/ 88973:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "d5334e38cd36fd1ad34a.cjs";

/***/ }),

/***/ 22318:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "797e810b9e577556f2d7.py";

/***/ }),

/***/ 7450:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  alignWithStatic: () => (/* binding */ alignWithStatic),
  borrowBodies: () => (/* binding */ borrowBodies),
  collectWithRunners: () => (/* binding */ collectWithRunners),
  merge: () => (/* binding */ merge),
  onlyPaths: () => (/* binding */ onlyPaths)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/config/lib/index.js + 13 modules
var lib = __webpack_require__(46888);
// EXTERNAL MODULE: ./packages/git/lib/index.js + 8 modules
var git_lib = __webpack_require__(84730);
// EXTERNAL MODULE: ./packages/sandbox/lib/index.js + 10 modules
var sandbox_lib = __webpack_require__(36010);
// EXTERNAL MODULE: ./packages/skip-set/lib/compare-collectors.js
var compare_collectors = __webpack_require__(11748);
// EXTERNAL MODULE: ./packages/skip-set/lib/model.js
var model = __webpack_require__(23005);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./packages/skip-set/lib/runner/run-process.js



/**
 * Whether a toolchain command works on this runner (`python3 -c 'import pytest'`,
 * `go version`). It runs in an empty temp folder, never in a checkout, so no
 * code of the PR runs here; collections themselves run in the sandbox.
 */
function commandWorks(argv, timeoutMs) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)(argv[0], argv.slice(1), { cwd: (0,external_node_os_.tmpdir)(), env: (0,sandbox_lib/* containedProcessEnv */.sA)(), timeout: timeoutMs }, (error) => resolve(!error));
    });
}
function tail(text, chars = 1500) {
    const t = text.trim();
    return t.length <= chars ? t : `…${t.slice(-chars)}`;
}
//# sourceMappingURL=run-process.js.map
;// CONCATENATED MODULE: ./packages/skip-set/lib/runner/go-runner.js



/**
 * `go test -list` over every package of a checkout: the tests the toolchain
 * builds on this platform (build constraints applied). A package that does not
 * build is a collection error: its tests are lost. Ids are `<package dir>::<name>`
 * as in the static collector; `go test -list` cannot see `t.Skip` calls.
 */
async function collectWithGo(dir, options) {
    const go = options.go ?? 'go';
    const env = { GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local', GOPROXY: 'off' };
    const timeoutMs = options.timeoutMs ?? 15 * 60_000;
    const list = await options.sandbox.run({ argv: [go, 'list', '-e', '-f', '{{.ImportPath}}\t{{.Dir}}', './...'], cwd: dir, env, timeoutMs });
    if (list.exitCode !== 0)
        throw new Error(`go list failed (exit ${list.exitCode}): ${tail(list.stderr)}`);
    const dirs = new Map();
    for (const line of list.stdout.split('\n')) {
        const [importPath, pkgDir] = line.split('\t');
        if (importPath && pkgDir)
            dirs.set(importPath, (0,external_node_path_.relative)(dir, pkgDir) || '.');
    }
    const result = await options.sandbox.run({ argv: [go, 'test', '-list', '^(Test|Fuzz)', './...'], cwd: dir, env, timeoutMs });
    if (result.timedOut)
        throw new Error('go test -list did not finish in time.');
    const collection = (0,model/* emptyCollection */.eD)();
    let names = [];
    for (const line of result.stdout.split('\n')) {
        const ok = /^ok\s+(\S+)/.exec(line);
        const failed = /^FAIL\s+(\S+)\s+\[(.+)\]/.exec(line);
        if (ok || failed) {
            const pkg = (ok ?? failed)[1];
            const pkgDir = dirs.get(pkg) ?? pkg;
            collection.files += 1;
            if (failed)
                collection.errors.push({ path: pkgDir, message: `go test -list: package ${pkg} ${failed[2]}: ${tail(result.stderr, 800)}` });
            for (const name of names) {
                const id = (0,model/* testId */.ec)(pkgDir, [], name);
                collection.tests.set(id, { id, path: pkgDir, line: 1, name, suite: [], status: 'active', body: '' });
            }
            names = [];
        }
        else if (/^(?:Test|Fuzz)\w*$/.test(line.trim()))
            names.push(line.trim());
    }
    if (result.exitCode !== 0 && collection.errors.length === 0) {
        collection.errors.push({ path: '.', message: `go test -list failed (exit ${result.exitCode}): ${tail(`${result.stdout}\n${result.stderr}`, 800)}` });
    }
    return collection;
}
async function hasGo(go = 'go') {
    return commandWorks([go, 'version'], 30_000);
}
//# sourceMappingURL=go-runner.js.map
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./packages/skip-set/lib/runner/framework-collection.js

/** A path a framework reported (absolute), as a repository path relative to the checkout's real root. */
function checkoutPath(root, file) {
    return (0,external_node_path_.relative)(root, file).split(external_node_path_.sep).join('/');
}
//# sourceMappingURL=framework-collection.js.map
;// CONCATENATED MODULE: ./packages/skip-set/lib/runner/jest-runner.js








/** jest cannot be asked for its tests the way this collector asks (another test runner, another project runner). */
class JestUnsupportedError extends Error {
    name = 'JestUnsupportedError';
}
const RUNNER_MODULE = 'skip_set_jest_runner.cjs';
/** A test name pattern no name matches: every test is skipped, so no test body or hook runs. */
const NOTHING = '(?!)';
function runnerSource() {
    return (0,external_node_fs_.readFileSync)(new URL(/* asset import */ __webpack_require__(88973), __webpack_require__.b), 'utf8');
}
function projectName(p) {
    const name = typeof p.displayName === 'string' ? p.displayName : p.displayName?.name;
    return name ?? p.rootDir;
}
/** `jest --showConfig`: each project's jest-circus, which the recording runner delegates to. */
async function circusRunners(dir, options, timeoutMs) {
    const r = await options.sandbox.run({ argv: [options.bin, '--showConfig'], cwd: dir, timeoutMs, readOnly: options.readOnly ?? [] });
    const start = r.stdout.indexOf('{');
    let shown;
    try {
        if (r.exitCode !== 0 || start < 0)
            throw new Error('no configuration printed');
        shown = JSON.parse(r.stdout.slice(start));
    }
    catch {
        throw new Error(`jest --showConfig failed (exit ${r.exitCode}${r.timedOut ? ', timed out' : ''}): ${tail((0,external_node_util_.stripVTControlCharacters)(`${r.stdout}\n${r.stderr}`), 800)}`);
    }
    const byProject = {};
    for (const p of shown.configs) {
        if (!/[\\/]jest-runner[\\/]/.test(p.runner)) {
            throw new JestUnsupportedError(`jest project '${projectName(p)}' runs its files with '${p.runner}', not jest-runner, so they are not test files jest-circus can list.`);
        }
        if (!/[\\/]jest-circus[\\/]/.test(p.testRunner)) {
            throw new JestUnsupportedError(`jest project '${projectName(p)}' uses the test runner '${p.testRunner}'; the runner collector reads jest-circus's test tree (jest's default since 27).`);
        }
        byProject[p.id] = p.testRunner;
    }
    // jest 30.5 and later can evaluate test files without starting a run (`--collectTests`).
    return { version: shown.version, byProject, collectsTests: 'collectTests' in shown.globalConfig };
}
function statusOf(test, skippedBy, dump) {
    if (skippedBy)
        return { status: 'skipped', reason: skippedBy, skipKind: 'marker' };
    if (test.mode === 'todo')
        return { status: 'todo', reason: 'todo', skipKind: 'marker' };
    if (test.mode === 'only')
        return { status: 'focused', reason: 'only', skipKind: 'focus' };
    if (dump.hasFocusedTests)
        return { status: 'skipped', reason: 'not run: a focused test (.only) in the file excludes it', skipKind: 'focus' };
    if (test.failing)
        return { status: 'xfail', reason: 'failing', skipKind: 'marker' };
    return { status: 'active' };
}
/** The tests of one file as jest-circus holds them before the run, with the statuses a run would give them. */
function testsFromDump(path, dump) {
    const ids = new model/* IdAllocator */.p();
    const out = [];
    const walk = (nodes, suite, skippedBy) => {
        for (const node of nodes) {
            if (node.type === 'describe') {
                walk(node.children, [...suite, node.name], skippedBy ?? (node.mode === 'skip' ? `describe '${node.name}' skipped` : undefined));
                continue;
            }
            const own = node.mode === 'skip' ? 'skip' : undefined;
            const { status, reason, skipKind } = statusOf(node, skippedBy ?? own, dump);
            out.push({
                id: ids.allocate((0,model/* testId */.ec)(path, suite, node.name)),
                path,
                line: Math.max(1, node.line),
                name: node.name,
                suite,
                status,
                ...(reason ? { reason: `jest: ${reason}`, skipKind } : {}),
                body: '',
            });
        }
    };
    walk(dump.tests, [], dump.rootMode === 'skip' ? 'the file is skipped' : undefined);
    return out;
}
/**
 * Asks jest itself which tests a checkout has: jest runs with a recording
 * `testRunner` that writes each file's jest-circus tree (modes, `failing`,
 * focus, the declaring line) once the file is evaluated, and a test name
 * pattern that matches nothing, so no test body or hook runs (nor the
 * project's globalSetup/globalTeardown). A file jest
 * cannot load (an import error, a describe that throws) is a collection
 * error: its tests are lost, never passed.
 */
async function collectWithJest(dir, options) {
    const timeoutMs = options.timeoutMs ?? 15 * 60_000;
    const work = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'skip-set-jest-'));
    try {
        const runner = (0,external_node_path_.join)(work, RUNNER_MODULE);
        (0,external_node_fs_.writeFileSync)(runner, runnerSource());
        // globalSetup/globalTeardown start services for a run (databases, servers): collection needs none.
        const noop = (0,external_node_path_.join)(work, 'noop.cjs');
        (0,external_node_fs_.writeFileSync)(noop, 'module.exports = async () => {};\n');
        const out = (0,external_node_path_.join)(work, 'trees');
        (0,external_node_fs_.mkdirSync)(out);
        const results = (0,external_node_path_.join)(work, 'results.json');
        const { version, byProject, collectsTests } = await circusRunners(dir, options, timeoutMs);
        const first = Object.values(byProject)[0];
        const env = { SKIP_SET_JEST_OUT: out, SKIP_SET_JEST_CIRCUS: JSON.stringify({ default: first, byProject }) };
        const r = await options.sandbox.run({
            argv: [
                options.bin,
                '--ci',
                ...(collectsTests && options.collectTests !== false ? ['--collectTests'] : []),
                `--testRunner=${runner}`,
                `--testNamePattern=${NOTHING}`,
                '--json',
                `--outputFile=${results}`,
                '--passWithNoTests',
                `--globalSetup=${noop}`,
                `--globalTeardown=${noop}`,
                '--silent',
                '--reporters=default',
                '--watchman=false',
                '--coverage=false',
                '--forceExit',
                // jest leaves a core for itself by default; collection's main process is idle, so use them all.
                '--maxWorkers=100%',
            ],
            cwd: dir,
            env,
            timeoutMs,
            writable: [work],
            readOnly: options.readOnly ?? [],
        });
        if (!(0,external_node_fs_.existsSync)(results)) {
            if (r.timedOut)
                throw new Error(`jest did not finish collecting within ${Math.round(timeoutMs / 1000)} s.`);
            throw new Error(`jest produced no results (exit ${r.exitCode}): ${tail((0,external_node_util_.stripVTControlCharacters)(`${r.stdout}\n${r.stderr}`), 800)}`);
        }
        const parsed = JSON.parse((0,external_node_fs_.readFileSync)(results, 'utf8'));
        const root = (0,external_node_fs_.realpathSync)(dir);
        const collection = (0,model/* emptyCollection */.eD)();
        const files = new Set();
        for (const file of parsed.testResults) {
            const path = checkoutPath(root, file.name);
            files.add(path);
            collection.files += 1;
            const treeFile = (0,external_node_path_.join)(out, `${(0,external_node_crypto_.createHash)('sha1').update(file.name).digest('hex')}.json`);
            const dump = (0,external_node_fs_.existsSync)(treeFile) ? JSON.parse((0,external_node_fs_.readFileSync)(treeFile, 'utf8')) : undefined;
            const failure = file.status === 'failed' ? (0,external_node_util_.stripVTControlCharacters)(file.message).trim() : '';
            if (failure || !dump || dump.unhandledErrors.length > 0) {
                const why = failure || dump?.unhandledErrors.join('\n') || 'jest ran the file without listing its tests';
                collection.errors.push({ path, message: `jest could not collect ${path}: ${tail(why, 800)}` });
                continue;
            }
            for (const t of testsFromDump(path, dump))
                collection.tests.set(t.id, t);
        }
        return { collection, files, version };
    }
    finally {
        (0,external_node_fs_.rmSync)(work, { recursive: true, force: true });
    }
}
//# sourceMappingURL=jest-runner.js.map
;// CONCATENATED MODULE: ./packages/skip-set/lib/runner/js-runner.js


const JEST_CONFIGS = ['jest.config.js', 'jest.config.ts', 'jest.config.mjs', 'jest.config.cjs', 'jest.config.json'];
function configuresJest(checkout) {
    if (JEST_CONFIGS.some((f) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(checkout, f))))
        return true;
    try {
        const pkg = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(checkout, 'package.json'), 'utf8'));
        return pkg.jest !== undefined;
    }
    catch {
        return false;
    }
}
/**
 * The JavaScript framework to ask: the first of the policy's frameworks that
 * is installed; with `auto`, jest when the checkout configures it (a
 * jest.config.* or a `jest` key in package.json), else vitest, else jest.
 */
function jsRunnerFor(checkout, nodeModulesFrom, frameworks) {
    const installed = (tool) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(nodeModulesFrom, 'node_modules', '.bin', tool));
    const wanted = frameworks.includes('auto')
        ? configuresJest(checkout)
            ? ['jest', 'vitest']
            : ['vitest', 'jest']
        : frameworks.filter((f) => f === 'vitest' || f === 'jest');
    return wanted.find(installed);
}
/** A worktree has no node_modules: it borrows the installed one, where the framework is found. */
function borrowNodeModules(dir, nodeModulesFrom) {
    // Absolute: a relative target would resolve against the link's own directory.
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'node_modules')))
        (0,external_node_fs_.symlinkSync)((0,external_node_path_.resolve)(nodeModulesFrom, 'node_modules'), (0,external_node_path_.join)(dir, 'node_modules'), 'dir');
}
//# sourceMappingURL=js-runner.js.map
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
;// CONCATENATED MODULE: ./packages/skip-set/lib/runner/vitest-runner.js







const SCRIPT = 'skip_set_vitest_collect.mjs';
function scriptSource() {
    return (0,external_node_fs_.readFileSync)(new URL(/* asset import */ __webpack_require__(7850), __webpack_require__.b), 'utf8');
}
function vitest_runner_statusOf(test, fileHasFocus) {
    if (test.mode === 'todo')
        return { status: 'todo', reason: 'vitest: todo', skipKind: 'marker' };
    if (test.mode === 'skip') {
        return fileHasFocus
            ? { status: 'skipped', reason: 'vitest: not run (a focused test in the file, or its own skip)', skipKind: 'focus' }
            : { status: 'skipped', reason: 'vitest: skip (skipIf/runIf conditions evaluated)', skipKind: 'marker' };
    }
    if (test.focused)
        return { status: 'focused', reason: 'vitest: only', skipKind: 'focus' };
    if (test.fails)
        return { status: 'xfail', reason: 'vitest: fails', skipKind: 'marker' };
    return { status: 'active' };
}
/**
 * Asks vitest itself which tests a checkout has, through its Node API
 * (`createVitest().collect()`, what `vitest list` uses): every test file is
 * evaluated and no test runs. Statuses are vitest's own: `skipIf`/`runIf`
 * conditions evaluated, focus applied, `.fails` as xfail. A file vitest
 * cannot load (an import error, a describe that throws) is a collection
 * error: its tests are lost, never passed.
 */
async function collectWithVitest(dir, options) {
    const timeoutMs = options.timeoutMs ?? 15 * 60_000;
    let entry;
    try {
        entry = (0,external_node_module_.createRequire)((0,external_node_path_.join)(dir, 'package.json')).resolve('vitest/node');
    }
    catch {
        throw new Error(`vitest's Node API (vitest/node) cannot be resolved from ${dir}.`);
    }
    const work = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'skip-set-vitest-'));
    try {
        const script = (0,external_node_path_.join)(work, SCRIPT);
        (0,external_node_fs_.writeFileSync)(script, scriptSource());
        const out = (0,external_node_path_.join)(work, 'listing.json');
        // Node itself may live outside the system folders (a runner's own node): it is made visible.
        const r = await options.sandbox.run({ argv: [process.execPath, script, entry, out], cwd: dir, timeoutMs, writable: [work], readOnly: [process.execPath, ...(options.readOnly ?? [])] });
        if (!(0,external_node_fs_.existsSync)(out)) {
            if (r.timedOut)
                throw new Error(`vitest did not finish collecting within ${Math.round(timeoutMs / 1000)} s.`);
            throw new Error(`vitest collection produced no listing (exit ${r.exitCode}): ${tail(`${r.stdout}\n${r.stderr}`, 800)}`);
        }
        const listing = JSON.parse((0,external_node_fs_.readFileSync)(out, 'utf8'));
        const root = (0,external_node_fs_.realpathSync)(dir);
        const collection = (0,model/* emptyCollection */.eD)();
        const files = new Set();
        for (const file of listing.files) {
            const path = checkoutPath(root, file.path);
            files.add(path);
            collection.files += 1;
            const errors = [...file.errors, ...file.tests.flatMap((t) => t.errors)];
            if (errors.length > 0) {
                collection.errors.push({ path, message: `vitest could not collect ${path}: ${tail(errors.join('\n'), 800)}` });
                continue;
            }
            const ids = new model/* IdAllocator */.p();
            const hasFocus = file.tests.some((t) => t.focused);
            for (const t of file.tests) {
                const { status, reason, skipKind } = vitest_runner_statusOf(t, hasFocus);
                const test = {
                    id: ids.allocate((0,model/* testId */.ec)(path, t.suite, t.name)),
                    path,
                    line: Math.max(1, t.line),
                    name: t.name,
                    suite: t.suite,
                    status,
                    ...(reason ? { reason, skipKind } : {}),
                    body: '',
                };
                collection.tests.set(test.id, test);
            }
        }
        for (const e of listing.unhandledErrors)
            collection.errors.push({ path: '.', message: `vitest reported an error while collecting: ${tail(e, 800)}` });
        return { collection, files, version: listing.version };
    }
    finally {
        (0,external_node_fs_.rmSync)(work, { recursive: true, force: true });
    }
}
//# sourceMappingURL=vitest-runner.js.map
// EXTERNAL MODULE: ./packages/action-kit/lib/index.js + 10 modules
var action_kit_lib = __webpack_require__(96768);
;// CONCATENATED MODULE: ./packages/skip-set/lib/runner/pytest-runner.js






const PLUGIN_MODULE = 'skip_set_pytest_plugin';
/** The plugin's source, read from the .py file shipped beside this package's sources. */
function pluginSource() {
    return (0,external_node_fs_.readFileSync)(new URL(/* asset import */ __webpack_require__(22318), __webpack_require__.b), 'utf8');
}
function testFromNodeId(nodeid, path, line, status, reason) {
    const parts = nodeid.split('::');
    const name = parts[parts.length - 1] ?? nodeid;
    return {
        id: nodeid,
        path: parts[0] ?? path,
        line: Math.max(1, line),
        name,
        suite: parts.slice(1, -1),
        status,
        ...(status !== 'active' ? { reason, skipKind: 'marker' } : {}),
        body: '',
    };
}
/**
 * Asks pytest itself which tests a checkout has: `pytest --collect-only` with
 * the skip-set plugin loaded by `-p`. Every item comes back with its status
 * (skip/xfail conditions evaluated), configuration-deselected items as skipped,
 * module-level skips, and collection errors (lost tests).
 */
async function collectWithPytest(dir, options) {
    const python = options.python ?? 'python3';
    const work = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'skip-set-pytest-'));
    try {
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(work, `${PLUGIN_MODULE}.py`), pluginSource());
        const reportPath = (0,external_node_path_.join)(work, 'report.json');
        const result = await options.sandbox.run({
            argv: [python, '-m', 'pytest', '--collect-only', '-q', '-p', PLUGIN_MODULE, '-p', 'no:cacheprovider', '--continue-on-collection-errors', '--rootdir', dir, ...(options.paths ?? [])],
            cwd: dir,
            env: { PYTHONPATH: work, SKIP_SET_REPORT: reportPath, PYTHONDONTWRITEBYTECODE: '1' },
            writable: [work],
            timeoutMs: options.timeoutMs ?? 15 * 60_000,
        });
        let report;
        try {
            report = JSON.parse((0,external_node_fs_.readFileSync)(reportPath, 'utf8'));
        }
        catch {
            if (result.timedOut)
                throw new Error(`pytest collection did not finish within ${Math.round((options.timeoutMs ?? 900_000) / 1000)} s.`);
            if (/No module named pytest/.test(result.stderr)) {
                throw new action_kit_lib/* ConfigurationError */.j1(`pytest is not installed for '${python}'.`, {
                    field: 'tests.collector',
                    fix: `install pytest and the project's test dependencies for ${python} before the guard runs, or use collector 'static'.`,
                });
            }
            throw new Error(`pytest collection produced no report (exit ${result.exitCode}): ${tail(`${result.stdout}\n${result.stderr}`)}`);
        }
        const collection = (0,model/* emptyCollection */.eD)();
        collection.skippedFiles = new Map();
        const files = new Set();
        for (const item of [...report.items, ...report.deselected]) {
            files.add(item.path);
            if (item.status === 'error') {
                collection.errors.push({ path: item.path, line: item.line, message: `${item.nodeid}: ${item.reason}` });
                continue;
            }
            collection.tests.set(item.nodeid, testFromNodeId(item.nodeid, item.path, item.line, item.status, item.reason));
        }
        for (const s of report.skipped_collectors)
            collection.skippedFiles.set(s.nodeid.split('::')[0], s.reason);
        for (const e of report.errors) {
            collection.errors.push({ path: e.nodeid.split('::')[0] || '.', message: `pytest could not collect ${e.nodeid || 'the session'}: ${tail(e.message, 800)}` });
        }
        collection.files = files.size;
        return collection;
    }
    finally {
        (0,external_node_fs_.rmSync)(work, { recursive: true, force: true });
    }
}
/** Whether `python` can import pytest. */
async function hasPytest(python = 'python3') {
    return commandWorks([python, '-c', 'import pytest'], 60_000);
}
//# sourceMappingURL=pytest-runner.js.map
;// CONCATENATED MODULE: ./packages/skip-set/lib/runner/runner-collection.js












/** The tests (and errors) of `collection` whose path `keep` accepts. */
function onlyPaths(collection, keep) {
    const out = (0,model/* emptyCollection */.eD)();
    out.files = collection.files;
    for (const [id, t] of collection.tests)
        if (keep(t.path))
            out.tests.set(id, t);
    out.errors = collection.errors.filter((e) => keep(e.path));
    if (collection.skippedFiles)
        out.skippedFiles = collection.skippedFiles;
    return out;
}
function merge(a, b) {
    const out = (0,model/* emptyCollection */.eD)();
    out.files = a.files + b.files;
    for (const c of [a, b])
        for (const [id, t] of c.tests)
            out.tests.set(id, t);
    out.errors = [...a.errors, ...b.errors];
    out.skippedFiles = new Map([...(a.skippedFiles ?? []), ...(b.skippedFiles ?? [])]);
    return out;
}
const availability = new Map();
function available(tool, check) {
    let known = availability.get(tool);
    if (!known) {
        known = check();
        availability.set(tool, known);
    }
    return known;
}
/** Runs the installed frameworks on a worktree of `rev`. */
async function collectWithRunners(options, rev, patterns, label) {
    const files = await (0,git_lib/* listFilesAt */.R4)(options.repo, rev);
    const has = (l) => patterns.languages.has(l) && files.some((f) => (0,lib/* testLanguageOf */.gE)(f, patterns) === l);
    const settings = options.runner ?? {};
    const covered = new Set();
    const coveredFiles = new Set();
    const notes = [];
    const nodeModulesFrom = settings.nodeModulesFrom ?? options.repo;
    const borrowed = (0,external_node_path_.resolve)(nodeModulesFrom, 'node_modules');
    return (0,git_lib/* withWorktree */._u)(options.repo, rev, async (dir) => {
        // The frameworks import the PR's own code (conftest.py, jest and vitest configs, test modules): it runs
        // in a sandbox that only reads the checkout. Failing to open one is a configuration error (fail closed).
        const sandbox = await (0,sandbox_lib/* openSandbox */.Ep)({
            settings: options.policy.runner.sandbox,
            policyPath: options.policyPath ?? lib/* DEFAULT_POLICY_PATH */.lo,
            workdir: dir,
            readOnlyWorkdir: true,
            logger: options.logger,
        });
        try {
            return await collectIn(dir, sandbox);
        }
        finally {
            await sandbox.close();
        }
    });
    async function collectIn(dir, sandbox) {
        let collection = (0,model/* emptyCollection */.eD)();
        if (has('python')) {
            if (!(await available(`python:${settings.python ?? 'python3'}`, () => hasPytest(settings.python)))) {
                notes.push({ rule: 'runner-unavailable', severity: 'warning', message: `pytest is not importable by ${settings.python ?? 'python3'}: Python tests at ${label} were collected statically.` });
            }
            else {
                options.logger.info(`skip-set: pytest --collect-only at ${label} (${rev.slice(0, 12)})`);
                collection = merge(collection, await collectWithPytest(dir, { sandbox, ...(settings.python ? { python: settings.python } : {}), ...(settings.timeoutMs ? { timeoutMs: settings.timeoutMs } : {}) }));
                covered.add('python');
            }
        }
        if (has('go')) {
            if (!(await available(`go:${settings.go ?? 'go'}`, () => hasGo(settings.go)))) {
                notes.push({ rule: 'runner-unavailable', severity: 'notice', message: `go is not installed: Go tests at ${label} were collected statically.` });
            }
            else {
                options.logger.info(`skip-set: go test -list at ${label}`);
                collection = merge(collection, await collectWithGo(dir, { sandbox, ...(settings.go ? { go: settings.go } : {}), ...(settings.timeoutMs ? { timeoutMs: settings.timeoutMs } : {}) }));
                covered.add('go');
            }
        }
        const tool = has('javascript') ? jsRunnerFor(dir, nodeModulesFrom, options.policy.tests.frameworks) : undefined;
        if (tool) {
            const timeout = settings.timeoutMs ? { timeoutMs: settings.timeoutMs } : {};
            try {
                borrowNodeModules(dir, nodeModulesFrom);
                const js = { sandbox, readOnly: [borrowed], ...timeout };
                const framework = tool === 'jest' ? await collectWithJest(dir, { bin: (0,external_node_path_.join)(dir, 'node_modules', '.bin', 'jest'), ...js }) : await collectWithVitest(dir, js);
                options.logger.info(`skip-set: ${tool} ${framework.version} collected ${framework.files.size} test file(s) at ${label}`);
                collection = merge(collection, framework.collection);
                for (const f of framework.files)
                    coveredFiles.add(f);
            }
            catch (e) {
                const message = e instanceof Error ? e.message : String(e);
                notes.push(e instanceof JestUnsupportedError
                    ? { rule: 'runner-unavailable', severity: 'warning', message: `${message} JavaScript tests at ${label} were collected statically.` }
                    : { rule: 'collection-error', severity: 'error', message: `${tool} could not list the tests at ${label}: ${message}` });
            }
        }
        return { collection, covered, coveredFiles, notes };
    }
}
/**
 * Gives a framework's test the static collector's id when the names differ
 * only because the framework expanded a table: jest names each row of
 * `test.each` (`adds 1`, `adds 2`) where the source says `adds %i`. A runner
 * test with no static counterpart by id, declared on the line of exactly one
 * static test, becomes `<static id>[<its own suite::name>]`, so `functionId` groups
 * the rows under the declaration like pytest's parameters.
 */
function alignWithStatic(runner, staticCol, paths) {
    const byLine = new Map();
    for (const t of staticCol.tests.values()) {
        if (!paths.has(t.path))
            continue;
        const key = `${t.path}:${t.line}`;
        byLine.set(key, [...(byLine.get(key) ?? []), t]);
    }
    const aligned = new Map();
    for (const [id, t] of runner.tests) {
        const declared = paths.has(t.path) && !staticCol.tests.has(id) ? byLine.get(`${t.path}:${t.line}`) : undefined;
        if (declared?.length !== 1) {
            aligned.set(id, t);
            continue;
        }
        const next = { ...t, id: `${declared[0].id}[${id.slice(t.path.length + 2)}]` };
        aligned.set(next.id, next);
    }
    runner.tests = aligned;
}
/** Runner items carry no source: borrow the static collector's bodies so renames inside a file still match. */
function borrowBodies(runner, staticCol) {
    for (const t of runner.tests.values()) {
        if (t.body)
            continue;
        const source = staticCol.tests.get(t.id) ?? staticCol.tests.get((0,compare_collectors/* functionId */.Ki)(t.id));
        if (source)
            t.body = source.body;
    }
}
//# sourceMappingURL=runner-collection.js.map

/***/ })

};
