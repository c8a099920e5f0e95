import { posix } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { maskCLike, pythonStatementsOf } from '@agent-guards/source-lexing';

/**
 * Test harness: the files that decide what a framework collects and how it
 * runs a test, without being a test. Each kind names its framework and reads
 * the parts of a file that are harness (the pytest table of a pyproject.toml,
 * the test scripts of a package.json), so a dependency bump in the same file is
 * not a harness change. A file of a whole-file kind is harness in all of it.
 */
export interface HarnessKind {
  /** e.g. `conftest.py`, `pytest configuration`, `vitest configuration`. */
  what: string;
  framework: string;
  /** The harness parts of the file, by name; empty when it holds none. Throws on a file that does not parse. */
  parts(text: string, path: string): Map<string, string>;
}

const WHOLE = 'whole file';

function whole(text: string): Map<string, string> {
  return new Map([[WHOLE, normalizeLines(text)]]);
}

/** Lines without trailing blanks and without blank lines: a whitespace-only edit is no change. */
export function normalizeLines(text: string): string {
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+$/, ''))
    .filter((l) => l !== '')
    .join('\n');
}

/** Stable JSON: object keys sorted, so a reordered table is no change. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

function partsOf(entries: [string, unknown][]): Map<string, string> {
  return new Map(entries.filter(([, v]) => v !== undefined).map(([k, v]) => [k, typeof v === 'string' ? v : stable(v)]));
}

/** INI sections (`[name]`), each as its normalized key lines; comments dropped. */
export function iniSections(text: string): Map<string, string> {
  const sections = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const header = /^\s*\[([^\]]+)\]\s*$/.exec(raw);
    if (header) {
      current = [];
      sections.set(header[1]!.trim(), current);
      continue;
    }
    if (!current || /^\s*[#;]/.test(raw) || raw.trim() === '') continue;
    current.push(raw.replace(/\s+$/, ''));
  }
  return new Map([...sections].map(([k, v]) => [k, v.join('\n')]));
}

const TEST_TASK = /(?:^|[:._-])(?:test|tests|spec|check|ci|pytest|unittest)(?:$|[:._-])|^(?:pre|post)test/i;
const TEST_COMMAND = /\b(?:pytest|py\.test|unittest|tox|nox|vitest|jest|mocha|node\s+(?:[^|;&]*\s)?--test|go\s+test|cargo\s+(?:test|nextest)|rspec|mvn|gradle|gradlew)\b/;

/** Entries of a task table (npm scripts, poe tasks, hatch scripts) that run tests, and the tasks they call. */
function testTasks(tasks: Record<string, unknown> | undefined, prefix: string): [string, unknown][] {
  if (!tasks || typeof tasks !== 'object') return [];
  const chosen = new Set(Object.keys(tasks).filter((name) => TEST_TASK.test(name) || TEST_COMMAND.test(stable(tasks[name]))));
  // A test script that runs another script (`npm run test:unit`) makes that one harness too.
  for (let grew = true; grew; ) {
    grew = false;
    for (const name of [...chosen]) {
      const body = stable(tasks[name]);
      for (const other of Object.keys(tasks)) {
        if (chosen.has(other)) continue;
        const quoted = other.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        if (new RegExp(`(?:run(?:-script)?|yarn|pnpm|bun|poe|hatch\\s+run|task)\\s+(?:[\\w:-]+\\s+)*${quoted}(?![\\w:-])`).test(body)) {
          chosen.add(other);
          grew = true;
        }
      }
    }
  }
  return [...chosen].sort().map((name) => [`${prefix}.${name}`, tasks[name]]);
}

function pyprojectParts(text: string): Map<string, string> {
  const doc = parseToml(text) as Record<string, Record<string, unknown> | undefined>;
  const tool = (doc.tool ?? {}) as Record<string, Record<string, unknown> | undefined>;
  const project = (doc.project ?? {}) as { 'entry-points'?: Record<string, unknown>; scripts?: Record<string, unknown> };
  const poetry = tool.poetry as { plugins?: Record<string, unknown> } | undefined;
  const hatchEnvs = (tool.hatch as { envs?: Record<string, { scripts?: Record<string, unknown> }> } | undefined)?.envs ?? {};
  return partsOf([
    ['[tool.pytest]', tool.pytest],
    ['[tool.tox]', tool.tox],
    ['[project.entry-points.pytest11]', project['entry-points']?.pytest11],
    ['[tool.poetry.plugins.pytest11]', poetry?.plugins?.pytest11],
    ...Object.entries(hatchEnvs).flatMap(([env, e]) => testTasks(e?.scripts, `[tool.hatch.envs.${env}.scripts]`)),
    ...testTasks(tool.poe?.tasks as Record<string, unknown> | undefined, '[tool.poe.tasks]'),
    ...testTasks(tool.pdm?.scripts as Record<string, unknown> | undefined, '[tool.pdm.scripts]'),
    ...testTasks(tool.taskipy?.tasks as Record<string, unknown> | undefined, '[tool.taskipy.tasks]'),
  ]);
}

