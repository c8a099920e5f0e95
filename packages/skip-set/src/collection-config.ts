import { posix } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { LineIndex, scanPython, T_IDENT, T_PUNCT, T_STRING, T_TEMPLATE, tokenizeJs } from '@agent-guards/source-lexing';
import { pythonHookParts } from './harness/harness-files.js';
import { defaultPatterns, type CollectionPatterns } from '@agent-guards/config';
import type { Language } from './model.js';

/**
 * Settings that decide which tests a framework collects. Changing one removes
 * or adds tests without touching a test file, so the guard reports the change
 * and scans everything instead of only the changed files.
 */
export interface CollectionSetting {
  file: string;
  /** e.g. `pytest.addopts`, `conftest.collect_ignore`, `vitest.test.exclude`, `jest.testPathIgnorePatterns`. */
  key: string;
  /** Normalized value, compared as text. */
  value: string;
  line?: number;
}

const PYTEST_KEYS = [
  'addopts',
  'testpaths',
  'python_files',
  'python_classes',
  'python_functions',
  'norecursedirs',
  // Settings that decide what runs as much as what is collected.
  'usefixtures',
  'empty_parameter_set_mark',
  'collect_imported_tests',
  'consider_namespace_packages',
  'required_plugins',
];
/** The files pytest reads its configuration from, in the order it looks for them in a directory (pytest 9). */
export const PYTEST_CONFIG_ORDER = ['pytest.toml', '.pytest.toml', 'pytest.ini', '.pytest.ini', 'pyproject.toml', 'tox.ini', 'setup.cfg'];
const JS_KEYS = new Set(['include', 'exclude', 'testMatch', 'testRegex', 'testPathIgnorePatterns', 'roots', 'testNamePattern', 'modulePathIgnorePatterns', 'projects', 'workspace', 'dir', 'root', 'allowOnly', 'spec', 'ignore', 'grep', 'fgrep', 'invert', 'recursive', 'extension', 'file']);
const MOCHA_KEYS = ['spec', 'ignore', 'exclude', 'grep', 'fgrep', 'invert', 'recursive', 'extension', 'file'];
const JEST_KEYS = ['testMatch', 'testRegex', 'testPathIgnorePatterns', 'roots', 'modulePathIgnorePatterns', 'projects', 'testNamePattern'];

const JS_CONFIG = /^(?:vitest|vite|jest)\.(?:config|workspace)(?:\.[\w-]+)?\.(?:js|mjs|cjs|ts|mts|cts|json)$|^vitest\.workspace\.(?:js|ts|json)$|^\.mocharc\.(?:js|cjs|mjs|json|jsonc|ya?ml)$/;

