import { posix } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { LineIndex, scanPython, T_IDENT, T_PUNCT, T_STRING, T_TEMPLATE, tokenizeJs } from '@agent-guards/source-lexing';
import { parsePythonModule } from './collectors/python-module.js';
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

const PYTEST_KEYS = ['addopts', 'testpaths', 'python_files', 'python_classes', 'python_functions', 'norecursedirs'];
const CONFTEST_HOOKS = [
  'pytest_collection_modifyitems',
  'pytest_ignore_collect',
  'pytest_collect_file',
  'pytest_pycollect_makeitem',
  'pytest_deselected',
  'pytest_runtest_setup',
  'pytest_generate_tests',
];
const JS_KEYS = new Set(['include', 'exclude', 'testMatch', 'testRegex', 'testPathIgnorePatterns', 'roots', 'testNamePattern', 'modulePathIgnorePatterns', 'projects', 'workspace', 'dir', 'root', 'allowOnly', 'spec', 'ignore', 'grep', 'fgrep', 'invert', 'recursive', 'extension', 'file']);
const MOCHA_KEYS = ['spec', 'ignore', 'exclude', 'grep', 'fgrep', 'invert', 'recursive', 'extension', 'file'];
const JEST_KEYS = ['testMatch', 'testRegex', 'testPathIgnorePatterns', 'roots', 'modulePathIgnorePatterns', 'projects', 'testNamePattern'];

const JS_CONFIG = /^(?:vitest|vite|jest)\.(?:config|workspace)(?:\.[\w-]+)?\.(?:js|mjs|cjs|ts|mts|cts|json)$|^vitest\.workspace\.(?:js|ts|json)$|^\.mocharc\.(?:js|cjs|mjs|json|jsonc|ya?ml)$/;

/** Whether a file can hold collection settings. */
export function isCollectionConfigPath(path: string): boolean {
  const base = posix.basename(path);
  if (/(?:^|\/)(?:node_modules|\.git)\//.test(path)) return false;
  return (
    ['pytest.ini', 'pyproject.toml', 'setup.cfg', 'tox.ini', 'conftest.py', 'package.json', '.rspec'].includes(base) || JS_CONFIG.test(base)
  );
}

/** Reads the collection settings a config file holds (empty when it holds none or does not parse). */
export function collectionSettings(path: string, text: string): CollectionSetting[] {
  const base = posix.basename(path);
  try {
    if (base === 'pytest.ini' || base === 'tox.ini') return iniSettings(path, text, 'pytest');
    if (base === 'setup.cfg') return iniSettings(path, text, 'tool:pytest');
    if (base === 'pyproject.toml') return pyprojectSettings(path, text);
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

function pyprojectSettings(path: string, text: string): CollectionSetting[] {
  const doc = parseToml(text) as { tool?: { pytest?: Record<string, unknown> & { ini_options?: Record<string, unknown> } } };
  const pytest = doc.tool?.pytest;
  if (!pytest) return [];
  const table = { ...(pytest.ini_options ?? {}), ...Object.fromEntries(Object.entries(pytest).filter(([k]) => k !== 'ini_options')) };
  const lines = text.split(/\r?\n/);
  return PYTEST_KEYS.filter((k) => table[k] !== undefined).map((k) => {
    const value = table[k];
    const line = lines.findIndex((l) => new RegExp(`^\\s*${k}\\s*=`).test(l));
    return { file: path, key: `pytest.${k}`, value: Array.isArray(value) ? value.join(' ') : String(value), ...(line >= 0 ? { line: line + 1 } : {}) };
  });
}

function conftestSettings(path: string, text: string): CollectionSetting[] {
  const out: CollectionSetting[] = [];
  const lines = new LineIndex(text);
  for (const st of scanPython(text).statements) {
    if (st.indent !== 0) continue;
    const m = /^(collect_ignore(?:_glob)?)\s*(?:\+?=)/.exec(text.slice(st.start, st.end));
    if (m) out.push({ file: path, key: `conftest.${m[1]}`, value: text.slice(st.start, st.end).replace(/\s+/g, ' '), line: lines.lineOf(st.start) });
  }
  const module = parsePythonModule(path, text);
  for (const hook of CONFTEST_HOOKS) {
    const def = module.functions.get(hook);
    if (def) out.push({ file: path, key: `conftest.${hook}`, value: text.slice(def.start, def.end).replace(/\s+/g, ' ').trim(), line: def.line });
  }
  // Several `collect_ignore` statements (`=`, `+=`, `.append`) are one setting.
  const merged = new Map<string, CollectionSetting>();
  for (const s of out) {
    const prev = merged.get(s.key);
    merged.set(s.key, prev ? { ...prev, value: `${prev.value}; ${s.value}` } : s);
  }
  for (const m of text.matchAll(/^collect_ignore(?:_glob)?\.(?:append|extend)\(.*$/gm)) {
    const key = `conftest.${m[0].startsWith('collect_ignore_glob') ? 'collect_ignore_glob' : 'collect_ignore'}`;
    const prev = merged.get(key);
    merged.set(key, { file: path, key, value: `${prev?.value ?? ''}; ${m[0].trim()}`, line: prev?.line ?? lines.lineOf(m.index) });
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

/** What a pytest `addopts` does to collection, for the finding's message. */
export function describeAddopts(value: string): string[] {
  const effects: string[] = [];
  if (/--deselect\b/.test(value)) effects.push('--deselect removes tests');
  if (/(?:^|\s)-k\b/.test(value)) effects.push('-k filters tests by name');
  if (/(?:^|\s)-m\b/.test(value)) effects.push('-m filters tests by mark');
  if (/--ignore(?:-glob)?\b/.test(value)) effects.push('--ignore drops files');
  return effects;
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
  // pytest reads the first of these files that has a pytest section.
  const order = ['pytest.ini', 'pyproject.toml', 'tox.ini', 'setup.cfg'];
  const pytestFile = order.find((f) => root.some((s) => s.file === f && s.key.startsWith('pytest.')));
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
