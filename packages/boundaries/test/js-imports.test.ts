import { describe, expect, it } from 'vitest';
import { parseImports } from '../src/index.js';

const specs = (path: string, source: string) => parseImports(path, source).map((r) => `${r.kind}:${r.specifier ?? `(${r.expression})`}${r.typeOnly ? ':type' : ''}@${r.line}`);

describe('TypeScript/JavaScript import parsing', () => {
  it('reads every import form with its line', () => {
    const source = [
      "import a from './a.js';",
      "import * as ns from './ns';",
      "import d, { e as f, 'g-h' as gh } from './d';",
      "import './side-effect.css';",
      'import {',
      '  x,',
      '  y,',
      "} from './multi-line';",
      "export { z } from './z';",
      "export * as all from './all';",
      "export * from './star';",
      "import eq = require('./equals');",
      "const r = require('./req');",
      "const lazy = import('./lazy', { with: { type: 'json' } });",
      "import defer * as deferred from './deferred';",
      'export { local };',
      'const meta = import.meta.url;',
      '',
    ].join('\n');
    expect(specs('src/a.ts', source)).toEqual([
      'import:./a.js@1',
      'import:./ns@2',
      'import:./d@3',
      'import:./side-effect.css@4',
      'import:./multi-line@5',
      'export-from:./z@9',
      'export-from:./all@10',
      'export-from:./star@11',
      'import-equals:./equals@12',
      'require:./req@13',
      'dynamic-import:./lazy@14',
      'import:./deferred@15',
    ]);
  });

  it('tells type-only imports from ones that stay at run time', () => {
    const source = [
      "import type { A } from './a';",
      "import type B from './b';",
      "import { type C, type D } from './cd';",
      "import { type E, f } from './ef';",
      "import type from './default-named-type';",
      "import type, { g } from './default-named-type-2';",
      "import { type } from './named-type';",
      "export type { H } from './h';",
      "export type * from './star';",
      "type T = typeof import('./typeof');",
      "type U = import('./qualified').U;",
      "const later = import('./then').then((m) => m);",
      '',
    ].join('\n');
    expect(specs('src/a.ts', source)).toEqual([
      'import:./a:type@1',
      'import:./b:type@2',
      'import:./cd:type@3',
      'import:./ef@4',
      'import:./default-named-type@5',
      'import:./default-named-type-2@6',
      'import:./named-type@7',
      'export-from:./h:type@8',
      'export-from:./star:type@9',
      'dynamic-import:./typeof:type@10',
      'dynamic-import:./qualified:type@11',
      'dynamic-import:./then@12',
    ]);
    expect(specs('src/types.d.ts', "import { X } from './x';\n")).toEqual(['import:./x:type@1']);
  });

  it('ignores imports in comments, strings, templates and regular expressions, but not in template substitutions', () => {
    const source = [
      "// import a from './comment';",
      "/* import b from './block';",
      "   require('./block-2') */",
      "const s1 = 'import c from \\'./single\\'';",
      'const s2 = "require(\'./double\')";',
      "const t = `import('./template') ${require('./in-substitution')} ${`${import('./nested')}`}`;",
      "const re = /import d from '.\\/regex'/g;",
      "if (ok) /require('.\\/after-if')/.test(s1);",
      "const div = total / count; const re2 = /[/]import('.\\/class')/;",
      "const m = { require(x) { return x; }, import: 1 };",
      "obj.require('./member'); obj?.import('./optional-member');",
      "function require(name) { return name; }",
      '',
    ].join('\n');
    expect(specs('src/a.js', source)).toEqual(['require:./in-substitution@6', 'dynamic-import:./nested@6']);
  });

  it('reads JSX text and attributes as text, and the code in braces as code', () => {
    const source = [
      "import React from 'react';",
      'export const View = () => (',
      "  <div title=\"import x from './attr'\" data-x='require(\"./attr-2\")'>",
      "    Don't import y from './text' — it's prose {import('./expr')}",
      '    <Child render={() => require(\'./nested-expr\')} />',
      '  </div>',
      ');',
      "const generic = <T,>(v: T) => v;",
      "const lazy = import('./after-jsx');",
      '',
    ].join('\n');
    expect(specs('src/view.tsx', source)).toEqual(['import:react@1', 'dynamic-import:./expr@4', 'require:./nested-expr@5', 'dynamic-import:./after-jsx@9']);
  });

  it('reads `<T>value` in a .ts file as a type assertion, not JSX', () => {
    expect(specs('src/a.ts', "const v = <Foo>bar;\nimport x from './after';\n")).toEqual(['import:./after@2']);
  });

  it('records a computed module by its source text', () => {
    expect(parseImports('src/a.ts', 'const m = await import(`./locales/${lang}.js`);\nrequire(name);\n')).toEqual([
      { kind: 'dynamic-import', expression: '`./locales/${lang}.js`', line: 1, typeOnly: false },
      { kind: 'require', expression: 'name', line: 2, typeOnly: false },
    ]);
  });
});
