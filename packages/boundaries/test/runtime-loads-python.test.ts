import { describe, expect, it } from 'vitest';
import { changeSetup, guard, twoDomainPolicy } from './fixtures/two-domains.js';

const BASE = {
  'pyproject.toml': '[project]\nname = "svc"\n',
  'app/__init__.py': '',
  'app/bus/__init__.py': 'def publish(event):\n    pass\n',
  'app/recommendations/__init__.py': '',
  'app/recommendations/engine.py': 'def recommend():\n    return []\n',
  'app/recommendations/rates.py': 'RATE = 1\n',
  'app/events/__init__.py': '',
  'app/events/rates.py': 'RATE = 2\n',
  'app/events/capture.py': 'from app.bus import publish\n',
};
const policy = twoDomainPolicy('app/');
const setup = changeSetup(BASE);

/** The guard's verdict and `rule@path:line` findings for a change writing these files. */
async function judge(files: Record<string, string>) {
  const run = await guard(setup((repo) => repo.write(files)), policy);
  return { verdict: run.report.verdict, rules: run.rules, messages: run.report.findings.map((f) => f.message), run };
}

describe('boundaries on Python: importlib and __import__ resolve as the interpreter would', () => {
  it('resolves import_module with package=, and passes a relative import of the own package', async () => {
    const bad = await judge({
      'app/events/search.py': [
        'import importlib',
        "rates = importlib.import_module('.rates', package='app.recommendations')",
        "engine = importlib.import_module('..recommendations.engine', package=__package__)",
        '',
      ].join('\n'),
    });
    expect(bad.rules).toEqual(['forbidden-import@app/events/search.py:2', 'forbidden-import@app/events/search.py:3']);
    expect(bad.messages[0]).toContain("importlib.import_module of 'app.recommendations.rates' (app/recommendations/rates.py)");

    const good = await judge({ 'app/events/search.py': "import importlib\nrates = importlib.import_module('.rates', package=__package__)\n" });
    expect(good.verdict).toBe('pass');
    expect(good.run.report.findings).toEqual([]);
  });

  it('folds names the interpreter would compute, through the aliases a file binds', async () => {
    const run = await judge({
      'app/events/search.py': [
        'import importlib as il',
        'from importlib import import_module as load',
        "ENGINE = 'app.recommendations.engine'",
        "il.import_module('app.recommend' + 'ations.engine')",
        "load('app\\x2erecommendations.engine')",
        "getattr(il, 'import_module')(f'{ENGINE}')",
        "__import__('recommendations.engine', globals(), None, ['recommend'], 2)",
        "__import__('app.recommendations', fromlist=['engine'])",
        'import runpy',
        'runpy.run_module(ENGINE)',
        '',
      ].join('\n'),
    });
    expect(run.rules).toEqual([4, 5, 6, 7, 8, 10].map((line) => `forbidden-import@app/events/search.py:${line}`));
  });

  it('counts module files run by path, and code run from a constant string', async () => {
    const run = await judge({
      'app/events/search.py': [
        'import importlib.util, os',
        'from pathlib import Path',
        "spec = importlib.util.spec_from_file_location('e', os.path.join(os.path.dirname(__file__), '..', 'recommendations', 'engine.py'))",
        "exec(open(Path(__file__).parent.parent / 'recommendations' / 'engine.py').read())",
        "exec('from app.recommendations import engine')",
        '',
      ].join('\n'),
    });
    expect(run.rules).toEqual([3, 4, 5].map((line) => `forbidden-import@app/events/search.py:${line}`));
  });

  it('fails closed on a module name or code it cannot compute', async () => {
    const run = await judge({
      'app/events/search.py': ['import importlib', 'def load(name, code):', '    exec(code)', '    return importlib.import_module(name)', ''].join('\n'),
    });
    expect(run.verdict).toBe('fail');
    expect(run.rules).toEqual(['computed-import@app/events/search.py:3', 'computed-import@app/events/search.py:4']);
    expect(run.messages[1]).toContain('importlib.import_module(name) computes its module at run time');
  });
});

describe('boundaries on Python: the search path and sys.modules are where imports are found', () => {
  it('resolves a bare import through a folder sys.path gains, in the file or in another file of the change', async () => {
    const inFile = await judge({
      'app/events/search.py': [
        'import os, sys',
        "sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', 'recommendations'))",
        'import engine',
        'import json',
        '',
      ].join('\n'),
    });
    // Inserted in front, the folder shadows even the standard library; `json` is not in it.
    expect(inFile.rules).toEqual(['forbidden-import@app/events/search.py:3']);
    expect(inFile.messages[0]).toContain("import of 'engine' (app/recommendations/engine.py)");

    const elsewhere = await judge({
      'scripts/bootstrap.py': "import sys\nsys.path.append('app/recommendations')\n",
      'app/events/search.py': 'import engine\n',
    });
    expect(elsewhere.rules).toEqual(['forbidden-import@app/events/search.py:1']);
  });

  it('fails closed on a search path it cannot compute, except in a test outside every context', async () => {
    const run = await judge({
      'app/events/search.py': 'import os, sys\nsys.path.insert(0, os.environ["PLUGINS"])\n',
      'scripts/run.py': 'import site, sys\nsite.addsitedir(sys.argv[1])\n',
      'tests/test_plugins.py': 'import sys\n\ndef test_x(tmp_path):\n    sys.path.insert(0, str(tmp_path))\n',
    });
    expect(run.verdict).toBe('fail');
    expect(run.rules).toEqual(['computed-import-path@app/events/search.py:2', 'computed-import-path@scripts/run.py:2']);
    expect(run.messages[0]).toContain('adds a folder computed at run time to where imports are searched');
  });

  it('follows site.addsitedir to the .pth files it reads', async () => {
    const run = await judge({
      'site/extra.pth': '# engine lives elsewhere\n../app/recommendations\n',
      'app/events/search.py': "import site, os\nsite.addsitedir(os.path.join(os.path.dirname(__file__), '../../site'))\nimport engine\n",
    });
    expect(run.rules).toEqual(['forbidden-import@app/events/search.py:3']);
  });

  it('follows a sys.modules alias to the module stored under the name, and ignores a stand-in', async () => {
    const run = await judge({
      'app/compat.py': 'import sys\nimport app.recommendations.engine as engine\nsys.modules["app.events.fast"] = engine\n',
      'app/events/search.py': 'from app.events.fast import recommend\n',
    });
    expect(run.rules).toEqual(['forbidden-import@app/events/search.py:1']);
    expect(run.messages[0]).toContain('app/recommendations/engine.py');

    const mocked = await judge({
      'tests/conftest.py': 'import sys\nfrom unittest.mock import MagicMock\nsys.modules["boto3"] = MagicMock()\n',
      'app/events/search.py': 'import boto3\n',
    });
    expect(mocked.verdict).toBe('pass');
    expect(mocked.run.report.findings).toEqual([]);
  });

  it('keeps an unresolvable search path that was already there at the merge base out of the verdict', async () => {
    const legacy = 'import os, sys\nsys.path.insert(0, os.environ["PLUGINS"])\n';
    const run = await guard(setup((repo) => repo.write({ 'app/events/boot.py': `${legacy}X = 1\n` }), { ...BASE, 'app/events/boot.py': legacy }), policy);
    expect(run.report.verdict).toBe('pass');
    expect(run.report.metrics['computed-import-paths']).toBe(1);
  });
});
