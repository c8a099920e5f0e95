import { posix } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { literalValue, pythonTokens, pythonStatementsOf, tokenizeJs, T_STRING, T_TEMPLATE } from '@agent-guards/source-lexing';

/**
 * Modules a test configuration loads, so a change to one of them is a harness
 * change although its path says nothing: vitest/jest/mocha `setupFiles`,
 * `globalSetup`, `require`, custom runners, environments and sequencers, the
 * modules a config imports or spreads in, `node --import`/`--require` and
 * `--config` in test scripts; pytest plugins named by `pytest_plugins`, `-p`
 * or a `pytest11` entry point.
 */
export interface ModuleReference {
  /** Repository path candidates of the module (the first that exists is it). */
  candidates: string[];
  /** The config that loads it, for the message: `vitest.config.ts (setupFiles)`. */
  by: string;
  framework: string;
  /** A config named by a script (`vitest --config e2e.config.ts`): read for its own references too. */
  isConfig?: boolean;
}

const JS_EXTENSIONS = ['.ts', '.js', '.mjs', '.cjs', '.mts', '.cts', '.tsx', '.jsx', '.json'];

/** Paths a relative specifier may resolve to, from the directory of the file that names it. */
export function jsCandidates(fromFile: string, specifier: string): string[] {
  const dir = posix.dirname(fromFile);
  const raw = specifier.replace(/^<rootDir>\/?/, './');
  const joined = posix.normalize(posix.join(dir === '.' ? '' : dir, raw));
  if (joined.startsWith('..')) return [];
  const out = [joined];
  // TypeScript's ESM imports name the emitted `.js` of a `.ts` source.
  const stem = joined.replace(/\.(?:js|mjs|cjs)$/, '');
  if (stem !== joined) out.push(`${stem}.ts`, `${stem}.mts`, `${stem}.cts`, `${stem}.tsx`);
  for (const ext of JS_EXTENSIONS) out.push(`${joined}${ext}`);
  for (const ext of JS_EXTENSIONS) out.push(`${joined}/index${ext}`);
  return out;
}

function isRelativeModule(value: string): boolean {
  return /^(?:\.\.?\/|<rootDir>\/)/.test(value) || /^[\w@][\w./@-]*\.(?:[cm]?[jt]s|tsx|jsx)$/.test(value);
}

/** The relative modules a JS/TS config file imports, requires or names in a string (setupFiles and the like). */
export function jsConfigReferences(path: string, text: string, framework: string): ModuleReference[] {
  const tokens = tokenizeJs(text, { jsx: false });
  const out: ModuleReference[] = [];
  for (let t = 0; t < tokens.kind.length; t += 1) {
    if (tokens.kind[t] !== T_STRING && tokens.kind[t] !== T_TEMPLATE) continue;
    const value = literalValue(text, tokens, t);
    if (value === undefined || !isRelativeModule(value)) continue;
    out.push({ candidates: jsCandidates(path, value.startsWith('<rootDir>') || value.startsWith('.') ? value : `./${value}`), by: `${path}`, framework });
  }
  return out;
}

