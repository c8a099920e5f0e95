import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseImports, RepoTree, type ImportTarget, type SourceSnapshot } from '../src/index.js';
import { declaredPackageRoots, readDeclaredPythonRoots } from '../src/resolve/pyproject-package-roots.js';
import { PythonResolver } from '../src/resolve/python-resolver.js';
import { PYTHON_STDLIB_MODULES } from '../src/resolve/python-stdlib.js';

/** Where `statement`, written in `fromPath`, leads in a tree of these files. */
function resolveIn(files: string[], fromPath: string, statement: string, declared: Map<string, string[]> = new Map()): string[] {
  const [record] = parseImports(fromPath, `${statement}\n`);
  expect(record, statement).toBeDefined();
  return new PythonResolver(new RepoTree(files), declared).resolve(fromPath, record!).map(show);
}

function show(t: ImportTarget): string {
  return t.kind === 'module' ? `module ${t.name}` : `${t.kind} ${t.path}`;
}

describe('Python import roots', () => {
  const pkg = ['pkg/__init__.py', 'pkg/logging.py', 'pkg/helpers.py', 'pkg/json/__init__.py', 'pkg/ns/app.py', 'pkg/ns/blue.py'];

  it('never takes the standard library for a module of the package', () => {
    expect(resolveIn(pkg, 'pkg/ns/blue.py', 'import logging')).toEqual(['module logging']);
    expect(resolveIn(pkg, 'pkg/helpers.py', 'import json.decoder')).toEqual(['module json.decoder']);
    expect(resolveIn(pkg, 'pkg/helpers.py', 'from os import path')).toEqual(['module os']);
  });

  it('does not make a package folder, or a folder inside one, an import root', () => {
    // Python 3 has no implicit relative imports: a sibling is reached as pkg.helpers or .helpers.
    expect(resolveIn(pkg, 'pkg/logging.py', 'import helpers')).toEqual(['module helpers']);
    // pkg/ns/ has no __init__.py, but inside pkg it is the namespace subpackage pkg.ns, not a script folder.
    expect(resolveIn(pkg, 'pkg/ns/blue.py', 'import app')).toEqual(['module app']);
    expect(resolveIn(pkg, 'pkg/ns/blue.py', 'from pkg.ns import app')).toEqual(['file pkg/ns/app.py']);
    expect(resolveIn(pkg, 'pkg/ns/blue.py', 'import pkg.helpers')).toEqual(['file pkg/helpers.py']);
  });

  it("makes a script's folder a root, and a test file's first folder without __init__.py (pytest's rule)", () => {
    const files = [...pkg, 'scripts/run.py', 'scripts/util.py', 'tests/conftest.py', 'tests/helpers.py', 'tests/test_a.py', 'pkg/tests/test_b.py', 'pkg/tests/support.py'];
    expect(resolveIn(files, 'scripts/run.py', 'import util')).toEqual(['file scripts/util.py']);
    expect(resolveIn(files, 'tests/test_a.py', 'from helpers import make')).toEqual(['file tests/helpers.py']);
    expect(resolveIn(files, 'tests/test_a.py', 'from conftest import fixture')).toEqual(['file tests/conftest.py']);
    // pytest inserts pkg/tests/ itself for a test module there; a non-test module there is part of pkg.
    expect(resolveIn(files, 'pkg/tests/test_b.py', 'import support')).toEqual(['file pkg/tests/support.py']);
    expect(resolveIn(files, 'pkg/tests/support.py', 'import helpers')).toEqual(['module helpers']);

    // With tests/__init__.py the tests are a package imported from the repository root.
    const packaged = [...files, 'tests/__init__.py'];
    expect(resolveIn(packaged, 'tests/test_a.py', 'from helpers import make')).toEqual(['module helpers']);
    expect(resolveIn(packaged, 'tests/test_a.py', 'from tests.helpers import make')).toEqual(['file tests/helpers.py']);
  });

  it('finds a src layout, and each project of a monorepo in its own folder first', () => {
    const files = [
      'src/shop/__init__.py',
      'tests/test_shop.py',
      'services/api/pyproject.toml',
      'services/api/app/__init__.py',
      'services/api/app/models.py',
      'services/worker/setup.py',
      'services/worker/app/__init__.py',
      'services/worker/app/models.py',
      'libs/billing/pyproject.toml',
      'libs/billing/src/billing/__init__.py',
    ];
    expect(resolveIn(files, 'tests/test_shop.py', 'import shop')).toEqual(['file src/shop/__init__.py']);
    expect(resolveIn(files, 'services/api/app/models.py', 'from app import models')).toEqual(['file services/api/app/models.py']);
    expect(resolveIn(files, 'services/worker/app/__init__.py', 'from app.models import Job')).toEqual(['file services/worker/app/models.py']);
    expect(resolveIn(files, 'services/worker/app/models.py', 'from billing import charge')).toEqual(['file libs/billing/src/billing/__init__.py']);
  });

  it('finds packages where a pyproject declares them', () => {
    const files = ['pyproject.toml', 'lib/shop/__init__.py', 'lib/shop/cart.py', 'tests/test_cart.py'];
    expect(resolveIn(files, 'tests/test_cart.py', 'from shop.cart import Cart')).toEqual(['module shop.cart']);
    expect(resolveIn(files, 'tests/test_cart.py', 'from shop.cart import Cart', new Map([['', ['lib']]]))).toEqual(['file lib/shop/cart.py']);
  });

  it('resolves namespace packages (PEP 420), but only folders with Python code, and after regular packages', () => {
    const files = [
      'src/acme/billing/__init__.py',
      'src/acme/billing/invoice.py',
      'plugins/pyproject.toml',
      'plugins/src/acme/extra/tool.py',
      'docs/index.md',
      'tools/build.py',
      'src/tools/__init__.py',
      'app.py',
    ];
    expect(resolveIn(files, 'app.py', 'from acme.billing import invoice')).toEqual(['file src/acme/billing/invoice.py']);
    // The namespace acme is split over two roots: each submodule is found where it is.
    expect(resolveIn(files, 'app.py', 'import acme.extra.tool')).toEqual(['file plugins/src/acme/extra/tool.py']);
    expect(resolveIn(files, 'app.py', 'import acme')).toEqual(['dir src/acme']);
    expect(resolveIn(files, 'app.py', 'import docs')).toEqual(['module docs']);
    // tools/ at the root is a namespace folder, src/tools/ a regular package: the regular one wins.
    expect(resolveIn(files, 'app.py', 'import tools')).toEqual(['file src/tools/__init__.py']);
  });

  it('prefers a package to a module of the same name, as Python does', () => {
    expect(resolveIn(['shop.py', 'shop/__init__.py', 'main.py'], 'main.py', 'import shop')).toEqual(['file shop/__init__.py']);
  });

  it("climbs relative imports from the importing file's package", () => {
    const files = ['src/flask/__init__.py', 'src/flask/typing.py', 'src/flask/helpers.py', 'src/flask/json/__init__.py', 'src/flask/json/provider.py', 'src/flask/sansio/app.py', 'src/flask/sansio/scaffold.py'];
    expect(resolveIn(files, 'src/flask/sansio/app.py', 'from .. import typing as ft')).toEqual(['file src/flask/typing.py']);
    expect(resolveIn(files, 'src/flask/sansio/app.py', 'from ..helpers import get_root_path')).toEqual(['file src/flask/helpers.py']);
    expect(resolveIn(files, 'src/flask/sansio/app.py', 'from ..json.provider import JSONProvider')).toEqual(['file src/flask/json/provider.py']);
    expect(resolveIn(files, 'src/flask/sansio/app.py', 'from .scaffold import Scaffold')).toEqual(['file src/flask/sansio/scaffold.py']);
    expect(resolveIn(files, 'src/flask/json/__init__.py', 'from .provider import DefaultJSONProvider')).toEqual(['file src/flask/json/provider.py']);
    expect(resolveIn(files, 'src/flask/json/__init__.py', 'from ..missing import x')).toEqual(['unresolved src/flask/missing.py']);
  });
});

