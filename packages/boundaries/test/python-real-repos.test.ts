import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryLogger } from '@agent-guards/action-kit';
import { PolicySchema } from '@agent-guards/config';
import { commitSnapshot, ImportResolver, parseImports, runBoundariesGuard, type ImportTarget } from '../src/index.js';
import { cloneRealRepo, realReposAvailable, type TempRepo } from '@agent-guards/testkit';

/** A real tree: its clone, its listing at the one commit, and a resolver on that state. */
interface RealTree {
  repo: TempRepo;
  sha: string;
  files: string[];
  resolver: ImportResolver;
}

async function openRealTree(name: string): Promise<RealTree> {
  const repo = cloneRealRepo(name);
  const sha = repo.head();
  const snapshot = commitSnapshot(repo.dir, sha);
  const tree = await snapshot.tree();
  return { repo, sha, files: repo.git('ls-files').split('\n'), resolver: new ImportResolver(snapshot, tree, new MemoryLogger()) };
}

function show(targets: ImportTarget[]): string[] {
  return targets.map((t) => (t.kind === 'module' ? `module ${t.name}` : `${t.kind} ${t.path}`));
}

/** Where the import on `line` of `path` (as written in the real file) leads. */
async function resolveLine(real: RealTree, path: string, line: string): Promise<string[]> {
  const source = readFileSync(real.repo.path(path), 'utf8');
  const lineNo = source.split('\n').findIndex((l) => l.trim() === line) + 1;
  expect(lineNo, `${path} has the line '${line}'`).toBeGreaterThan(0);
  const records = parseImports(path, source).filter((r) => r.line === lineNo);
  expect(records).toHaveLength(1);
  return show(await real.resolver.resolve(path, records[0]!));
}

/** Every import of every Python file in the tree, resolved. */
async function everyImport(real: RealTree): Promise<{ path: string; specifier: string; targets: ImportTarget[] }[]> {
  const out: { path: string; specifier: string; targets: ImportTarget[] }[] = [];
  for (const path of real.files.filter((p) => p.endsWith('.py'))) {
    for (const record of parseImports(path, readFileSync(real.repo.path(path), 'utf8'))) {
      if (record.specifier !== undefined) out.push({ path, specifier: record.specifier, targets: await real.resolver.resolve(path, record) });
    }
  }
  return out;
}

/**
 * Python's own rule, checked on the result: an absolute import `a.b` found in
 * the repository at `R/a/b.py` or `R/a/b/__init__.py` came from root R, and no
 * package folder (one with __init__.py) is a root.
 */
function rootOf(specifier: string, target: ImportTarget): string | undefined {
  if (target.kind === 'module') return undefined;
  const rel = specifier.replaceAll('.', '/');
  for (const suffix of [`${rel}/__init__.py`, `${rel}.py`, `${rel}/__init__.pyi`, `${rel}.pyi`, rel]) {
    if (target.path === suffix) return '';
    if (target.path.endsWith(`/${suffix}`)) return target.path.slice(0, -suffix.length - 1);
  }
  return target.path;
}

const available = realReposAvailable('flask', 'httpx');