/** Strings in a JSON/YAML config section (jest in package.json, .mocharc.yml) that name relative modules. */
export function objectReferences(path: string, value: unknown, framework: string, label = path): ModuleReference[] {
  const out: ModuleReference[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (isRelativeModule(v)) out.push({ candidates: jsCandidates(path, v.startsWith('<rootDir>') || v.startsWith('.') ? v : `./${v}`), by: label, framework });
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(value);
  return out;
}

/** Modules and configs a test command names: `node --test --import ./setup.mjs`, `vitest --config e2e.config.ts`, `mocha -r ./hooks.js`. */
export function commandReferences(path: string, command: string, label: string): ModuleReference[] {
  const out: ModuleReference[] = [];
  const re = /(?:^|\s)(--import|--require|-r|--loader|--experimental-loader|--setup-files|--globalSetup|--setupFiles|--config|-c|--file|--test-reporter|--reporter)[=\s]+("[^"]+"|'[^']+'|\S+)/g;
  for (const m of command.matchAll(re)) {
    const value = m[2]!.replace(/^["']|["']$/g, '');
    if (!/^(?:\.\.?\/|[\w@][\w./@-]*\.(?:[cm]?[jt]s|json|ya?ml))/.test(value) || /^[\w@][\w@-]*$/.test(value)) continue;
    if (!value.startsWith('.') && !/\.(?:[cm]?[jt]s|json|ya?ml)$/.test(value)) continue;
    const isConfig = m[1] === '--config' || m[1] === '-c';
    out.push({ candidates: jsCandidates(path, value.startsWith('.') ? value : `./${value}`), by: `${label} (${m[1]})`, framework: 'npm', ...(isConfig ? { isConfig } : {}) });
  }
  return out;
}

/** package.json: the jest and mocha sections and the test scripts. */
export function packageJsonReferences(path: string, text: string): ModuleReference[] {
  let pkg: Record<string, unknown>;
  try {
    pkg = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return [];
  }
  const scripts = (pkg.scripts ?? {}) as Record<string, unknown>;
  return [
    ...objectReferences(path, pkg.jest, 'jest', `${path} (jest)`),
    ...objectReferences(path, pkg.mocha, 'mocha', `${path} (mocha)`),
    ...Object.entries(scripts).flatMap(([name, command]) => (typeof command === 'string' ? commandReferences(path, command, `${path} scripts.${name}`) : [])),
  ];
}

/** The references of any JS test config by its file name; empty for other files. */
export function configReferences(path: string, text: string): ModuleReference[] {
  const base = posix.basename(path);
  try {
    if (base === 'package.json') return packageJsonReferences(path, text);
    if (/^\.mocharc(?:\.(?:json|jsonc|ya?ml))?$/.test(base)) return objectReferences(path, parseYaml(text), 'mocha');
    if (/\.json$/.test(base)) return objectReferences(path, JSON.parse(text), base.startsWith('jest') ? 'jest' : 'vitest');
    const framework = base.startsWith('jest') ? 'jest' : base.startsWith('.mocharc') ? 'mocha' : 'vitest';
    return jsConfigReferences(path, text, framework);
  } catch {
    return [];
  }
}

/** Relative imports of a JS/TS module (a setup file importing its helpers), for following references a few levels deep. */
export function jsModuleImports(path: string, text: string, by: string, framework: string): ModuleReference[] {
  const tokens = tokenizeJs(text, { jsx: /\.[jt]sx$/.test(path) });
  const out: ModuleReference[] = [];
  for (let t = 0; t < tokens.kind.length; t += 1) {
    if (tokens.kind[t] !== T_STRING) continue;
    const value = literalValue(text, tokens, t);
    if (value === undefined || !/^\.\.?\//.test(value)) continue;
    out.push({ candidates: jsCandidates(path, value), by, framework });
  }
  return out;
}

const PLUGINS = 'pytest_plugins';

/** Dotted pytest plugin names: `pytest_plugins` in conftest.py files, `-p NAME` in pytest options, `pytest11` entry points. */
export function pytestPluginNames(path: string, text: string): string[] {
  const names: string[] = [];
  const base = posix.basename(path);
  if (base.endsWith('.py')) {
    // Every conftest.py of a repository is read for this, most of them large and without plugins:
    // a file without the name is not lexed (its names are as Python reads them: sourceText).
    if (!text.includes(PLUGINS)) return names;
    const scan = pythonStatementsOf(text);
    for (let k = 0; k < scan.count; k += 1) {
      const start = scan.start[k]!;
      if (scan.indent[k] !== 0 || !text.startsWith(PLUGINS, start)) continue;
      for (const token of pythonTokens(text, start, scan.end[k]!)) if (token.type === 'string' && /^[\w.]+$/.test(token.value)) names.push(token.value);
    }
    return names;
  }
  for (const m of text.matchAll(/(?:^|[\s"'[,])-p\s*([A-Za-z_][\w.]*)/g)) if (!m[1]!.startsWith('no:')) names.push(m[1]!);
  if (base === 'pyproject.toml') {
    try {
      const doc = parseToml(text) as { project?: { 'entry-points'?: { pytest11?: Record<string, string> } }; tool?: { poetry?: { plugins?: { pytest11?: Record<string, string> } } } };
      for (const v of [...Object.values(doc.project?.['entry-points']?.pytest11 ?? {}), ...Object.values(doc.tool?.poetry?.plugins?.pytest11 ?? {})]) names.push(String(v).split(':')[0]!.trim());
    } catch {
      // An unparsable pyproject.toml is reported by its own kind.
    }
  }
  for (const m of text.matchAll(/^\s*[\w-]+\s*=\s*([\w.]+)(?::\w+)?\s*$/gm)) if (/pytest11/.test(text.slice(Math.max(0, (m.index ?? 0) - 200), m.index))) names.push(m[1]!);
  return names;
}

/** Repository paths of a dotted Python module. */
export function pythonModuleCandidates(dotted: string): string[] {
  const p = dotted.split('.').join('/');
  return [`${p}.py`, `${p}/__init__.py`, `src/${p}.py`, `src/${p}/__init__.py`];
}
