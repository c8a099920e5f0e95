import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { collectDirectory, collectSources, defaultPatterns } from '../src/index.js';
import { sourceText } from '../src/static-collector.js';

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

  it('resolves a base class from a test module already collected and released', () => {
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
    expect(ids(collectDirectory(root, defaultPatterns(['python'])))).toEqual(expected);
  });
});
