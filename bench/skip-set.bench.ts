import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { silentLogger } from '@agent-guards/action-kit';
import { defaultPolicy } from '@agent-guards/config';
import { openSandbox, type Sandbox } from '@agent-guards/sandbox';
import {
  alignWithStatic,
  collectDirectory,
  collectWithJest,
  collectWithPytest,
  compareCollections,
  defaultPatterns,
  functionId,
  runSkipSetGuard,
  totalsByStatus,
  type Disagreement,
} from '@agent-guards/skip-set';
import { expect, it } from 'vitest';
import { buildPandasRepo, ensureSuite, PYTHON, searchTool, SITE, TESTS, testFiles } from './pandas-fixture.js';
import { measure, measureTurnAbout, printBench, type BenchRow } from './report.js';

/** The search floor as a function, run in SITE. */
function searchFloor(): { name: string; run: () => void } {
  const tool = searchTool();
  return { name: tool.name, run: () => spawnSync(tool.command, tool.args, { cwd: SITE, maxBuffer: 1 << 28 }) };
}

function timeOnce(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

function summarize(list: readonly Disagreement[]): Map<string, Disagreement[]> {
  const groups = new Map<string, Disagreement[]>();
  for (const d of list) {
    const key = `static: ${d.staticView.replace(/\(.*\)/, '(…)')} | pytest: ${d.runnerView.replace(/\(.*\)/, '(…)')}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  return groups;
}

it('skip-set on the pandas test suite', async () => {
  ensureSuite();
  const rg = searchFloor();
  const patterns = defaultPatterns(['python']);
  const files = testFiles(join(SITE, TESTS));
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);

  // 1. Full static scan (every file read and parsed, as when the base has none of them) vs the search floor.
  // The walk covers the directory rg searches; pandas/conftest.py and imported base classes are read on demand.
  // The first scan in this process is timed on its own (a cold action pays it: the JIT has not compiled
  // the lexer yet, and the lexing worker starts); the ratio compares steady states, turn about with rg,
  // after three warm-up rounds. The scan lexes on a worker thread (rg searches on every core too); the
  // same scan on one thread is timed alongside.
  const coldStart = performance.now();
  await collectDirectory(SITE, patterns, TESTS);
  const coldMs = performance.now() - coldStart;
  const [staticMs, rgMs, oneThreadMs] = (await measureTurnAbout(
    [() => collectDirectory(SITE, patterns, TESTS), () => rg.run(), () => collectDirectory(SITE, patterns, TESTS, { lexWorker: 'never' })],
    9,
    3,
  )) as [number, number, number];
  const staticCollection = await collectDirectory(SITE, patterns, TESTS);

  // 2. pytest --collect-only -q with Debian's Python (one run: it takes tens of seconds).
  const pytestMs = timeOnce(() =>
    spawnSync(PYTHON, ['-m', 'pytest', '--collect-only', '-q', '-p', 'no:cacheprovider', TESTS], {
      cwd: SITE,
      env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' },
      maxBuffer: 1 << 28,
    }),
  );

  // 3. A one-file PR decided end to end on a repository holding the whole suite.
  const { repo, base, head } = buildPandasRepo();
  try {
    const policy = defaultPolicy();
    const decide = () => runSkipSetGuard({ repo: repo.dir, base, head, policy, logger: silentLogger, collector: 'static' });
    const outcome = await decide();
    expect(outcome.report.findings.some((f) => f.rule === 'new-skip')).toBe(true);
    const prMs = await measure(decide, 5);

    // 4. Static vs runner collector on the same files.
    const runnerStart = performance.now();
    const sitebox = await openSandbox({ settings: defaultPolicy().runner.sandbox, policyPath: 'bench', workdir: SITE, readOnlyWorkdir: true });
    const runnerCollection = await collectWithPytest(SITE, { sandbox: sitebox, python: PYTHON, paths: [TESTS] }).finally(() => sitebox.close());
    const runnerMs = performance.now() - runnerStart;
    const disagreements = compareCollections(staticCollection, runnerCollection, (t) => t.path.startsWith(`${TESTS}/`));
    const staticTotals = totalsByStatus(staticCollection.tests.values());
    const runnerTotals = totalsByStatus(runnerCollection.tests.values());
    const runnerFunctions = new Set([...runnerCollection.tests.keys()].map(functionId)).size;

    const rows: BenchRow[] = [
      { name: 'test files', value: files.length, unit: 'files', note: `${(bytes / 1e6).toFixed(1)} MB` },
      { name: 'static full scan', value: staticMs, unit: 'ms', note: `${staticTotals.total} tests/cases, ${staticCollection.files} files; median, warm` },
      { name: 'static full scan, first in the process', value: coldMs, unit: 'ms', note: 'cold JIT and worker start, as one action run' },
      { name: 'static full scan, one thread', value: oneThreadMs, unit: 'ms', note: 'lexing on the main thread; median, warm' },
      { name: `${rg.name} for skip markers`, value: rgMs, unit: 'ms' },
      { name: 'pytest --collect-only -q', value: pytestMs, unit: 'ms', note: 'one run, Debian python3' },
      { name: 'runner collector (plugin)', value: runnerMs, unit: 'ms', note: `${runnerTotals.total} items, ${runnerFunctions} functions` },
      { name: 'one-file PR end to end', value: prMs, unit: 'ms', note: 'static collector, incremental' },
      { name: 'pytest / static', value: pytestMs / staticMs, unit: 'x' },
      { name: `static / ${rg.name}`, value: staticMs / rgMs, unit: 'x' },
      { name: `static one thread / ${rg.name}`, value: oneThreadMs / rgMs, unit: 'x' },
      { name: 'static vs runner disagreements', value: disagreements.length, unit: 'functions' },
      { name: 'runner collection errors', value: runnerCollection.errors.length, unit: 'errors' },
    ];
    printBench('skip-set', rows, [
      { label: 'full static scan ≥ 50× faster than pytest --collect-only', met: pytestMs / staticMs >= 50, detail: `${(pytestMs / staticMs).toFixed(1)}×` },
      { label: `full static scan ≤ 10× ${rg.name}`, met: staticMs / rgMs <= 10, detail: `${(staticMs / rgMs).toFixed(1)}× warm (one thread: ${(oneThreadMs / rgMs).toFixed(1)}×; the first scan in a process: ${(coldMs / rgMs).toFixed(1)}×)` },
      { label: 'one-file PR ≤ 0.3 s end to end', met: prMs <= 300, detail: `${prMs.toFixed(0)} ms` },
    ]);
    console.log(`static totals ${JSON.stringify(staticTotals)}\nrunner totals ${JSON.stringify(runnerTotals)}`);
    console.log('static vs runner disagreements by kind (function level):');
    for (const [kind, list] of [...summarize(disagreements)].sort((a, b) => b[1].length - a[1].length)) {
      console.log(`  ${String(list.length).padStart(6)}  ${kind}`);
      for (const d of list.slice(0, 3)) console.log(`          e.g. ${d.id}: static ${d.staticView}; pytest ${d.runnerView}`.slice(0, 240));
    }
    for (const e of runnerCollection.errors.slice(0, 5)) console.log(`  collection error: ${e.path}: ${e.message.slice(0, 200)}`);
  } finally {
    repo.cleanup();
  }
});

/** A jest suite written for the bench: `files` files of 20 tests, some skipped, todo, focused or `test.each` tables. */
function writeJestSuite(dir: string, files: number): void {
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bench-suite', private: true, jest: { testEnvironment: 'node' } }));
  symlinkSync(join(process.cwd(), 'node_modules'), join(dir, 'node_modules'), 'dir');
  for (let i = 0; i < files; i += 1) {
    const lines = [`describe('module ${i}', () => {`];
    for (let j = 0; j < 20; j += 1) {
      if (j % 7 === 3) lines.push(`  it.skip('case ${j}', () => { expect(${j}).toBe(${j}); });`);
      else if (j % 11 === 5) lines.push(`  test.each([[1], [2], [3]])('row %i of ${j}', (n) => { expect(n).toBeGreaterThan(0); });`);
      else if (j === 18 && i % 50 === 0) lines.push(`  it.only('case ${j}', () => {});`);
      else if (j === 19) lines.push(`  it.todo('case ${j}');`);
      else lines.push(`  it('case ${j}', () => { expect(${j}).toBe(${j}); });`);
    }
    lines.push('});', '');
    writeFileSync(join(dir, 'src', `m${i}.test.js`), lines.join('\n'));
  }
}

// The jest runner collector on a generated suite: what its recording costs over jest's own listing.
it('skip-set jest runner collector', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'skip-set-jest-bench-'));
  let jestbox: Sandbox | undefined;
  try {
    writeJestSuite(dir, 300);
    const bin = join(dir, 'node_modules', '.bin', 'jest');
    const patterns = defaultPatterns(['javascript']);
    // jest 30's own --collectTests lists every test without running it: the framework's floor.
    const own = () => spawnSync(bin, ['--ci', '--collectTests', '--json', '--maxWorkers=100%', '--silent'], { cwd: dir, maxBuffer: 1 << 28 });
    const box = await openSandbox({ settings: defaultPolicy().runner.sandbox, policyPath: 'bench', workdir: dir, readOnlyWorkdir: true });
    jestbox = box;
    const collect = () => collectWithJest(dir, { bin, sandbox: box, readOnly: [join(process.cwd(), 'node_modules')] });
    const [ownMs, jestMs] = (await measureTurnAbout([own, collect], 3, 1)) as [number, number];
    const staticMs = await measure(() => collectDirectory(dir, patterns), 5);
    const jest = await collect();
    const staticCollection = await collectDirectory(dir, patterns);
    alignWithStatic(jest.collection, staticCollection, jest.files);
    const disagreements = compareCollections(staticCollection, jest.collection, () => true);
    const jestTotals = totalsByStatus(jest.collection.tests.values());
    printBench('skip-set-jest', [
      { name: 'test files', value: jest.files.size, unit: 'files' },
      { name: 'jest --collectTests (its own listing)', value: ownMs, unit: 'ms', note: 'median of 3' },
      { name: 'jest runner collector', value: jestMs, unit: 'ms', note: `${jestTotals.total} tests: ${JSON.stringify(jestTotals)}` },
      { name: 'static scan of the same files', value: staticMs, unit: 'ms', note: `${staticCollection.tests.size} tests (a test.each table is one)` },
      { name: 'runner collector / jest --collectTests', value: jestMs / ownMs, unit: 'x' },
      { name: 'runner collector / static', value: jestMs / staticMs, unit: 'x' },
      { name: 'static vs jest disagreements', value: disagreements.length, unit: 'tests' },
      { name: 'jest collection errors', value: jest.collection.errors.length, unit: 'errors' },
    ]);
    expect(jest.collection.errors).toEqual([]);
  } finally {
    await jestbox?.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
