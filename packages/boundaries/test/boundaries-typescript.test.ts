import { ConfigurationError } from '@agent-guards/action-kit';
import { describe, expect, it } from 'vitest';
import type { TempRepo } from '@agent-guards/testkit';
import { guard, changeSetup, twoDomainPolicy } from './fixtures/two-domains.js';

const BASE = {
  'tsconfig.base.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@recs/*': ['src/recommendations/*'], '@bus': ['src/bus/index.ts'] } } }),
  // JSONC, as tsconfig files are: comments and a trailing comma.
  'tsconfig.json': '{\n  // project config\n  "extends": "./tsconfig.base.json",\n  "compilerOptions": { "strict": true, },\n}\n',
  'src/bus/index.ts': 'export interface BusEvent { type: string }\nexport function publish(_e: BusEvent): void {}\n',
  'src/recommendations/engine.ts': 'export function recommend(): string[] { return []; }\nexport interface Recommendation { id: string }\n',
  'src/recommendations/index.ts': "export * from './engine.js';\n",
  'src/events/capture.ts': "import { publish } from '../bus/index.js';\nexport function capture(): void { publish({ type: 'view' }); }\n",
};

const policy = twoDomainPolicy('src/');
const setup = changeSetup(BASE);

describe('boundaries guard on TypeScript', () => {
  it('fails a new import from events into recommendations, at the import line, naming the way through the bus', async () => {
    const s = setup((repo) =>
      repo.write({ 'src/events/search.ts': "// search events\nimport { recommend } from '../recommendations/engine.js';\nexport const r = recommend();\n" }),
    );
    const run = await guard(s, policy);
    expect(run.report.verdict).toBe('fail');
    expect(run.rules).toEqual(['forbidden-import@src/events/search.ts:2']);
    const message = run.report.findings[0]!.message;
    expect(message).toContain("context 'events'");
    expect(message).toContain("'recommendations'");
    expect(message).toContain('src/recommendations/engine.ts');
    expect(message).toContain('publish an event on the bus');
    expect(run.outputs).toEqual({ 'new-edges': 1, forbidden: 1 });
    expect(run.summary).toContain('| `events` | `recommendations` | 1 | ❌ not allowed |');
  });

  it('passes the same feature written through the bus', async () => {
    const s = setup((repo) =>
      repo.write({ 'src/events/search.ts': "import { publish } from '../bus/index.js';\nexport const s = (): void => publish({ type: 'search' });\n" }),
    );
    const run = await guard(s, policy);
    expect(run.report.verdict).toBe('pass');
    expect(run.report.findings).toEqual([]);
    expect(run.outputs).toEqual({ 'new-edges': 1, forbidden: 0 });
    expect(run.summary).toContain('| `events` | `bus` | 1 | ✅ allowed |');
  });

  it('resolves path aliases from tsconfig paths, through extends', async () => {
    const s = setup((repo) =>
      repo.write({ 'src/events/search.ts': "import { publish } from '@bus';\nimport { recommend } from '@recs/engine';\nexport const x = [publish, recommend];\n" }),
    );
    const run = await guard(s, policy);
    expect(run.rules).toEqual(['forbidden-import@src/events/search.ts:2']);
    expect(run.report.findings[0]!.message).toContain("'@recs/engine' (src/recommendations/engine.ts)");
  });

  it('lets type-only imports through when the policy allows them, and checks them when it says check', async () => {
    const change = (repo: TempRepo) =>
      repo.write({
        'src/events/search.ts': "import type { Recommendation } from '../recommendations/engine.js';\nimport { type Recommendation as R2 } from '@recs/index';\nexport type X = Recommendation | R2 | typeof import('../recommendations/engine.js');\n",
      });
    const allowed = await guard(setup(change), policy);
    expect(allowed.report.verdict).toBe('pass');
    expect(allowed.report.metrics['type-only-imports-skipped']).toBe(3);

    const checked = await guard(setup(change), twoDomainPolicy('src/', { type_only_imports: 'check' }));
    expect(checked.report.verdict).toBe('fail');
    expect(checked.rules).toEqual(['forbidden-import@src/events/search.ts:1', 'forbidden-import@src/events/search.ts:2', 'forbidden-import@src/events/search.ts:3']);
    expect(checked.report.findings[0]!.message).toContain('type-only import');
  });

  it('reports an edge already present at base as a notice and fails only the new one', async () => {
    const base = { ...BASE, 'src/events/legacy.ts': "import { recommend } from '../recommendations/engine.js';\nexport const a = recommend;\n" };
    const s = setup(
      (repo) =>
        repo.write({
          'src/events/legacy.ts':
            "import { recommend } from '../recommendations/engine.js';\nimport { publish } from '../bus/index.js';\nexport const a = recommend;\nexport const b = publish;\n",
        }),
      base,
    );
    const legacyOnly = await guard(s, policy);
    expect(legacyOnly.report.verdict).toBe('pass');
    expect(legacyOnly.rules).toEqual(['existing-forbidden-import@src/events/legacy.ts:1']);
    expect(legacyOnly.report.findings[0]!.severity).toBe('notice');

    const s2 = setup(
      (repo) => repo.write({ 'src/events/legacy.ts': "import { recommend } from '../recommendations/engine.js';\nimport * as all from '../recommendations/index.js';\nexport const a = [recommend, all];\n" }),
      base,
    );
    const more = await guard(s2, policy);
    expect(more.report.verdict).toBe('fail');
    expect(more.rules).toEqual(['forbidden-import@src/events/legacy.ts:2', 'existing-forbidden-import@src/events/legacy.ts:1']);
  });

  it('keeps an old edge old when the file is renamed, and makes it new when the file moves into another context', async () => {
    const legacy = "import { recommend } from '../recommendations/engine.js';\nexport const a = recommend;\nexport const pad = 'unchanged body so git sees a rename';\n";
    const base = { ...BASE, 'src/events/legacy.ts': legacy };
    const renamed = await guard(setup((repo) => repo.move('src/events/legacy.ts', 'src/events/legacy-capture.ts'), base), policy);
    expect(renamed.rules).toEqual(['existing-forbidden-import@src/events/legacy-capture.ts:1']);

    const recsBase = { ...BASE, 'src/recommendations/feed.ts': "import { recommend } from './engine.js';\nexport const a = recommend;\nexport const pad = 'unchanged body so git sees a rename';\n" };
    const moved = await guard(
      setup((repo) => {
        repo.move('src/recommendations/feed.ts', 'src/events/feed.ts');
        repo.write({ 'src/events/feed.ts': "import { recommend } from '../recommendations/engine.js';\nexport const a = recommend;\nexport const pad = 'unchanged body so git sees a rename';\n" });
      }, recsBase),
      policy,
    );
    expect(moved.rules).toEqual(['forbidden-import@src/events/feed.ts:1']);
  });

  it('counts require() and dynamic import(), and fails closed on a module computed at run time', async () => {
    const s = setup((repo) =>
      repo.write({
        'src/events/lazy.js': "const engine = require('../recommendations/engine.js');\nexport async function later(name) {\n  const m = await import('../recommendations/index.js');\n  return import(`../plugins/${name}.js`);\n}\n",
      }),
    );
    const run = await guard(s, policy);
    expect(run.rules).toEqual(['forbidden-import@src/events/lazy.js:1', 'forbidden-import@src/events/lazy.js:3', 'computed-import@src/events/lazy.js:4']);
    // A module computed at run time can be any module, in any context: an error, not a pass with a warning.
    expect(run.report.findings[2]!.severity).toBe('error');
    expect(run.report.findings[2]!.message).toContain('import(`../plugins/${name}.js`) computes its module at run time');
  });

  it('does not count imports inside comments, strings, template text or regular expressions', async () => {
    const s = setup((repo) =>
      repo.write({
        'src/events/docs.ts': [
          "// import { recommend } from '../recommendations/engine.js';",
          "/* require('../recommendations/engine.js') */",
          "export const hint = \"import { recommend } from '../recommendations/engine.js'\";",
          "export const tpl = `import('../recommendations/engine.js')`;",
          "export const re = /import x from '..\\/recommendations\\/engine'/;",
          "export const ratio = 4 / 2; // import('../recommendations/engine.js')",
          '',
        ].join('\n'),
      }),
    );
    const run = await guard(s, policy);
    expect(run.report.verdict).toBe('pass');
    expect(run.report.findings).toEqual([]);
    expect(run.report.metrics.imports).toBe(0);
  });

  it('fails a forbidden module such as a database client, with the alternative from the policy', async () => {
    const withDb = twoDomainPolicy('src/', { forbid: [{ from: 'events', to: 'pg', instead: 'write through the storage service on the bus.' }] });
    const s = setup((repo) => repo.write({ 'src/events/store.ts': "import { Pool } from 'pg';\nimport { readFile } from 'node:fs/promises';\nexport const p = [Pool, readFile];\n" }));
    const run = await guard(s, withDb);
    expect(run.rules).toEqual(['forbidden-import@src/events/store.ts:1']);
    expect(run.report.findings[0]!.message).toContain("module 'pg'");
    expect(run.report.findings[0]!.message).toContain('write through the storage service');
  });

  it('fails closed on a tsconfig that is not JSON with comments, naming the file and the line', async () => {
    const s = setup((repo) =>
      repo.write({
        'tsconfig.json': '{\n  // project config\n  "extends": "./tsconfig.base.json" "compilerOptions": {}\n}\n',
        'src/events/search.ts': "import { recommend } from '@recs/engine';\nexport const r = recommend();\n",
      }),
    );
    const error = await guard(s, policy).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).file).toBe('tsconfig.json');
    expect((error as ConfigurationError).message).toContain('is not valid JSON with comments (CommaExpected at line 3)');
  });
});