function sectionParts(text: string, keep: (section: string) => boolean): Map<string, string> {
  return new Map([...iniSections(text)].filter(([s]) => keep(s)).map(([s, body]) => [`[${s}]`, body]));
}

function setupCfgParts(text: string): Map<string, string> {
  const sections = iniSections(text);
  const out = new Map([...sections].filter(([s]) => s === 'tool:pytest' || s === 'tox:tox' || /^testenv(?::|$)/.test(s)).map(([s, b]) => [`[${s}]`, b] as [string, string]));
  // pytest11 entry points register plugins; other entry points are the package's own.
  const entryPoints = sections.get('options.entry_points');
  if (entryPoints) {
    const block = /(?:^|\n)pytest11\s*=[^\n]*(?:\n[ \t]+[^\n]*)*/.exec(entryPoints);
    if (block) out.set('[options.entry_points] pytest11', block[0].trim());
  }
  return out;
}

/** Lines of a Python or Ruby file that register test collection (setup.py's entry points, test_suite). */
function linesMatching(text: string, re: RegExp, name: string): Map<string, string> {
  const lines = text.split(/\r?\n/).filter((l) => re.test(l)).map((l) => l.trim());
  return lines.length > 0 ? new Map([[name, lines.join('\n')]]) : new Map();
}

function packageJsonParts(text: string): Map<string, string> {
  const pkg = JSON.parse(text) as Record<string, unknown>;
  return partsOf([
    ...testTasks(pkg.scripts as Record<string, unknown> | undefined, 'scripts'),
    ['jest', pkg.jest],
    ['mocha', pkg.mocha],
    ['ava', pkg.ava],
    ['workspaces', pkg.workspaces],
  ]);
}