/** Whether a file can hold collection settings. */
export function isCollectionConfigPath(path: string): boolean {
  const base = posix.basename(path);
  if (/(?:^|\/)(?:node_modules|\.git)\//.test(path)) return false;
  return (
    [...PYTEST_CONFIG_ORDER, 'conftest.py', 'package.json', '.rspec', 'noxfile.py', 'Makefile', 'makefile', 'GNUmakefile', 'justfile', 'Justfile', '.justfile'].includes(base) || JS_CONFIG.test(base)
  );
}

/** Reads the collection settings a config file holds (empty when it holds none or does not parse). */
export function collectionSettings(path: string, text: string): CollectionSetting[] {
  const base = posix.basename(path);
  try {
    if (base === 'pytest.ini' || base === '.pytest.ini') return withPresence(path, iniSettings(path, text, 'pytest'), true);
    if (base === 'tox.ini') return [...withPresence(path, iniSettings(path, text, 'pytest'), /^\s*\[pytest\]\s*$/m.test(text)), ...toxCommandSettings(path, text)];
    if (base === 'setup.cfg') return withPresence(path, iniSettings(path, text, 'tool:pytest'), /^\s*\[tool:pytest\]\s*$/m.test(text));
    if (base === 'pytest.toml' || base === '.pytest.toml') return withPresence(path, tomlTableSettings(path, text, (parseToml(text) as { pytest?: Record<string, unknown> }).pytest ?? {}), true);
    if (base === 'pyproject.toml') return pyprojectSettings(path, text);
    if (base === 'noxfile.py') return commandLineSettings(path, text, 'nox', /\bsession\.run\s*\([^\n]*/g);
    if (/^(?:GNUmakefile|[Mm]akefile|[Jj]ustfile|\.justfile)$/.test(base)) return commandLineSettings(path, text, 'make', /^[ \t]+[^\n]*\b(?:pytest|py\.test|unittest|tox|nox)\b[^\n]*/gm);
    if (base === 'conftest.py') return conftestSettings(path, text);
    if (base === 'package.json') return packageJsonSettings(path, text);
    if (base === '.rspec') return rspecSettings(path, text);
    if (/^\.mocharc\.(?:json|jsonc|ya?ml)$/.test(base)) return objectSettings(path, 'mocha', parseYaml(text) as Record<string, unknown>, MOCHA_KEYS);
    if (JS_CONFIG.test(base)) return jsConfigSettings(path, text, base.startsWith('jest') ? 'jest' : base.startsWith('.mocharc') ? 'mocha' : 'vitest');
  } catch {
    // A config that does not parse cannot be compared key by key: compare it whole.
    return [{ file: path, key: `${base} (unparsable)`, value: text }];
  }
  return [];
}

function iniSettings(path: string, text: string, section: string): CollectionSetting[] {
  const out: CollectionSetting[] = [];
  let inSection = false;
  let current: CollectionSetting | undefined;
  text.split(/\r?\n/).forEach((line, index) => {
    const header = /^\s*\[([^\]]+)\]\s*$/.exec(line);
    if (header) {
      inSection = header[1]!.trim() === section;
      current = undefined;
      return;
    }
    if (!inSection || /^\s*[#;]/.test(line)) return;
    if (/^\s+\S/.test(line) && current) {
      current.value = `${current.value} ${line.trim()}`.trim();
      return;
    }
    const kv = /^([\w.-]+)\s*[=:]\s*(.*)$/.exec(line);
    current = undefined;
    if (kv && PYTEST_KEYS.includes(kv[1]!)) {
      current = { file: path, key: `pytest.${kv[1]}`, value: kv[2]!.trim(), line: index + 1 };
      out.push(current);
    }
  });
  for (const s of out) s.value = s.value.replace(/\s+/g, ' ');
  return out;
}

/**
 * A pseudo-setting saying that a file holds pytest configuration: pytest reads
 * the first such file it finds, so a new one (even an empty `pytest.ini`)
 * silently replaces the settings another file held.
 */
function withPresence(path: string, settings: CollectionSetting[], present: boolean): CollectionSetting[] {
  return present ? [{ file: path, key: PYTEST_CONFIG_KEY, value: 'present' }, ...settings] : settings;
}

const PYTEST_CONFIG_KEY = 'pytest (configuration file)';

/** tox's test commands: `commands` of each `[testenv…]` section, as the settings they are. */
function toxCommandSettings(path: string, text: string): CollectionSetting[] {
  const out: CollectionSetting[] = [];
  let section = '';
  let current: CollectionSetting | undefined;
  text.split(/\r?\n/).forEach((line, index) => {
    const header = /^\s*\[([^\]]+)\]\s*$/.exec(line);
    if (header) {
      section = header[1]!.trim();
      current = undefined;
      return;
    }
    if (/^\s*[#;]/.test(line)) return;
    if (/^\s+\S/.test(line) && current) {
      current.value = `${current.value} ${line.trim()}`.trim();
      return;
    }
    current = undefined;
    const kv = /^(commands(?:_pre|_post)?)\s*[=:]\s*(.*)$/.exec(line);
    if (kv && /^testenv(?::|$)/.test(section)) {
      current = { file: path, key: `tox.${section}.${kv[1]}`, value: kv[2]!.trim(), line: index + 1 };
      out.push(current);
    }
  });
  return out;
}

/** Lines of a task file that run a Python test runner (nox sessions, make and just recipes), one setting per file. */
function commandLineSettings(path: string, text: string, tool: string, pattern: RegExp): CollectionSetting[] {
  const lines = [...text.matchAll(pattern)].map((m) => m[0].trim().replace(/\s+/g, ' '));
  return lines.length > 0 ? [{ file: path, key: `${tool} test commands`, value: lines.join('; ') }] : [];
}

function tomlTableSettings(path: string, text: string, table: Record<string, unknown>): CollectionSetting[] {
  const lines = text.split(/\r?\n/);
  return PYTEST_KEYS.filter((k) => table[k] !== undefined).map((k) => {
    const value = table[k];
    const line = lines.findIndex((l) => new RegExp(`^\\s*${k}\\s*=`).test(l));
    return { file: path, key: `pytest.${k}`, value: Array.isArray(value) ? value.join(' ') : String(value), ...(line >= 0 ? { line: line + 1 } : {}) };
  });
}

function pyprojectSettings(path: string, text: string): CollectionSetting[] {
  const doc = parseToml(text) as { tool?: { pytest?: Record<string, unknown> & { ini_options?: Record<string, unknown> } } };
  const pytest = doc.tool?.pytest;
  if (!pytest) return [];
  const table = { ...(pytest.ini_options ?? {}), ...Object.fromEntries(Object.entries(pytest).filter(([k]) => k !== 'ini_options')) };
  return withPresence(path, tomlTableSettings(path, text, table), true);
}

function conftestSettings(path: string, text: string): CollectionSetting[] {
  const out: CollectionSetting[] = [];
  const lines = new LineIndex(text);
  // Any statement that binds or grows the list counts, at any depth (`if sys.version_info < …:` blocks hold many):
  // `=`, an annotation (`collect_ignore: list[str] = …`), `+=`, `|=`, slices, `.append`/`.extend`/`.insert`.
  for (const st of scanPython(text).statements) {
    const m = /^(collect_ignore(?:_glob)?)\s*(?:(?::[^=\n]*)?=|\+=|\|=|\[[^\]]*\]\s*=|\.(?:append|extend|insert)\s*\()/.exec(text.slice(st.start, st.end));
    if (m) out.push({ file: path, key: `conftest.${m[1]}`, value: text.slice(st.start, st.end).replace(/\s+/g, ' '), line: lines.lineOf(st.start) });
  }
  // Hooks however they are bound (`def`, `@hookimpl`, `pytest_x = helper`) and `pytest_plugins`.
  for (const [name, value] of pythonHookParts(text)) {
    const hook = name.replace(/^def\s+/, '').replace(/\s*=$/, '');
    const at = text.search(new RegExp(`^(?:async\\s+)?(?:def\\s+)?${hook}\\b`, 'm'));
    out.push({ file: path, key: `conftest.${hook}`, value: value.trim(), ...(at >= 0 ? { line: lines.lineOf(at) } : {}) });
  }
  // Several `collect_ignore` statements (`=`, `+=`, `.append`) are one setting.
  const merged = new Map<string, CollectionSetting>();
  for (const s of out) {
    const prev = merged.get(s.key);
    merged.set(s.key, prev ? { ...prev, value: `${prev.value}; ${s.value}` } : s);
  }
  return [...merged.values()];
}

function objectSettings(path: string, prefix: string, obj: Record<string, unknown> | undefined, keys: readonly string[]): CollectionSetting[] {
  if (!obj || typeof obj !== 'object') return [];
  return keys.filter((k) => obj[k] !== undefined).map((k) => ({ file: path, key: `${prefix}.${k}`, value: JSON.stringify(obj[k]) }));
}

function packageJsonSettings(path: string, text: string): CollectionSetting[] {
  const pkg = JSON.parse(text) as { jest?: Record<string, unknown>; mocha?: Record<string, unknown>; scripts?: Record<string, string> };
  const out = [...objectSettings(path, 'jest', pkg.jest, JEST_KEYS), ...objectSettings(path, 'mocha', pkg.mocha, MOCHA_KEYS)];
  for (const [name, command] of Object.entries(pkg.scripts ?? {})) {
    if (/^test(?::|$)/.test(name)) out.push({ file: path, key: `package.json scripts.${name}`, value: command });
  }
  return out;
}

function rspecSettings(path: string, text: string): CollectionSetting[] {
  const options = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => /^--(?:pattern|exclude-pattern|tag|example|default-path)\b|^-[teP]\b/.test(l));
  return options.length > 0 ? [{ file: path, key: 'rspec options', value: options.join(' ') }] : [];
}

/** Properties such as `test.exclude` or `testPathIgnorePatterns` in a JS/TS config, by dotted path. */
function jsConfigSettings(path: string, text: string, tool: string): CollectionSetting[] {
  const tokens = tokenizeJs(text, { jsx: false });
  const lines = new LineIndex(text);
  const out: CollectionSetting[] = [];
  const keyStack: (string | undefined)[] = [];
  const { kind, start, end, match } = tokens;
  const tokenText = (t: number): string => text.slice(start[t]!, end[t]!);
  for (let t = 0; t < kind.length; t += 1) {
    const w = tokenText(t);
    if (kind[t] === T_PUNCT && (w === '{' || w === '[' || w === '(')) {
      // The key this object is the value of: `test: {`.
      const key = kind[t - 2] !== undefined && tokenText(t - 1) === ':' ? keyName(tokenText(t - 2), kind[t - 2]!) : undefined;
      keyStack.push(w === '{' ? key : undefined);
      continue;
    }
    if (kind[t] === T_PUNCT && (w === '}' || w === ']' || w === ')')) {
      keyStack.pop();
      continue;
    }
    if ((kind[t] !== T_IDENT && kind[t] !== T_STRING) || tokenText(t + 1) !== ':') continue;
    const key = keyName(w, kind[t]!);
    if (!key || !JS_KEYS.has(key)) continue;
    const dotted = [...keyStack.filter((k): k is string => k !== undefined), key].join('.');
    if (/(?:^|\.)(?:coverage|server|build|resolve|optimizeDeps|css)\./.test(dotted)) continue;
    let v = t + 2;
    const from = start[v];
    while (v < kind.length && !(kind[v] === T_PUNCT && (tokenText(v) === ',' || tokenText(v) === '}'))) v = match[v]! > v ? match[v]! + 1 : v + 1;
    if (from === undefined) continue;
    out.push({ file: path, key: `${tool}.${dotted}`, value: text.slice(from, end[v - 1] ?? from).replace(/\s+/g, ' '), line: lines.lineOf(start[t]!) });
  }
  return out;
}

function keyName(raw: string, kind: number): string | undefined {
  if (kind === T_IDENT) return raw;
  if (kind === T_STRING || kind === T_TEMPLATE) return raw.slice(1, -1);
  return undefined;
}

/**
 * The root file pytest reads its configuration from: the first of
 * PYTEST_CONFIG_ORDER that exists (pytest.toml, pytest.ini, even empty) or has
 * a pytest section (pyproject.toml, tox.ini, setup.cfg).
 */
export function effectivePytestConfig(settings: readonly CollectionSetting[]): string | undefined {
  return PYTEST_CONFIG_ORDER.find((f) => settings.some((s) => s.file === f && s.key === PYTEST_CONFIG_KEY));
}

/** When the file pytest reads changes (a new pytest.ini shadows pyproject.toml), that is a change of every setting it held. */
export function effectiveConfigChange(before: readonly CollectionSetting[], after: readonly CollectionSetting[]): SettingChange | undefined {
  const a = effectivePytestConfig(before);
  const b = effectivePytestConfig(after);
  // No file at base: pytest ran on its defaults, which a new file's settings (diffed on their own) change.
  if (a === b || a === undefined) return undefined;
  return { file: b ?? a, key: 'pytest configuration file', ...(a ? { before: a } : {}), ...(b ? { after: b } : {}) };
}

export interface SettingChange {
  file: string;
  key: string;
  before?: string;
  after?: string;
  line?: number;
}

/** Settings that differ between two versions of the same config files. */
export function diffSettings(before: readonly CollectionSetting[], after: readonly CollectionSetting[]): SettingChange[] {
  const key = (s: CollectionSetting): string => `${s.file}\0${s.key}`;
  const a = new Map(before.map((s) => [key(s), s]));
  const b = new Map(after.map((s) => [key(s), s]));
  const changes: SettingChange[] = [];
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(k);
    const y = b.get(k);
    if (x?.value === y?.value) continue;
    const s = (y ?? x)!;
    changes.push({ file: s.file, key: s.key, ...(x ? { before: x.value } : {}), ...(y ? { after: y.value } : {}), ...(y?.line ? { line: y.line } : {}) });
  }
  return changes;
}

/** What a pytest `addopts` (or a command that runs pytest) does to what runs, for the finding's message. */
export function describeAddopts(value: string): string[] {
  const effects: string[] = [];
  if (/--deselect\b/.test(value)) effects.push('--deselect removes tests');
  if (/(?:^|\s)-k\b/.test(value)) effects.push('-k filters tests by name');
  if (/(?:^|\s)-m\b/.test(value)) effects.push('-m filters tests by mark');
  if (/--ignore(?:-glob)?\b/.test(value)) effects.push('--ignore drops files');
  if (/(?:^|\s)(?:--co|--collect-only)\b/.test(value)) effects.push('--collect-only runs no test');
  if (/(?:^|\s)(?:-x|--exitfirst|--maxfail(?:=|\s))|(?:^|\s)(?:--sw|--stepwise|--lf|--last-failed)\b/.test(value)) effects.push('-x/--maxfail/--stepwise/--last-failed stop or narrow the run');
  if (/--noconftest\b|--confcutdir\b/.test(value)) effects.push('--noconftest/--confcutdir leave conftest.py files out');
  if (/(?:^|\s)(?:-o|--override-ini)(?:\s|=)|(?:^|\s)(?:-c|--config-file)(?:\s|=)|--rootdir\b/.test(value)) effects.push('-o/-c/--rootdir replace the configuration');
  if (/(?:^|\s)-p\s*(?!no:)\S/.test(value)) effects.push('-p loads a plugin');
  if (/(?:^|\s)-p\s*no:/.test(value)) effects.push('-p no: disables a plugin');
  return effects;
}

/** The effects a setting's new value has on what runs: pytest options in addopts and in the commands that run pytest. */
export function settingEffects(key: string, value: string): string[] {
  if (key === PYTEST_CONFIG_KEY) return [];
  if (/addopts$|commands(?:_pre|_post)?$|test commands$|^package\.json scripts\./.test(key)) return describeAddopts(value);
  if (/usefixtures|empty_parameter_set_mark|collect_imported_tests|required_plugins/.test(key)) return [`${key.replace(/^pytest\./, '')} changes what runs`];
  return [];
}

/**
 * The collection patterns in force at a revision, from the root config files'
 * settings: pytest `python_files`/`testpaths`/`python_classes`/`python_functions`,
 * vitest `test.include`/`test.exclude`, jest `testMatch`/`testPathIgnorePatterns`
 * when they are literal lists of strings.
 */
export function patternsFromSettings(settings: readonly CollectionSetting[], languages: Iterable<Language>): CollectionPatterns {
  const patterns = { ...defaultPatterns(languages) };
  const root = settings.filter((s) => !s.file.includes('/'));
  const pytestFile = effectivePytestConfig(settings);
  const pytest = (k: string): string[] | undefined => {
    const s = root.find((x) => x.file === pytestFile && x.key === `pytest.${k}`);
    return s ? s.value.split(/\s+/).filter(Boolean) : undefined;
  };
  const literalList = (key: string): string[] | undefined => {
    const s = root.find((x) => x.key === key);
    if (!s) return undefined;
    const items = [...s.value.matchAll(/(['"`])((?:\\.|(?!\1).)*)\1/g)].map((m) => m[2]!);
    const stripped = s.value.replace(/(['"`])((?:\\.|(?!\1).)*)\1/g, '').replace(/[\s,[\]]/g, '');
    return stripped === '' ? items : undefined;
  };
  return {
    ...patterns,
    pythonFiles: pytest('python_files') ?? patterns.pythonFiles,
    pythonTestpaths: pytest('testpaths') ?? patterns.pythonTestpaths,
    pythonFunctionPrefixes: (pytest('python_functions') ?? patterns.pythonFunctionPrefixes).map((p) => p.replace(/\*$/, '')),
    pythonClassPrefixes: (pytest('python_classes') ?? patterns.pythonClassPrefixes).map((p) => p.replace(/\*$/, '')),
    jsInclude: literalList('vitest.test.include') ?? literalList('jest.testMatch') ?? patterns.jsInclude,
    jsExcludeGlobs: literalList('vitest.test.exclude') ?? patterns.jsExcludeGlobs,
    jsIgnoreRegexps: literalList('jest.testPathIgnorePatterns') ?? [],
  };
}