describe('package folders a pyproject.toml declares', () => {
  it('reads setuptools, hatch, poetry and pdm layouts', () => {
    expect(declaredPackageRoots('[tool.setuptools.packages.find]\nwhere = ["lib"]  # not src\ninclude = ["shop*"]\n')).toEqual(['lib']);
    expect(declaredPackageRoots('[tool.setuptools]\npackage-dir = {"" = "code"}\n')).toEqual(['code']);
    expect(declaredPackageRoots('[tool.setuptools.package-dir]\n"" = "code"\n')).toEqual(['code']);
    expect(declaredPackageRoots('[tool.hatch.build.targets.wheel]\npackages = [\n  "src/attr",  # the old name\n  "src/attrs",\n]\n')).toEqual(['src', 'src']);
    expect(declaredPackageRoots('[tool.poetry]\nname = "shop"\npackages = [\n  { include = "shop", from = "lib" },\n  { include = "extra" },\n]\n')).toEqual(['lib']);
    expect(declaredPackageRoots('[[tool.poetry.packages]]\ninclude = "shop"\nfrom = "lib"\n')).toEqual(['lib']);
    expect(declaredPackageRoots('[tool.pdm.build]\npackage-dir = "./pkgs/"\n')).toEqual(['pkgs']);
  });

  it('ignores the same keys in other tables, and in comments and strings', () => {
    const text = ['[project]', 'name = "where"', '# where = ["nope"]', '[tool.other]', 'where = ["nope"]', 'packages = [{ from = "nope" }]', '[tool.setuptools.packages.find]', 'exclude = ["where = [\\"nope\\"]"]'].join('\n');
    expect(declaredPackageRoots(text)).toEqual([]);
  });

  it("reads each project's pyproject once, as repository paths", async () => {
    const texts: Record<string, string> = {
      'pyproject.toml': '[tool.setuptools.packages.find]\nwhere = ["lib"]\n',
      'services/api/pyproject.toml': '[tool.poetry]\npackages = [{ include = "api", from = "../../shared" }]\n',
    };
    const tree = new RepoTree([...Object.keys(texts), 'services/worker/setup.py', 'vendor/.venv/x/pyproject.toml']);
    const reads: string[][] = [];
    const snapshot: SourceSnapshot = {
      label: 'test',
      tree: () => Promise.resolve(tree),
      read: (paths) => {
        reads.push([...paths]);
        return Promise.resolve(new Map(paths.map((p) => [p, texts[p]])));
      },
    };
    expect(await readDeclaredPythonRoots(snapshot, tree)).toEqual(new Map([['', ['lib']], ['services/api', ['shared']]]));
    expect(reads).toEqual([['pyproject.toml', 'services/api/pyproject.toml']]);
  });
});

describe('the standard library list', () => {
  // The list is generated once from CPython; a newer local Python with modules it lacks means it is time to regenerate it.
  const python = spawnSync('python3', ['-c', 'import sys, json; print(json.dumps(sorted(getattr(sys, "stdlib_module_names", []))))'], { encoding: 'utf8' });
  const local: string[] = python.status === 0 ? (JSON.parse(python.stdout) as string[]) : [];
  if (local.length === 0) console.warn('[python-stdlib] no python3 ≥ 3.10 here: the list is not compared with a local Python.');

  it.skipIf(local.length === 0)('holds every module of the local python3', () => {
    expect(local.filter((name) => !PYTHON_STDLIB_MODULES.has(name))).toEqual([]);
  });

  it('holds the modules Python code imports every day, and no common dependency', () => {
    for (const name of ['logging', 'typing', 'json', 'os', 'sys', 'asyncio', 'dataclasses', 'importlib', 'tomllib', 'distutils']) expect(PYTHON_STDLIB_MODULES.has(name), name).toBe(true);
    for (const name of ['requests', 'flask', 'pytest', 'typing_extensions', 'yaml', 'tests', 'app']) expect(PYTHON_STDLIB_MODULES.has(name), name).toBe(false);
  });
});