/** make and just: the recipes of test targets and the variables that name test tools or options. */
function makeParts(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    const variable = /^(?:export\s+)?([A-Za-z_][\w.-]*)\s*(?::?=|\?=|\+=|:=)\s*(.*)$/.exec(line);
    if (variable && (/TEST|SPEC|PYTEST|JEST|VITEST|MOCHA/i.test(variable[1]!) || TEST_COMMAND.test(variable[2]!))) {
      out.set(`variable ${variable[1]}`, `${out.get(`variable ${variable[1]}`) ?? ''}${line.trim()}\n`);
      continue;
    }
    const rule = /^([@A-Za-z_.][^:=#\s]*(?:\s+[^:=#\s]+)*)\s*(?:\*?[^:=]*)?:(?!=)(.*)$/.exec(line);
    if (!rule || /^\s/.test(line)) continue;
    const recipe: string[] = [line.trim()];
    for (let j = i + 1; j < lines.length && (/^[ \t]/.test(lines[j]!) || lines[j]!.trim() === ''); j += 1) if (lines[j]!.trim()) recipe.push(lines[j]!.trim());
    const targets = rule[1]!.replace(/^@/, '').split(/\s+/);
    if (targets.some((t) => TEST_TASK.test(t)) || recipe.slice(1).some((r) => TEST_COMMAND.test(r))) out.set(`target ${targets.join(' ')}`, recipe.join('\n'));
  }
  return out;
}

function taskfileParts(text: string): Map<string, string> {
  const doc = parseYaml(text) as { tasks?: Record<string, unknown> } | null;
  return partsOf(testTasks(doc?.tasks, 'tasks'));
}

/** A gradle build: the blocks that configure the test task (filters, excludes, enabled, JUnit platform tags). */
function gradleParts(text: string, path: string): Map<string, string> {
  const masked = maskCLike(text, path.endsWith('.kts') ? 'kotlin' : 'java').masked;
  const out = new Map<string, string>();
  const header =
    /(?:^|[\s;{(])((?:tasks\s*\.\s*)?(?:test|integrationTest)|tasks\s*\.\s*(?:named|getByName|withType|register|create)\s*(?:<\s*Test\s*>)?\s*\([^)]*\)|tasks\s*\.\s*withType\s*<\s*Test\s*>\s*\(\s*\)|testing|test\s*\.\s*configure|useJUnitPlatform|useJUnit|useTestNG|filter|test\s*\.\s*(?:exclude|include|filter|enabled|onlyIf|ignoreFailures|useJUnitPlatform))\s*(?:\.configure\s*)?\{/g;
  for (let m = header.exec(masked); m; m = header.exec(masked)) {
    const open = m.index + m[0].length - 1;
    const close = matchBrace(masked, open);
    const name = m[1]!.replace(/\s+/g, '');
    if (/^tasks\.(?:named|getByName|register|create)/.test(name) && !/test|Test/.test(name)) continue;
    out.set(`${name} { }`, normalizeLines(text.slice(m.index, close < 0 ? text.length : close + 1)));
    header.lastIndex = close < 0 ? masked.length : close + 1;
  }
  // One-line settings: `test.enabled = false`, `check.dependsOn.remove(test)`, `tasks.test.configure …`.
  const single = text.split(/\r?\n/).filter((l, i) => /\b(?:tasks\s*\.\s*)?test\s*\.\s*(?:enabled|exclude|include|onlyIf|ignoreFailures|filter|useJUnitPlatform)|dependsOn\s*\.\s*remove|-x\s+test\b/.test(maskedLine(masked, text, i)));
  if (single.length > 0) out.set('test settings', single.map((l) => l.trim()).join('\n'));
  return out;
}

function maskedLine(masked: string, text: string, index: number): string {
  let start = 0;
  for (let k = 0; k < index; k += 1) start = text.indexOf('\n', start) + 1;
  const end = text.indexOf('\n', start);
  return masked.slice(start, end < 0 ? masked.length : end);
}

function matchBrace(masked: string, open: number): number {
  let depth = 0;
  for (let i = open; i < masked.length; i += 1) {
    const c = masked[i];
    if (c === '{') depth += 1;
    else if (c === '}') {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** pom.xml: the surefire and failsafe plugins, test-skipping properties, the test source directory. */
function pomParts(text: string): Map<string, string> {
  const xml = text.replace(/<!--[^]*?-->/g, '');
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<plugin>(?:(?!<\/plugin>)[^])*<\/plugin>/g)) {
    const artifact = /<artifactId>\s*([^<\s]+)\s*<\/artifactId>/.exec(m[0])?.[1];
    if (artifact && /surefire|failsafe|junit|testng|scalatest|spock/.test(artifact)) {
      const key = `plugin ${artifact}`;
      out.set(key, `${out.get(key) ?? ''}${normalizeLines(m[0])}\n`);
    }
  }
  for (const m of xml.matchAll(/<((?:maven\.test\.|surefire\.|failsafe\.|junit\.|skip)[\w.-]*|skipTests|skipITs|test|it\.test|groups|excludedGroups|testSourceDirectory|testExcludes|testIncludes)>([^<]*)<\/\1>/g)) {
    out.set(`<${m[1]}>`, `${out.get(`<${m[1]}>`) ?? ''}${m[2]!.trim()}\n`);
  }
  return out;
}

function cargoParts(text: string): Map<string, string> {
  const doc = parseToml(text) as Record<string, unknown>;
  const pick = (o: unknown, keys: string[]): Record<string, unknown> | undefined => {
    if (!o || typeof o !== 'object') return undefined;
    const picked = Object.fromEntries(keys.filter((k) => (o as Record<string, unknown>)[k] !== undefined).map((k) => [k, (o as Record<string, unknown>)[k]]));
    return Object.keys(picked).length > 0 ? picked : undefined;
  };
  const targetFlags = ['test', 'harness', 'doctest', 'required-features', 'path'];
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  return partsOf([
    ['[[test]]', doc.test],
    ['[lib] test flags', pick(doc.lib, ['test', 'harness', 'doctest'])],
    ['[[bin]] test flags', list(doc.bin).map((b) => pick(b, targetFlags)).filter(Boolean).length > 0 ? list(doc.bin).map((b) => pick(b, targetFlags)) : undefined],
    ['[package] autotests', pick(doc.package, ['autotests', 'autobins', 'autoexamples'])],
    ['[workspace] members', pick(doc.workspace, ['members', 'exclude', 'default-members'])],
  ]);
}

/** A Go test file: TestMain and init functions decide whether the tests of the package run at all. */
function goTestParts(text: string): Map<string, string> {
  const masked = maskCLike(text, 'go').masked;
  const out = new Map<string, string>();
  const re = /^func\s+(TestMain|init)\s*\(/gm;
  let initCount = 0;
  for (let m = re.exec(masked); m; m = re.exec(masked)) {
    const open = masked.indexOf('{', m.index);
    const close = open < 0 ? -1 : matchBrace(masked, open);
    const name = m[1] === 'init' ? `func init #${(initCount += 1)}` : 'func TestMain';
    out.set(name, normalizeLines(text.slice(m.index, close < 0 ? text.length : close + 1)));
  }
  return out;
}

/**
 * How a top-level statement pythonHookParts keeps can start, tested (sticky) at the statement's
 * start: normalising (whitespace collapsed, then trimmed) keeps every other character, so a
 * statement whose text does not start so cannot start so once normalised.
 */
const HOOK_START = /\s*(?:@|async|def|class|pytest_|load_tests)/y;

/**
 * Whether a module may hold a part pythonHookParts keeps: each one names a hook (`pytest_…`,
 * `load_tests`) or is decorated as one (`hookimpl`, `hookwrapper`). Most test modules hold none of
 * these words, and are then not lexed for it.
 */
function mayHoldHooks(text: string): boolean {
  return text.includes('pytest_') || text.includes('load_tests') || text.includes('hookimpl') || text.includes('hookwrapper');
}

/** Module-level pytest hooks, plugin registrations and unittest's load_tests in a Python module. */
export function pythonHookParts(text: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!mayHoldHooks(text)) return out;
  const scan = pythonStatementsOf(text);
  let current: { name: string; indent: number; lines: string[] } | undefined;
  const flush = (): void => {
    if (current) out.set(current.name, `${out.get(current.name) ?? ''}${current.lines.join('\n')}\n`);
    current = undefined;
  };
  let decorators: string[] = [];
  for (let k = 0; k < scan.count; k += 1) {
    const start = scan.start[k]!;
    const end = scan.end[k]!;
    const indent = scan.indent[k]!;
    // Statements are normalised only where they are kept: a module's function bodies are most of it.
    if (current && indent > current.indent) {
      current.lines.push(text.slice(start, end).replace(/\s+/g, ' ').trim());
      continue;
    }
    flush();
    if (indent !== 0) continue;
    // One that does not start like a decorator, a definition or a hook binding is none of them: it
    // only ends a decorator run, and is not normalised (most of a module's statements).
    HOOK_START.lastIndex = start;
    if (!HOOK_START.test(text)) {
      decorators = [];
      continue;
    }
    const statement = text.slice(start, end).replace(/\s+/g, ' ').trim();
    if (statement.startsWith('@')) {
      decorators.push(statement);
      continue;
    }
    const def = /^(?:async\s+)?def\s+(pytest_\w+|load_tests)\b/.exec(statement);
    const hookImpl = decorators.some((d) => /hookimpl|hookwrapper/.test(d));
    const anyDef = /^(?:async\s+)?(?:def|class)\s+(\w+)/.exec(statement);
    if (def || (hookImpl && anyDef)) {
      current = { name: `def ${(def ?? anyDef)![1]}`, indent, lines: [...decorators, statement] };
    } else {
      const bound = /^(pytest_\w+|load_tests)\b\s*(?:[:+|]|=|\.|\[)/.exec(statement);
      if (bound) {
        const key = bound[1] === 'pytest_plugins' ? 'pytest_plugins' : `${bound[1]} =`;
        out.set(key, `${out.get(key) ?? ''}${statement}\n`);
      }
    }
    decorators = [];
  }
  flush();
  return out;
}

function yamlOrJson(text: string): Map<string, string> {
  return new Map([[WHOLE, stable(parseYaml(text))]]);
}

function tomlWhole(text: string): Map<string, string> {
  return new Map([[WHOLE, stable(parseToml(text))]]);
}

interface PathRule {
  test: (path: string, base: string) => boolean;
  kind: HarnessKind;
}

const JS_EXT = /\.(?:js|mjs|cjs|ts|mts|cts|json|jsonc)$/;

/** Every harness file kind, recognised by path; the first rule that matches a path decides it. */
const RULES: PathRule[] = [
  // Python
  { test: (_p, b) => b === 'conftest.py', kind: { what: 'conftest.py (fixtures, hooks and plugins for every test below it)', framework: 'pytest', parts: whole } },
  { test: (_p, b) => b === 'pytest.ini' || b === '.pytest.ini', kind: { what: 'pytest configuration', framework: 'pytest', parts: (t) => whole(t) } },
  { test: (_p, b) => b === 'pytest.toml' || b === '.pytest.toml', kind: { what: 'pytest configuration', framework: 'pytest', parts: tomlWhole } },
  { test: (_p, b) => b === 'pyproject.toml', kind: { what: 'pyproject.toml test configuration', framework: 'pytest', parts: pyprojectParts } },
  { test: (_p, b) => b === 'tox.ini', kind: { what: 'tox.ini (pytest section and test environments)', framework: 'pytest', parts: (t) => sectionParts(t, (s) => s === 'pytest' || s === 'tox' || /^testenv(?::|$)/.test(s) || s === 'gh-actions') } },
  { test: (_p, b) => b === 'setup.cfg', kind: { what: 'setup.cfg test configuration', framework: 'pytest', parts: setupCfgParts } },
  { test: (_p, b) => b === 'setup.py', kind: { what: 'setup.py test registration', framework: 'pytest', parts: (t) => linesMatching(t, /pytest11|test_suite|tests_require|test_loader|test_runner|cmdclass/, 'test registration') } },
  { test: (_p, b) => b === 'noxfile.py', kind: { what: 'noxfile.py (test sessions)', framework: 'pytest', parts: whole } },
  { test: (_p, b) => b === 'sitecustomize.py' || b === 'usercustomize.py', kind: { what: 'Python start-up hook', framework: 'pytest', parts: whole } },
  // Task runners
  { test: (_p, b) => /^(?:GNUmakefile|[Mm]akefile)$|\.mk$/.test(b), kind: { what: 'Makefile test targets', framework: 'make', parts: makeParts } },
  { test: (_p, b) => /^(?:[Jj]ustfile|\.justfile)$/.test(b), kind: { what: 'justfile test recipes', framework: 'just', parts: makeParts } },
  { test: (_p, b) => /^Taskfile\.ya?ml$/.test(b), kind: { what: 'Taskfile test tasks', framework: 'task', parts: taskfileParts } },
  // JavaScript / TypeScript
  { test: (_p, b) => b === 'package.json', kind: { what: 'package.json test scripts and test-runner settings', framework: 'npm', parts: packageJsonParts } },
  { test: (_p, b) => /^vitest\.(?:config|workspace|projects)(?:\.[\w-]+)?\.[cm]?[jt]s$|^vitest\.workspace\.json$/.test(b), kind: { what: 'vitest configuration', framework: 'vitest', parts: whole } },
  {
    test: (_p, b) => /^vite\.config(?:\.[\w-]+)?\.[cm]?[jt]s$/.test(b),
    kind: { what: 'vite configuration read by vitest', framework: 'vitest', parts: (t) => (/\btest\s*:|vitest/.test(t) ? whole(t) : new Map()) },
  },
  { test: (_p, b) => /^jest\.config(?:\.[\w-]+)?\.(?:[cm]?[jt]s|json)$|^jest-preset\.[cm]?js$/.test(b), kind: { what: 'jest configuration', framework: 'jest', parts: whole } },
  { test: (_p, b) => /^\.mocharc(?:\.(?:js|cjs|mjs|json|jsonc|ya?ml))?$/.test(b), kind: { what: 'mocha configuration', framework: 'mocha', parts: (t, p) => (/\.(?:json|jsonc|ya?ml)$/.test(p) ? yamlOrJson(t) : whole(t)) } },
  { test: (p) => /(?:^|\/)test\/mocha\.opts$/.test(p), kind: { what: 'mocha options', framework: 'mocha', parts: whole } },
  // Go
  { test: (p) => p.endsWith('_test.go'), kind: { what: 'Go test file with TestMain or init', framework: 'go test', parts: goTestParts } },
  // JVM
  { test: (p, b) => /^(?:build|settings)\.gradle(?:\.kts)?$/.test(b) || (/(?:^|\/)(?:buildSrc|build-logic|gradle)\//.test(p) && /\.gradle(?:\.kts)?$/.test(b)), kind: { what: 'Gradle test task configuration', framework: 'gradle', parts: gradleParts } },
  { test: (_p, b) => b === 'pom.xml', kind: { what: 'Maven surefire/failsafe configuration', framework: 'maven', parts: pomParts } },
  { test: (p) => /(?:^|\/)\.mvn\/(?:maven|jvm)\.config$/.test(p), kind: { what: 'Maven command-line defaults', framework: 'maven', parts: whole } },
  { test: (_p, b) => b === 'junit-platform.properties', kind: { what: 'JUnit Platform configuration', framework: 'junit', parts: whole } },
  { test: (p) => /(?:^|\/)META-INF\/services\/org\.(?:junit|testng)\./.test(p), kind: { what: 'JUnit/TestNG service registration (extensions, discovery filters, listeners)', framework: 'junit', parts: whole } },
  // Ruby
  { test: (_p, b) => /^\.rspec(?:-local|_parallel)?$/.test(b), kind: { what: 'RSpec options', framework: 'rspec', parts: whole } },
  { test: (_p, b) => b === 'spec_helper.rb' || b === 'rails_helper.rb', kind: { what: 'RSpec helper', framework: 'rspec', parts: whole } },
  { test: (_p, b) => b === 'Rakefile' || b.endsWith('.rake'), kind: { what: 'Rake test task', framework: 'rspec', parts: (t) => (/RSpec::Core::RakeTask|Rake::TestTask/.test(t) ? whole(t) : new Map()) } },
  // Rust
  { test: (_p, b) => b === 'Cargo.toml', kind: { what: 'Cargo test targets', framework: 'cargo test', parts: cargoParts } },
  { test: (p) => /(?:^|\/)\.cargo\/config(?:\.toml)?$/.test(p), kind: { what: 'Cargo configuration (aliases, runner, cfg flags)', framework: 'cargo test', parts: whole } },
  { test: (p) => /(?:^|\/)\.config\/nextest\.toml$/.test(p), kind: { what: 'nextest configuration', framework: 'cargo test', parts: tomlWhole } },
  { test: (_p, b) => b === 'build.rs', kind: { what: 'build script cfg flags', framework: 'cargo test', parts: (t) => linesMatching(t, /rustc-cfg|rustc-env|rustc-check-cfg/, 'cfg flags') } },
];

/** Kinds recognised by content, for files whose path alone does not say (tried when no path rule matched). */
export const PYTHON_HOOK_MODULE: HarnessKind = { what: 'pytest plugin or unittest load_tests module', framework: 'pytest', parts: pythonHookParts };

export const RSPEC_SUPPORT: HarnessKind = {
  what: 'RSpec configuration in a support file',
  framework: 'rspec',
  parts: (t) => (/RSpec\.configure|config\.(?:filter_run|before|around|exclude_pattern|pattern)/.test(t) ? whole(t) : new Map()),
};

export const JVM_EXTENSION: HarnessKind = {
  what: 'JUnit extension, rule or runner (can disable or intercept tests)',
  framework: 'junit',
  parts: (t) =>
    /\b(?:implements|:)\s*[^{]*\b(?:ExecutionCondition|InvocationInterceptor|PostDiscoveryFilter|LauncherDiscoveryListener|TestExecutionListener|TestExecutionExceptionHandler|TestRule|MethodRule|IMethodInterceptor|IAnnotationTransformer)\b|\bextends\s+(?:BlockJUnit4ClassRunner|ParentRunner|Runner|Suite)\b/.test(
      t,
    )
      ? whole(t)
      : new Map(),
};

/** A module a test configuration loads (setupFiles, globalSetup, a spread-in config): harness as a whole. */
export function loadedModuleKind(by: string, framework: string): HarnessKind {
  return { what: `loaded by ${by}`, framework, parts: whole };
}

/** The harness kind of a path, by its name and place; undefined for other files (content-based kinds aside). */
export function harnessKindOf(path: string): HarnessKind | undefined {
  if (/(?:^|\/)(?:node_modules|\.git|vendor|site-packages|__pycache__)\//.test(path)) return undefined;
  const base = posix.basename(path);
  return RULES.find((r) => r.test(path, base))?.kind;
}

/** The content-based kind a file may be, by extension. */
export function contentKindOf(path: string): HarnessKind | undefined {
  if (/(?:^|\/)(?:node_modules|\.git|vendor|site-packages|__pycache__)\//.test(path)) return undefined;
  if (path.endsWith('.py')) return PYTHON_HOOK_MODULE;
  if (/(?:^|\/)spec\/support\/.*\.rb$/.test(path)) return RSPEC_SUPPORT;
  if (/\.(?:java|kt|groovy|scala)$/.test(path)) return JVM_EXTENSION;
  return undefined;
}

export function isJsModulePath(path: string): boolean {
  return /\.(?:js|mjs|cjs|ts|mts|cts|jsx|tsx)$/.test(path) && !path.endsWith('.d.ts');
}

export { JS_EXT, WHOLE };
