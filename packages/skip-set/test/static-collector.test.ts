import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PythonLexWorker } from '@agent-guards/source-lexing';
import { TempRepo } from '@agent-guards/testkit';
import { collectDirectory, collectSources, collectStaticAt, defaultPatterns, type TestCollection } from '../src/index.js';
import { LEX_WORKER_MIN_FILES, sourceText } from '../src/static-collector.js';

const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});

const BASE = `import pytest


class TestBase:
    def test_inherited(self):
        assert True

    @pytest.mark.skip(reason="flaky")
    def test_skipped_in_base(self):
        pass
`;
const CHILD = `from tests.test_base import TestBase


class TestChild(TestBase):
    def test_own(self):
        assert True
`;

describe('static collection of a whole tree', () => {
  it('decodes ASCII sources as Latin-1 and any other source as UTF-8, to the same text', () => {
    expect(sourceText(Buffer.from('def test_x():\n    pass\n'))).toBe('def test_x():\n    pass\n');
    const unicode = 'def test_ünïcödé():\n    assert "日本" != "€"\n';
    expect(sourceText(Buffer.from(unicode, 'utf8'))).toBe(unicode);
  });

  it('reads names as their language reads them (Python NFKC, JS escapes), from git, from disk and beside the lexing worker; strings, comments and lines stay', async () => {
    // A fullwidth p and a mathematical s in names; fullwidth letters in a string and a comment too.
    const wide = 'import pytest\n\n\n@\uff50ytest.mark.\u{1d42c}kip(reason="\uff46ull width")  # \uff4eote\ndef test_alpha():\n    assert "\uff41" != "a"\n\n\ndef test_beta():\n    assert True\n';
    const text = sourceText(Buffer.from(wide, 'utf8'), 'tests/test_wide.py');
    expect(text).toBe('import pytest\n\n\n@pytest.mark.skip(reason="\uff46ull width")  # \uff4eote\ndef test_alpha():\n    assert "\uff41" != "a"\n\n\ndef test_beta():\n    assert True\n');
    // Not Python: as written.
    expect(sourceText(Buffer.from(wide, 'utf8'), 'tests/wide.txt')).toBe(wide);
    // A JS file read beside it (the lexing worker leaves it to this thread): an escaped name is the name.
    const js = "import { it } from 'vitest';\n\nit.\\u0073kip('waits', () => {});\nit('runs', () => {});\n";
    const statuses = (c: TestCollection): string[] => [...c.tests.values()].map((t) => `${t.id} ${t.status} line ${t.line}`).sort();
    const expected = ['tests/cart.test.js::runs active line 4', 'tests/cart.test.js::waits skipped line 3', 'tests/test_wide.py::test_alpha skipped line 5', 'tests/test_wide.py::test_beta active line 9'];
    const root = mkdtempSync(join(tmpdir(), 'skip-set-wide-'));
    dirs.push(root);
    mkdirSync(join(root, 'tests'));
    writeFileSync(join(root, 'tests/test_wide.py'), wide);
    writeFileSync(join(root, 'tests/cart.test.js'), js);
    const patterns = defaultPatterns(['python', 'javascript']);
    expect(statuses(await collectDirectory(root, patterns, '', { lexWorker: 'never' }))).toEqual(expected);
    expect(statuses(await collectDirectory(root, patterns, '', { lexWorker: 'always' }))).toEqual(expected);
    const repo = new TempRepo();
    dirs.push(repo.dir);
    repo.write({ 'tests/test_wide.py': wide, 'tests/cart.test.js': js });
    expect(statuses(await collectStaticAt(repo.dir, repo.commit('wide'), patterns))).toEqual(expected);
  });

  it('resolves a base class from a test module already collected and released', async () => {
    const ids = (collection: ReturnType<typeof collectSources>) => [...collection.tests.values()].map((t) => `${t.id} ${t.status}`).sort();
    // As pytest collects them: the imported TestBase is collected in the child module too.
    const expected = [
      'tests/test_base.py::TestBase::test_inherited active',
      'tests/test_base.py::TestBase::test_skipped_in_base skipped',
      'tests/test_child.py::TestBase::test_inherited active',
      'tests/test_child.py::TestBase::test_skipped_in_base skipped',
      'tests/test_child.py::TestChild::test_inherited active',
      'tests/test_child.py::TestChild::test_own active',
      'tests/test_child.py::TestChild::test_skipped_in_base skipped',
    ];
    // The base module comes first: it is collected, its parse released, then parsed again for the child.
    const inMemory = collectSources(
      [
        { path: 'tests/test_base.py', text: BASE },
        { path: 'tests/test_child.py', text: CHILD },
      ],
      defaultPatterns(['python']),
    );
    expect(ids(inMemory)).toEqual(expected);
    // Child first: the base module is asked for twice, so it is never released; the same tests.
    const childFirst = collectSources(
      [
        { path: 'tests/test_child.py', text: CHILD },
        { path: 'tests/test_base.py', text: BASE },
      ],
      defaultPatterns(['python']),
    );
    expect(ids(childFirst)).toEqual(expected);

    const root = mkdtempSync(join(tmpdir(), 'skip-set-tree-'));
    dirs.push(root);
    for (const [path, text] of [['tests/test_base.py', BASE], ['tests/test_child.py', CHILD], ['tests/data/ignored.txt', 'x']] as const) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    expect(ids(await collectDirectory(root, defaultPatterns(['python'])))).toEqual(expected);
  });
});

