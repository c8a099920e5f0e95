import { afterAll, describe, expect, it } from 'vitest';
import { commitsBetween } from '@agent-guards/git';
import { evaluateKind, loadChangeFacts, SpecMapEntrySchema, type ChangeKind } from '@agent-guards/spec-conformance';
import { TempRepo } from '@agent-guards/testkit';

const repos: TempRepo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));

interface Change {
  base: Record<string, string>;
  head?: Record<string, string>;
  deletes?: string[];
  message?: string;
  entry?: Record<string, unknown>;
  npmRegistryHosts?: string[];
}

/** A real repository with a base commit and a PR commit on top; the kind judged on it. */
async function judge(kind: ChangeKind, change: Change) {
  const repo = new TempRepo();
  repos.push(repo);
  const base = repo.write(change.base).commit('chore: base');
  repo.checkout('agent/change', true);
  if (change.head) repo.write(change.head);
  if (change.deletes) repo.remove(...change.deletes);
  const head = repo.commit(change.message ?? 'chore: change');
  const facts = await loadChangeFacts(repo.dir, base, head, await commitsBetween(repo.dir, base, head));
  return evaluateKind(kind, { ...facts, npmRegistryHosts: change.npmRegistryHosts ?? [] }, SpecMapEntrySchema.parse({ kinds: [kind], ...change.entry }));
}

const pkg = (devDependencies: Record<string, string>, dependencies: Record<string, string> = { express: '^4.21.0' }) =>
  `${JSON.stringify({ name: 'svc', version: '1.0.0', dependencies, devDependencies }, null, 2)}\n`;
const lock = (vitest: string, expressDev = false, express = '4.21.0') =>
  `${JSON.stringify(
    {
      name: 'svc',
      version: '1.0.0',
      lockfileVersion: 3,
      requires: true,
      packages: {
        '': { name: 'svc', version: '1.0.0', dependencies: { express: '^4.21.0' }, devDependencies: { vitest: `^${vitest}` } },
        'node_modules/vitest': { version: vitest, dev: true },
        'node_modules/express': { version: express, ...(expressDev ? { dev: true } : {}) },
      },
    },
    null,
    2,
  )}\n`;