describe.skipIf(!available)('Python import resolution on real trees', () => {
  let flask: RealTree;
  let httpx: RealTree;
  beforeAll(async () => {
    [flask, httpx] = await Promise.all([openRealTree('flask'), openRealTree('httpx')]);
  });
  afterAll(() => {
    flask?.repo.cleanup();
    httpx?.repo.cleanup();
  });

  it('flask: the standard library is never a sibling module, and relative imports climb from the package', async () => {
    // src/flask/logging.py, typing.py and json/ sit above these files: none of them is what these lines import.
    expect(await resolveLine(flask, 'src/flask/sansio/app.py', 'import logging')).toEqual(['module logging']);
    expect(await resolveLine(flask, 'src/flask/sansio/blueprints.py', 'import typing as t')).toEqual(['module typing']);
    expect(await resolveLine(flask, 'src/flask/config.py', 'import json')).toEqual(['module json']);
    expect(await resolveLine(flask, 'src/flask/logging.py', 'import logging')).toEqual(['module logging']);

    expect(await resolveLine(flask, 'src/flask/sansio/blueprints.py', 'from .. import typing as ft')).toEqual(['file src/flask/typing.py']);
    expect(await resolveLine(flask, 'src/flask/sansio/scaffold.py', 'from ..helpers import get_root_path')).toEqual(['file src/flask/helpers.py']);
    expect(await resolveLine(flask, 'src/flask/sansio/app.py', 'from ..json.provider import DefaultJSONProvider')).toEqual(['file src/flask/json/provider.py']);
    expect(await resolveLine(flask, 'src/flask/sansio/blueprints.py', 'from .scaffold import Scaffold')).toEqual(['file src/flask/sansio/scaffold.py']);
  });

  it('flask: the src layout, script and test folders, and the example projects each find their own modules', async () => {
    expect(await resolveLine(flask, 'tests/conftest.py', 'from flask import Flask')).toEqual(['file src/flask/__init__.py']);
    // A module named flask.py inside a test package does not shadow the real one: package folders are not roots.
    expect(await resolveLine(flask, 'tests/test_apps/cliapp/inner1/inner2/flask.py', 'from flask import Flask')).toEqual(['file src/flask/__init__.py']);
    // helloworld/ has no __init__.py: it is run as a script folder, so its siblings import by bare name.
    expect(await resolveLine(flask, 'tests/test_apps/helloworld/wsgi.py', 'from hello import app  # noqa: F401')).toEqual(['file tests/test_apps/helloworld/hello.py']);
    // Example projects (their own pyproject.toml): a flat layout and a src layout.
    expect(await resolveLine(flask, 'examples/tutorial/tests/conftest.py', 'from flaskr import create_app')).toEqual(['file examples/tutorial/flaskr/__init__.py']);
    expect(await resolveLine(flask, 'examples/celery/make_celery.py', 'from task_app import create_app')).toEqual(['file examples/celery/src/task_app/__init__.py']);
    // The project folder examples/celery/ is not the celery package.
    expect(await resolveLine(flask, 'examples/celery/src/task_app/tasks.py', 'from celery import shared_task')).toEqual(['module celery']);
  });

  it('httpx: a flat layout whose tests folder is a package', async () => {
    expect(await resolveLine(httpx, 'httpx/_client.py', 'from ._models import Cookies, Headers, Request, Response')).toEqual(['file httpx/_models.py']);
    expect(await resolveLine(httpx, 'httpx/_transports/default.py', 'from .._models import Request, Response')).toEqual(['file httpx/_models.py']);
    expect(await resolveLine(httpx, 'httpx/_transports/default.py', 'from .base import AsyncBaseTransport, BaseTransport')).toEqual(['file httpx/_transports/base.py']);
    expect(await resolveLine(httpx, 'httpx/_transports/default.py', 'import typing')).toEqual(['module typing']);
    expect(await resolveLine(httpx, 'tests/conftest.py', 'from tests.concurrency import sleep')).toEqual(['file tests/concurrency.py']);
    expect(await resolveLine(httpx, 'tests/client/test_auth.py', 'from ..common import FIXTURES_DIR')).toEqual(['file tests/common.py']);
    expect(await resolveLine(httpx, 'tests/test_api.py', 'import httpx')).toEqual(['file httpx/__init__.py']);
  });

  it('every import in both trees: relative ones all land on a real file, absolute ones only under roots that are not packages', async () => {
    for (const real of [flask, httpx]) {
      const imports = await everyImport(real);
      expect(imports.length).toBeGreaterThan(300);
      const badRelative = imports.filter((i) => i.specifier.startsWith('.') && !i.targets.every((t) => t.kind === 'file'));
      expect(badRelative).toEqual([]);
      const underPackages = imports
        .filter((i) => !i.specifier.startsWith('.'))
        .flatMap((i) => i.targets.map((t) => ({ ...i, root: rootOf(i.specifier, t) })))
        .filter((i) => i.root !== undefined && real.files.some((f) => f === `${i.root === '' ? '' : `${i.root}/`}__init__.py`));
      expect(underPackages).toEqual([]);
    }
  });
});

describe.skipIf(!available)('boundaries guard on flask: no finding from a false resolution', () => {
  // sansio may use the rest of flask, but not flask's logging module (a rule made up for the test).
  const policy = PolicySchema.parse({
    version: 1,
    boundaries: {
      contexts: { sansio: ['src/flask/sansio/**'], logging: ['src/flask/logging.py'], core: ['src/flask/**'] },
      allow: [{ from: 'sansio', to: 'core' }],
      forbid: [{ from: 'sansio', to: 'logging', instead: 'take the logger from the app.' }],
    },
  });
  let repo: TempRepo;
  let base: string;
  beforeAll(() => {
    repo = cloneRealRepo('flask');
    base = repo.head();
  });
  afterAll(() => repo?.cleanup());

  /** A commit on top of the bundle's one: the edit applied to a file as the bundle has it. */
  function change(branch: string, path: string, edit: (source: string) => string): string {
    repo.git('checkout', '-q', '-B', branch, base);
    repo.write({ [path]: edit(readFileSync(repo.path(path), 'utf8')) });
    return repo.commit(branch);
  }

  async function guard(head: string) {
    const run = await runBoundariesGuard({ repo: repo.dir, base, head, policy, logger: new MemoryLogger() });
    return { ...run, rules: run.report.findings.map((f) => `${f.rule}@${f.path}:${f.line}`) };
  }

  it('passes a new `import logging` in sansio (the standard library), and still sees sansio → core', async () => {
    const head = change('stdlib-logging', 'src/flask/sansio/blueprints.py', (s) => s.replace('import os\n', 'import logging\nimport os\n'));
    const run = await guard(head);
    expect(run.rules).toEqual([]);
    expect(run.report.verdict).toBe('pass');
    // `from .. import typing as ft` is the real edge into core, already there at base.
    expect(run.report.metrics['cross-context-edges']).toBeGreaterThan(0);
    expect(run.outputs).toEqual({ 'new-edges': 0, forbidden: 0 });
  });

  it('fails the same rule set on a real import of flask.logging from sansio', async () => {
    const head = change('flask-logging', 'src/flask/sansio/blueprints.py', (s) => s.replace('import os\n', 'import os\n\nfrom ..logging import create_logger\n'));
    const run = await guard(head);
    expect(run.rules).toEqual(['forbidden-import@src/flask/sansio/blueprints.py:5']);
    expect(run.report.findings[0]!.message).toContain('src/flask/logging.py');
  });

  it("reports only sansio/app.py's real use of flask.logging when the file is touched, not its `import logging`", async () => {
    const head = change('touch-app', 'src/flask/sansio/app.py', (s) => `${s}\n# touched\n`);
    const source = readFileSync(repo.path('src/flask/sansio/app.py'), 'utf8').split('\n');
    const run = await guard(head);
    expect(run.report.verdict).toBe('pass');
    expect(run.rules).toEqual([`existing-forbidden-import@src/flask/sansio/app.py:${source.indexOf('from ..logging import create_logger') + 1}`]);
  });
});
