import { describe, expect, it } from 'vitest';
import { compareResults, readReport, SourceTree, type ReportedTest, type ReportSet } from '../src/index.js';

/**
 * The comparison on its own, over small JUnit reports: what happens with
 * matrix legs, reruns, many findings and failed loads. (The readers and the
 * guard are tested on real tool output in results-readers and results-guard.)
 */
const tree = new SourceTree(['tests/test_a.py', 'tests/test_b.py']);

function junit(cases: string): string {
  return `<testsuites><testsuite name="pytest">${cases}</testsuite></testsuites>`;
}
const pass = (name: string, module = 'tests.test_a'): string => `<testcase classname="${module}" name="${name}" time="0.01"/>`;
const skip = (name: string, message = 'later'): string => `<testcase classname="tests.test_a" name="${name}"><skipped message="${message}"/></testcase>`;

function set(reports: Record<string, string>): ReportSet {
  return { reports: Object.entries(reports).map(([key, text]) => readReport(text, `reports/${key}`, key, tree)!), unreadable: [], ignored: [], unmatched: [] };
}

const options = {
  headIdOf: (t: ReportedTest) => t.id,
  headPathOf: (p: string) => p,
  headHas: (p: string) => tree.has(p),
  flaggedByCollection: () => false,
};

describe('comparing base and head results', () => {
  it('compares matrix legs report by report: a skip on one leg is found though the other leg ran the test', () => {
    const base = set({ 'py3.11/junit.xml': junit(pass('test_x')), 'py3.12/junit.xml': junit(pass('test_x')) });
    const head = set({ 'py3.11/junit.xml': junit(pass('test_x')), 'py3.12/junit.xml': junit(skip('test_x', 'not on 3.12')) });
    const result = compareResults(base, head, options);
    expect(result.findings.map((f) => f.message)).toEqual([expect.stringContaining('is skipped at head (not on 3.12). Reports: base reports/py3.12/junit.xml; head: reports/py3.12/junit.xml')]);
  });

  it('counts a test rerun at base as passed when a run passed, and reads x-fail and todo at head as not running', () => {
    const rerun = `<testcase classname="tests.test_a" name="test_flaky"><failure message="boom"/></testcase>${pass('test_flaky')}`;
    const base = set({ 'junit.xml': junit(`${rerun}${pass('test_y')}`) });
    const head = set({
      'junit.xml': junit(`<testcase classname="tests.test_a" name="test_flaky"><skipped type="pytest.xfail" message="known"/></testcase><testcase classname="tests.test_a" name="test_y" status="todo"/>`),
    });
    const messages = compareResults(base, head, options).findings.map((f) => f.message);
    expect(messages).toEqual([expect.stringContaining('marked as an expected failure at head (known)'), expect.stringContaining('is a todo at head')]);
  });

  it('does not compare tests that did not pass at base, nor tests new at head', () => {
    const base = set({ 'junit.xml': junit(`${skip('test_old')}<testcase classname="tests.test_a" name="test_broken"><failure message="x"/></testcase>`) });
    const head = set({ 'junit.xml': junit(`${skip('test_broken')}${skip('test_new')}`) });
    expect(compareResults(base, head, options)).toMatchObject({ findings: [], basePassed: 0, notRun: 0 });
  });

  it('lists the first findings one by one and counts the rest in one more', () => {
    const names = Array.from({ length: 8 }, (_, i) => `test_${i}`);
    const base = set({ 'junit.xml': junit(names.map((n) => pass(n)).join('')) });
    const head = set({ 'junit.xml': junit(names.map((n) => skip(n)).join('')) });
    const result = compareResults(base, head, { ...options, cap: 5 });
    expect(result.notRun).toBe(8);
    expect(result.findings).toHaveLength(6);
    expect(result.findings[5]!.message).toMatch(/^3 more test\(s\) that passed at base did not run at head .*tests\/test_a\.py::test_5, tests\/test_a\.py::test_6, tests\/test_a\.py::test_7\.$/);
  });

  it('explains a missing test by what its file did at head: gone, or other tests of it ran', () => {
    const base = set({ 'junit.xml': junit(`${pass('test_a1')}${pass('test_a2')}${pass('test_b1', 'tests.test_b')}`) });
    const head = set({ 'junit.xml': junit(pass('test_a1')) });
    const result = compareResults(base, head, { ...options, headHas: (p) => p !== 'tests/test_b.py' });
    expect(result.findings.map((f) => [f.test, f.message.split(' Reports:')[0]])).toEqual([
      ['tests/test_a.py::test_a2', expect.stringContaining('though other tests of file tests/test_a.py are')],
      ['tests/test_b.py::test_b1', expect.stringContaining('file tests/test_b.py is gone at head')],
    ]);
  });

  it('a base report with no counterpart whose tests appear nowhere at head is undecided, unless its files are gone', () => {
    const base = set({ 'a.xml': junit(pass('test_a1')), 'b.xml': junit(pass('test_b1', 'tests.test_b')) });
    const head = set({ 'a.xml': junit(pass('test_a1')) });
    expect(compareResults(base, head, options)).toMatchObject({ undecided: true, missingReports: 1, findings: [expect.objectContaining({ rule: 'results-missing' })] });
    const deleted = compareResults(base, head, { ...options, headHas: (p) => p !== 'tests/test_b.py' });
    expect(deleted).toMatchObject({ undecided: false, notRun: 1, findings: [expect.objectContaining({ rule: 'test-not-run', test: 'tests/test_b.py::test_b1' })] });
  });
});
