import { describe, expect, it } from 'vitest';
import { parseImports } from '../src/index.js';
import { goLocalReplaces } from '../src/resolve/go-resolver.js';

/** `kind specifier-or-(expression) [anchor]` of every record, in order. */
const loads = (path: string, source: string): string[] =>
  parseImports(path, source).map((r) => `${r.kind} ${r.specifier ?? `(${r.expression})`}${r.anchor ? ` @${r.anchor}` : ''}${r.position ? ` ${r.position}` : ''}`);

describe('JavaScript constant folding', () => {
  it('reads a const through the scope its use sees, not any declaration of the name', () => {
    const source = [
      "const path = require('node:path');",
      'function lookup(dir) {',
      "  const path = dir + '/x';",
      '  return path;',
      '}',
      "require(path.join(__dirname, 'engine'));",
      "const BASE = './lib';",
      'function load(BASE) { return require(BASE); }',
      "require(BASE + '/a');",
      '',
    ].join('\n');
    expect(loads('src/events/a.js', source)).toEqual(['require node:path', 'require ./engine', 'require (BASE)', 'require ./lib/a']);
  });

  it('does not fold a let, a call it does not know, or a path that climbs out of the repository into one inside it', () => {
    expect(loads('src/a.js', "let p = './x';\nrequire(p);\nrequire(load('./x'));\nrequire(require('path').join(__dirname, '../../../other/x'));\n")).toEqual([
      'require (p)',
      'require (load(\'./x\'))',
      'require /../../other/x',
      'require path',
    ]);
  });

  it('anchors paths resolved from the working directory there', () => {
    expect(loads('src/a.js', "const path = require('path');\nrequire(path.resolve('src/recommendations/engine'));\nrequire(process.cwd() + '/lib/x');\n")).toEqual([
      'require path',
      'require src/recommendations/engine @cwd',
      'require /lib/x @cwd',
    ]);
  });

  it('reads the other loaders Node has', () => {
    const source = [
      "require.main.require('./lib/x');",
      "require('module')._load('./y');",
      "const Module = require('node:module');",
      "Module._load('./z');",
      "process.dlopen(module, require('path').join(__dirname, 'addon.node'));",
      "const ctx = require.context('../recommendations', true, /\\.ts$/);",
      "require.apply(null, ['./w']);",
      '',
    ].join('\n');
    expect(loads('src/events/a.js', source)).toEqual([
      'require lib/x @cwd',
      'require module',
      'require ./y',
      'require node:module',
      'require ./z',
      'native-addon ./addon.node',
      'require path',
      'module-glob ../recommendations',
      'require ./w',
    ]);
  });

  it('marks what a barrel hands on, and not what a wrapper merely uses', () => {
    const records = parseImports(
      'src/shared/index.js',
      [
        "import { recommend } from '../recommendations/engine.js';",
        "import { publish } from '../bus/index.js';",
        "const feed = require('../recommendations/feed.js');",
        'export { recommend };',
        'export function send() { return publish(); }',
        'module.exports.feed = feed;',
        '',
      ].join('\n'),
    );
    expect(records.map((r) => [r.specifier, r.reexports])).toEqual([
      ['../recommendations/engine.js', [{ as: 'recommend', name: 'recommend' }]],
      ['../bus/index.js', undefined],
      ['../recommendations/feed.js', [{ as: '*', name: '*' }]],
    ]);
  });
});

describe('Python constant folding and loaders', () => {
  it('folds formatting, joins and pathlib, and refuses a name bound more than once', () => {
    const source = [
      'import importlib, os',
      'from pathlib import Path',
      "PKG = 'app'",
      "importlib.import_module('%s.%s' % (PKG, 'recommendations'))",
      "importlib.import_module('.'.join([PKG, 'bus']))",
      "importlib.import_module(f'{PKG}.events' 'x')",
      'for PKG2 in []: pass',
      "PKG2 = 'app'",
      'importlib.import_module(PKG2)',
      "sys_dir = str(Path(__file__).resolve().parents[1] / 'vendor')",
      '',
    ].join('\n');
    expect(loads('app/events/a.py', source)).toEqual([
      'python-import importlib',
      'python-import os',
      'python-from-import pathlib',
      'python-import-module app.recommendations',
      'python-import-module app.bus',
      'python-import-module app.eventsx',
      'python-import-module (PKG2)',
    ]);
  });

  it('reads the loaders importlib, imp, runpy and pkgutil have', () => {
    const source = [
      'import importlib.util, importlib.machinery, imp, pkgutil, runpy',
      "importlib.util.find_spec('app.recommendations')",
      "importlib.machinery.SourceFileLoader('x', 'app/recommendations/engine.py')",
      "imp.load_source('x', 'app/recommendations/engine.py')",
      "pkgutil.resolve_name('app.recommendations.engine:recommend')",
      "runpy.run_path('app/recommendations')",
      "exec(compile(open('app/recommendations/engine.py').read(), 'x', 'exec'))",
      '',
    ].join('\n');
    expect(loads('app/events/a.py', source).slice(5)).toEqual([
      'python-import-module app.recommendations',
      'python-file-load app/recommendations/engine.py @cwd',
      'python-file-load app/recommendations/engine.py @cwd',
      'python-import-module app.recommendations.engine',
      'python-file-load app/recommendations @cwd',
      'python-file-load app/recommendations/engine.py @cwd',
    ]);
  });

  it('reads every way sys.path changes, and sys.modules aliases of imported modules only', () => {
    const source = [
      'import sys, site',
      'from sys import path as search',
      "sys.path.extend(['a', 'b'])",
      "sys.path = sys.path + ['c']",
      "search.insert(0, 'd')",
      "sys.modules.setdefault('x', sys.modules['app.recommendations.engine'])",
      "import app.recommendations.engine as engine",
      "sys.modules.update({'y': engine, 'z': object()})",
      '',
    ].join('\n');
    expect(loads('app/events/a.py', source).filter((l) => !l.startsWith('python-import ') && !l.startsWith('python-from-import'))).toEqual([
      'python-path-entry a @cwd back',
      'python-path-entry b @cwd back',
      'python-path-entry c @cwd back',
      'python-path-entry d @cwd front',
      'python-module-alias y',
    ]);
    const alias = parseImports('app/events/a.py', source).find((r) => r.kind === 'python-module-alias')!;
    expect(alias.aliasOf?.specifier).toBe('app.recommendations.engine');
  });
});

describe('Go directives', () => {
  it('reads the replace directives that point at folders, in a block or not', () => {
    const goMod = 'module example.com/svc\n\nreplace example.com/a => ./vendor/a\nreplace (\n\texample.com/b v1.0.0 => ../b // sibling\n\texample.com/c => example.com/d v1.2.0\n)\n';
    expect([...goLocalReplaces(goMod, 'svc')]).toEqual([
      ['example.com/a', 'svc/vendor/a'],
      ['example.com/b', 'b'],
    ]);
  });

  it('takes a linkname only from a comment, not from a raw string', () => {
    const source = 'package x\n\nimport _ "unsafe"\n\nvar doc = `\n//go:linkname a example.com/q.b\n`\n\n//go:linkname f example.com/svc/recommendations.(*T).M\nfunc f()\n';
    expect(loads('x/x.go', source)).toEqual(['go-import unsafe', 'go-linkname example.com/svc/recommendations']);
  });
});