/** A tree of many varied test files: marks, base classes across modules, conftest fixtures, CRLF, non-ASCII, a syntax error, JS. */
function writeVariedTree(root: string, modules: number): void {
  for (const [path, text] of variedTree(modules)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

function variedTree(modules: number): [string, string][] {
  const files: [string, string][] = [
    ['conftest.py', 'import pytest\n\n\n@pytest.fixture\ndef needs_db():\n    pytest.importorskip("sqlite3")\n'],
    ['tests/base.py', BASE.replace('class TestBase', 'class SharedBase')],
    ['tests/conftest.py', '# nothing here\n'],
    ['tests/test_broken.py', 'def test_ok():\n    pass\n\ndef test_open(:\n    pass\n'],
    ['web/cart.test.js', "describe('cart', () => {\n  it.skip('adds', () => {});\n  it('removes', () => {});\n});\n"],
  ];
  for (let k = 0; k < modules; k += 1) {
    const eol = k % 7 === 3 ? '\r\n' : '\n';
    const lines = [
      'import pytest',
      'from tests.base import SharedBase',
      '',
      `SKIP_${k} = pytest.mark.skipif(True, reason="r${k}")`,
      `CASES = [1, pytest.param(2, marks=pytest.mark.xfail), "três-${k}"]`,
      '',
      `class TestGroup${k}(SharedBase):`,
      `    """Docstring with pytest.mark.skip( and 'quotes' — ünïcödé ${k}."""`,
      '',
      `    @SKIP_${k}`,
      '    def test_aliased(self):',
      `        assert f"{'}'}" == "}"  # pytest.skip( in a comment`,
      '',
      '    @pytest.mark.parametrize("x", CASES)',
      '    def test_cases(self, x):',
      '        assert x',
      '',
      `def test_fixture_skip_${k}(needs_db):`,
      '    pass',
      '',
      `def test_runtime_${k}():`,
      k % 2 === 0 ? '    pytest.skip("not today")' : '    assert (1 +',
      k % 2 === 0 ? '' : '            2) == 3',
    ];
    files.push([`tests/group${k % 5}/test_mod${k}.py`, lines.join(eol)]);
  }
  return files;
}

describe('lexing on a worker thread', () => {
  afterEach(() => PythonLexWorker.stop());

  it('collects exactly what a scan on one thread collects', async () => {
    const root = mkdtempSync(join(tmpdir(), 'skip-set-worker-'));
    dirs.push(root);
    writeVariedTree(root, 90);
    const patterns = defaultPatterns(['python', 'javascript']);
    // The compiled lexer is there (the test script builds first): the worker really runs.
    expect(PythonLexWorker.shared()).toBeDefined();
    const onWorker = await collectDirectory(root, patterns, '', { lexWorker: 'always' });
    const onThread = await collectDirectory(root, patterns, '', { lexWorker: 'never' });
    expect([...onWorker.tests.values()]).toEqual([...onThread.tests.values()]);
    expect(onWorker.errors).toEqual(onThread.errors);
    expect(onWorker.files).toBe(onThread.files);
    // What the tree holds, as pytest and vitest would see it.
    const byId = onWorker.tests;
    expect(byId.get('tests/group0/test_mod0.py::TestGroup0::test_aliased')?.status).toBe('skipped');
    expect(byId.get('tests/group0/test_mod0.py::TestGroup0::test_cases[2]')?.status).toBe('xfail');
    expect(byId.get('tests/group0/test_mod0.py::TestGroup0::test_inherited')?.status).toBe('active');
    expect(byId.get('tests/group0/test_mod0.py::test_fixture_skip_0')?.status).toBe('skipped');
    expect(byId.get('tests/group0/test_mod0.py::test_runtime_0')?.status).toBe('skipped');
    expect(byId.get('tests/group1/test_mod1.py::test_runtime_1')?.status).toBe('active');
    expect(byId.get('tests/group3/test_mod3.py::TestGroup3::test_aliased')?.line).toBe(11);
    expect(byId.get('web/cart.test.js::cart::adds')?.status).toBe('skipped');
    expect(onWorker.errors.map((e) => e.path)).toEqual(['tests/test_broken.py']);
  });

  it('finishes a scan on its own thread when the worker stops', async () => {
    const root = mkdtempSync(join(tmpdir(), 'skip-set-worker-'));
    dirs.push(root);
    writeVariedTree(root, 70);
    const patterns = defaultPatterns(['python']);
    const expected = await collectDirectory(root, patterns, '', { lexWorker: 'never' });
    const worker = PythonLexWorker.shared();
    expect(worker).toBeDefined();
    // The worker is stopped while the scan is handed to it.
    const scan = collectDirectory(root, patterns, '', { lexWorker: 'always' });
    const stopped = PythonLexWorker.stop();
    const collected = await scan;
    await stopped;
    expect([...collected.tests.values()]).toEqual([...expected.tests.values()]);
    // A later scan starts a new worker.
    expect(PythonLexWorker.shared()).not.toBe(worker);
  });

  it('starts no worker for a scan with few Python files', async () => {
    const root = mkdtempSync(join(tmpdir(), 'skip-set-worker-'));
    dirs.push(root);
    writeVariedTree(root, Math.max(1, LEX_WORKER_MIN_FILES - 10));
    await PythonLexWorker.stop();
    await collectDirectory(root, defaultPatterns(['python']));
    expect(PythonLexWorker.running()).toBe(false);
  });
});

describe('a large scan from git', () => {
  const repos: TempRepo[] = [];
  afterEach(() => {
    while (repos.length) repos.pop()!.cleanup();
  });

  it('collects what the same tree collects from disk, in full and from a list of paths, as git reads it', async () => {
    const tree = variedTree(90);
    const repo = new TempRepo();
    repos.push(repo);
    // Its tests/base.py, which the scan does not read at first, is fetched in a later round.
    const rev = repo.fastImport('main', tree, 'varied');
    const root = mkdtempSync(join(tmpdir(), 'skip-set-tree-'));
    dirs.push(root);
    writeVariedTree(root, 90);
    const patterns = defaultPatterns(['python', 'javascript']);
    const fromDisk = await collectDirectory(root, patterns, '', { lexWorker: 'never' });
    // A directory is walked in its own order, a tree listed in git's: the same tests, by id.
    const byId = (collection: TestCollection) => [...collection.tests.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const same = (collected: TestCollection): void => {
      expect(byId(collected)).toEqual(byId(fromDisk));
      expect(collected.errors).toEqual(fromDisk.errors);
      expect(collected.files).toBe(fromDisk.files);
    };
    same(await collectStaticAt(repo.dir, rev, patterns));
    same(await collectStaticAt(repo.dir, rev, patterns, tree.map(([p]) => p)));
    expect(fromDisk.tests.get('tests/group0/test_mod0.py::TestGroup0::test_inherited')?.status).toBe('active');
    expect(fromDisk.tests.get('tests/group0/test_mod0.py::test_fixture_skip_0')?.status).toBe('skipped');
    expect(fromDisk.errors.map((e) => e.path)).toEqual(['tests/test_broken.py']);
  });
});
