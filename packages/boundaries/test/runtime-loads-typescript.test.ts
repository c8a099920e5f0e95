import { describe, expect, it } from 'vitest';
import { changeSetup, guard, twoDomainPolicy } from './fixtures/two-domains.js';

const BASE = {
  'package.json': JSON.stringify({ name: 'svc', type: 'module' }),
  'src/bus/index.ts': 'export function publish(): void {}\n',
  'src/recommendations/engine.ts': 'export function recommend(): string[] { return []; }\n',
  'src/recommendations/worker.js': 'export {};\n',
  'src/events/capture.ts': "import { publish } from '../bus/index.js';\nexport const c = publish;\n",
};
const policy = twoDomainPolicy('src/');
const setup = changeSetup(BASE);

/** The guard's verdict and `rule@line` findings for one new file in events. */
async function judge(source: string, extra: Record<string, string> = {}, path = 'src/events/search.ts') {
  const run = await guard(setup((repo) => repo.write({ ...extra, [path]: source })), policy);
  return { verdict: run.report.verdict, rules: run.report.findings.map((f) => `${f.rule}@${f.line}`), messages: run.report.findings.map((f) => f.message), run };
}

describe('boundaries on TypeScript: a module the runtime computes from constants is the module it loads', () => {
  it('folds concatenation, templates, same-file consts and path.join of __dirname, and passes the same forms into the bus', async () => {
    const bad = await judge(
      [
        "import path from 'node:path';",
        "const a = require('../recommend' + 'ations/engine');",
        "const DIR = '../recommendations';",
        'const b = require(`${DIR}/engine.js`);',
        "const c = require(path.join(__dirname, '..', 'recommendations', 'engine'));",
        "const d = await import(new URL('../recommendations/engine.js', import.meta.url).href);",
        "const e = require(['..', 'recommendations', 'engine'].join('/'));",
        '',
      ].join('\n'),
    );
    expect(bad.verdict).toBe('fail');
    expect(bad.rules).toEqual(['forbidden-import@2', 'forbidden-import@4', 'forbidden-import@5', 'forbidden-import@6', 'forbidden-import@7']);
    expect(bad.messages[0]).toContain("of '../recommendations/engine' (src/recommendations/engine.ts)");

    const good = await judge(
      ["import path from 'node:path';", "const BUS = '../bus';", "const a = require(BUS + '/index');", "const b = require(path.join(__dirname, '../bus/index.js'));", ''].join('\n'),
    );
    expect(good.verdict).toBe('pass');
    expect(good.run.outputs).toEqual({ 'new-edges': 2, forbidden: 0 });
  });

  it('does not fold a name a parameter shadows: the load is computed and fails closed', async () => {
    const run = await judge("const DIR = '../bus';\nexport function load(DIR: string) {\n  return require(DIR + '/index');\n}\n");
    expect(run.verdict).toBe('fail');
    expect(run.rules).toEqual(['computed-import@3']);
    expect(run.messages[0]).toContain("require(DIR + '/index') computes its module at run time");
  });

  it('follows every way Node loads a module: createRequire, require.resolve, import.meta.resolve, module.require, aliases', async () => {
    const run = await judge(
      [
        "import { createRequire } from 'node:module';",
        'const req = createRequire(import.meta.url);',
        "req('../recommendations/engine');",
        "const fromRecs = createRequire(new URL('../recommendations/', import.meta.url));",
        "fromRecs('./engine');",
        "const where = require.resolve('../recommendations/engine');",
        "const url = import.meta.resolve('../recommendations/engine.js');",
        "module.require('../recommendations/engine');",
        'const load = require;',
        "load('../recommendations/engine');",
        "require.call(null, '../recommendations/engine');",
        '',
      ].join('\n'),
    );
    expect(run.rules).toEqual(['forbidden-import@3', 'forbidden-import@5', 'forbidden-import@6', 'forbidden-import@7', 'forbidden-import@8', 'forbidden-import@10', 'forbidden-import@11']);
    expect(run.messages[2]).toMatch(/^New require\.resolve of '\.\.\/recommendations\/engine'/);
  });

  it('counts code run elsewhere: worker threads, forked children, import.meta.glob, and eval of a constant', async () => {
    const run = await judge(
      [
        "import { Worker } from 'node:worker_threads';",
        "import { fork } from 'node:child_process';",
        "new Worker(new URL('../recommendations/worker.js', import.meta.url));",
        "fork('src/recommendations/worker.js');",
        "const all = import.meta.glob('../recommendations/*.ts');",
        "eval(\"require('../recommendations/engine')\");",
        "new Function('return require(\"../recommendations/engine\")')();",
        '',
      ].join('\n'),
    );
    expect(run.rules).toEqual(['forbidden-import@3', 'forbidden-import@4', 'forbidden-import@5', 'forbidden-import@6', 'forbidden-import@7']);
    // fork() resolves against the working directory, which the code does not fix: the repository root is one.
    expect(run.messages[1]).toContain('(src/recommendations/worker.js)');
    expect(run.messages[3]).toContain('import in code run from a string (eval)');
  });

  it('fails closed where it cannot compute: require passed on as a value, eval of computed code, a computed specifier', async () => {
    const run = await judge(
      [
        'const load = [require][0];',
        "load('../recommendations/engine');",
        'export function run(code: string) { return eval(code); }',
        'export const plugin = require(process.env.PLUGIN!);',
        "module['req' + 'uire']('../recommendations/engine');",
        'const { require: take } = module;',
        "if (require.main === module) module['exports'] = {};",
        '',
      ].join('\n'),
    );
    expect(run.verdict).toBe('fail');
    expect(run.rules).toEqual(['computed-import@1', 'computed-import@3', 'computed-import@4', 'computed-import@5', 'computed-import@6']);
    expect(run.run.report.findings.every((f) => f.severity === 'error')).toBe(true);
    expect(run.messages[0]).toBe(
      'require hands on a module loader (require (passed on as a value)) that the guard cannot follow to what it loads: call require, import() or createRequire(import.meta.url) directly, with a literal module path.',
    );
  });

  it('leaves a computed load that was already there at the merge base alone', async () => {
    const legacy = 'export const plugin = require(process.env.PLUGIN!);\n';
    const run = await guard(
      setup((repo) => repo.write({ 'src/events/legacy.ts': `${legacy}export const more = 1;\n` }), { ...BASE, 'src/events/legacy.ts': legacy }),
      policy,
    );
    expect(run.report.verdict).toBe('pass');
    expect(run.report.metrics['computed-imports']).toBe(1);
  });

  it('resolves bare specifiers through folders the code adds to module.paths, and fails closed on a computed one', async () => {
    const run = await judge(
      [
        "import path from 'node:path';",
        "module.paths.push(path.join(__dirname, '../recommendations'));",
        "const engine = require('engine');",
        "const bus = require('node:fs');",
        '',
      ].join('\n'),
    );
    expect(run.rules).toEqual(['forbidden-import@3']);
    expect(run.messages[0]).toContain("of 'engine' (src/recommendations/engine.ts)");

    const computed = await judge("module.paths.unshift(process.env.EXTRA!);\nexport {};\n");
    expect(computed.rules).toEqual(['computed-import-path@1']);
  });

  it('resolves a package name that a file: dependency points at a folder of the repository', async () => {
    // The dependency's name is not the folder's package name: only the manifest's `file:` says where it leads.
    const run = await judge("import { recommend } from 'bus-client';\nexport const r = recommend;\n", {
      'package.json': JSON.stringify({ name: 'svc', type: 'module', dependencies: { 'bus-client': 'file:./src/recommendations' } }),
      'src/recommendations/package.json': JSON.stringify({ name: 'rec-engine', main: 'engine.ts' }),
    });
    expect(run.rules).toEqual(['forbidden-import@1']);
    expect(run.messages[0]).toContain('src/recommendations');
  });
});