describe('dev-dependency-update', () => {
  it('accepts a devDependencies bump with dev-only lockfile entries', async () => {
    const verdict = await judge('dev-dependency-update', {
      base: { 'package.json': pkg({ vitest: '^4.1.11' }), 'package-lock.json': lock('4.1.11') },
      head: { 'package.json': pkg({ vitest: '^4.1.12' }), 'package-lock.json': lock('4.1.12') },
    });
    expect(verdict).toEqual({ kind: 'dev-dependency-update', satisfied: true, reasons: ['dev dependencies changed: vitest'] });
  });

  it('rejects a runtime dependency bump in package.json', async () => {
    const verdict = await judge('dev-dependency-update', {
      base: { 'package.json': pkg({ vitest: '^4.1.11' }) },
      head: { 'package.json': pkg({ vitest: '^4.1.11' }, { express: '^5.0.0' }) },
    });
    expect(verdict.satisfied).toBe(false);
    expect(verdict.reasons).toEqual(["package.json changes more than dev dependencies ('dependencies')"]);
  });

  it('rejects a lockfile that re-pins a package not marked dev', async () => {
    const verdict = await judge('dev-dependency-update', {
      base: { 'package.json': pkg({ vitest: '^4.1.11' }), 'package-lock.json': lock('4.1.11') },
      head: { 'package.json': pkg({ vitest: '^4.1.12' }), 'package-lock.json': lock('4.1.12', false, '4.21.2') },
    });
    expect(verdict.reasons).toEqual(["package-lock.json changes 'node_modules/express', which is not a dev-only package"]);
  });

  it('accepts a dev package resolved from a registry the policy names, and only then', async () => {
    const privateLock = (vitest: string) =>
      lock(vitest).replace(`"version": "${vitest}",`, `"version": "${vitest}",\n      "resolved": "https://npm.internal.example/vitest/-/vitest-${vitest}.tgz",`);
    const change = {
      base: { 'package.json': pkg({ vitest: '^4.1.11' }), 'package-lock.json': privateLock('4.1.11') },
      head: { 'package.json': pkg({ vitest: '^4.1.12' }), 'package-lock.json': privateLock('4.1.12') },
    };
    const unlisted = await judge('dev-dependency-update', change);
    expect(unlisted.satisfied).toBe(false);
    expect(unlisted.reasons.join(' ')).toContain('npm.internal.example');
    expect(await judge('dev-dependency-update', { ...change, npmRegistryHosts: ['npm.internal.example'] })).toMatchObject({ satisfied: true });
  });

  it('accepts a PEP 735 dev group change with the uv lockfile beside it, and a Cargo dev-dependency', async () => {
    const pyproject = (pytest: string) => `[project]\nname = "svc"\ndependencies = ["fastapi>=0.115"]\n\n[dependency-groups]\ndev = ["pytest>=${pytest}"]\n`;
    const cargo = (v: string) => `[package]\nname = "svc"\nversion = "0.1.0"\n\n[dependencies]\nserde = "1"\n\n[dev-dependencies]\nproptest = "${v}"\n`;
    const verdict = await judge('dev-dependency-update', {
      base: { 'pyproject.toml': pyproject('8.3'), 'uv.lock': 'version = 1\n# a\n', 'crates/core/Cargo.toml': cargo('1.5') },
      head: { 'pyproject.toml': pyproject('8.4'), 'uv.lock': 'version = 1\n# b\n', 'crates/core/Cargo.toml': cargo('1.6') },
    });
    expect(verdict).toMatchObject({ satisfied: true, reasons: ['dev dependencies changed: proptest, pytest'] });
  });

  it('rejects a lockfile it cannot read entry by entry when no manifest beside it changed, and other files', async () => {
    const verdict = await judge('dev-dependency-update', {
      base: { 'yarn.lock': 'a\n', 'src/app.ts': 'export const a = 1;\n', 'requirements.txt': 'flask==3.0\n' },
      head: { 'yarn.lock': 'b\n', 'src/app.ts': 'export const a = 2;\n', 'requirements.txt': 'flask==3.1\n' },
    });
    expect(verdict.satisfied).toBe(false);
    expect(verdict.reasons).toEqual([
      "changes files that are not dependency manifests or lockfiles: 'src/app.ts'",
      'requirements.txt declares runtime dependencies and has no dev section',
      'yarn.lock changes without a dev-only manifest change beside it',
    ]);
  });
});

describe('test-addition', () => {
  const tests = (...names: string[]) => names.map((n) => `def ${n}():\n    assert True\n`).join('\n');

  it('accepts a test added to a test file', async () => {
    const verdict = await judge('test-addition', {
      base: { 'tests/test_events.py': tests('test_view') },
      head: { 'tests/test_events.py': tests('test_view', 'test_click'), 'src/__tests__/store.test.ts': "it('keeps order', () => {});\n" },
    });
    expect(verdict).toMatchObject({ satisfied: true, reasons: ["adds 2 test case(s): src/__tests__/store.test.ts::keeps order, tests/test_events.py::test_click"] });
  });

  it('rejects a change that adds one test and removes another', async () => {
    const verdict = await judge('test-addition', {
      base: { 'tests/test_events.py': tests('test_view', 'test_old') },
      head: { 'tests/test_events.py': tests('test_view', 'test_new') },
    });
    expect(verdict.reasons).toEqual(["removes test(s) 'tests/test_events.py::test_old'"]);
  });

  it('rejects deleting a test file and touching code', async () => {
    const verdict = await judge('test-addition', {
      base: { 'tests/test_a.py': tests('test_a'), 'tests/test_b.py': tests('test_b'), 'src/a.py': 'x = 1\n' },
      head: { 'tests/test_a.py': tests('test_a', 'test_a2'), 'src/a.py': 'x = 2\n' },
      deletes: ['tests/test_b.py'],
    });
    expect(verdict.reasons).toEqual([
      "changes files that are not tests: 'src/a.py'",
      "deletes test file(s) 'tests/test_b.py'",
      "removes test(s) 'tests/test_b.py::test_b'",
    ]);
  });
});

describe('bug-fix', () => {
  const base = { 'src/parse.py': 'def parse(x):\n    return x\n', 'tests/test_parse.py': 'def test_parse():\n    assert True\n' };
  const head = { 'src/parse.py': 'def parse(x):\n    return x or ""\n', 'tests/test_parse.py': 'def test_parse():\n    assert True\n\ndef test_parse_none():\n    assert True\n' };

  it('accepts a code fix with its regression test and a fix commit', async () => {
    expect(await judge('bug-fix', { base, head, message: 'fix(parse): handle None' })).toMatchObject({ satisfied: true });
  });

  it('rejects a fix without a test, and one not typed fix', async () => {
    const noTest = await judge('bug-fix', { base, head: { 'src/parse.py': head['src/parse.py'] }, message: 'fix: handle None' });
    expect(noTest.reasons).toEqual(['adds or changes no test (a fix comes with the test that shows it)']);
    const feat = await judge('bug-fix', { base, head, message: 'feat: handle None' });
    expect(feat.reasons).toEqual(["has no commit of type 'fix'"]);
  });
});

describe('refactor', () => {
  const base = {
    'src/store.ts': 'export function load(id: string): Item {\n  return cache.get(id);\n}\nfunction helper() {}\n',
    'src/index.ts': "export { load } from './store.js';\n",
    'api/openapi.yaml': 'openapi: 3.1.0\n',
  };
  const entry = { paths: ['src/**'], public: ['src/index.ts'] };

  it('accepts an internal change that keeps exported signatures', async () => {
    const verdict = await judge('refactor', {
      base,
      head: { 'src/store.ts': 'export function load(id: string): Item {\n  return lookup(id);\n}\nfunction lookup(id: string) { return cache.get(id); }\n' },
      entry,
    });
    expect(verdict).toMatchObject({ satisfied: true });
  });

  it('rejects a changed exported signature', async () => {
    const verdict = await judge('refactor', {
      base,
      head: { 'src/store.ts': 'export function load(id: string, fresh: boolean): Item {\n  return cache.get(id);\n}\n' },
      entry,
    });
    expect(verdict.reasons).toEqual([
      "removes or changes public signature(s): 'export function load(id: string): Item'",
      "adds public signature(s): 'export function load(id: string, fresh: boolean): Item'",
    ]);
  });

  it('rejects public files, API contracts and files outside the entry paths', async () => {
    const verdict = await judge('refactor', {
      base,
      head: { 'src/index.ts': "export { load } from './store.js';\n// moved\n", 'api/openapi.yaml': 'openapi: 3.1.1\n' },
      entry,
    });
    expect(verdict.reasons).toEqual([
      "changes files outside the entry's paths: 'api/openapi.yaml'",
      "changes public contract or behaviour files: 'api/openapi.yaml', 'src/index.ts'",
    ]);
  });
});

describe('docs', () => {
  it('accepts documentation only and rejects code next to it', async () => {
    const base = { 'README.md': 'a\n', 'docs/guide.rst': 'a\n', 'src/a.ts': 'a\n' };
    expect(await judge('docs', { base, head: { 'README.md': 'b\n', 'docs/guide.rst': 'b\n' } })).toMatchObject({ satisfied: true });
    const mixed = await judge('docs', { base, head: { 'README.md': 'b\n', 'src/a.ts': 'b\n' } });
    expect(mixed.reasons).toEqual(["changes files that are not documentation: 'src/a.ts'"]);
  });
});
