import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, it } from 'vitest';
import { buildExampleRepo, type ExampleRepo } from '../packages/cli/src/example-repo.js';
import { actionProcess, type RunActionOptions } from '../test/harness/run-action.js';
import { pullRequestPayload } from '../test/harness/webhook-payloads.js';
import { buildPandasRepo, ensureSuite, PYTHON, searchTool, SITE, TESTS, type PandasRepo } from './pandas-fixture.js';
import { actionsNode } from './node24.js';
import { buildScopeFixture, SCOPE_TICKET, type ScopeFixture } from './scope-fixture.js';
import { measureRow, writeWholeProcessResults, type ProcessSpec, type RowResult, type WholeProcessRow } from './whole-process.js';

// What a user waits for: every row is a command line started as a new process, timed turn about
// with its baseline. BENCH_BEFORE names a copy of the tree before a change (its built lib/ and
// bundled dist/): its rows are timed in the same rounds. BENCH_RUNS (default 5) runs per row,
// BENCH_PYTEST_RUNS for the row whose baseline is pytest (tens of seconds a run). BENCH_SECTIONS
// (comma-separated: start-up, example, scope, pandas; default all) times some sections only, and
// builds only their fixtures. The actions run on Node 24 on GitHub (`runs.using: node24`): the
// example, scope and one-file PR rows are also timed with it (against Node 24's own `node -e 0`), with
// Node's compile cache off (a runner's first run) and warm (a self-hosted runner's later runs; the
// untimed round fills it). That Node is BENCH_NODE24's binary, or the release build fetched from
// the npm registry (node24.ts); BENCH_NODE24=none leaves those rows out.
const ROOT = resolve(import.meta.dirname, '..');
const BEFORE = process.env.BENCH_BEFORE ? resolve(process.env.BENCH_BEFORE) : undefined;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PYTEST_RUNS = Number(process.env.BENCH_PYTEST_RUNS ?? RUNS);
const SECTIONS = process.env.BENCH_SECTIONS?.split(',').map((s) => s.trim());
const timed = (section: 'start-up' | 'example' | 'scope' | 'pandas'): boolean => !SECTIONS || SECTIONS.includes(section);
const ACTIONS = ['manifest-scope', 'skip-set', 'spec-conformance', 'cost-ceiling', 'boundaries', 'protection', 'agent-runner'];

/** A clean environment, as a terminal gives: nothing of the test runner leaks into the timed processes. */
const ENV: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8' };

const nodeBaseline: ProcessSpec = { label: 'node -e 0', command: process.execPath, args: ['-e', '0'], env: ENV };
const NODE24 = timed('example') || timed('scope') || timed('pandas') ? actionsNode(ROOT) : undefined;
const NODE24_VERSION = NODE24 ? execFileSync(NODE24, ['--version'], { encoding: 'utf8' }).trim() : undefined;

/** The CLI as npm links it: the bin its package.json declares. */
function cli(root: string, args: string[]): ProcessSpec {
  const pkg = JSON.parse(readFileSync(join(root, 'packages', 'cli', 'package.json'), 'utf8')) as { bin: Record<string, string> };
  return { label: `agent-guards ${args[0]}`, command: process.execPath, args: [join(root, 'packages', 'cli', pkg.bin['agent-guards']!), ...args], env: ENV };
}

/** A bundled action started as the runner starts it (INPUT_*, event file), from `root`'s dist/. */
function action(root: string, options: RunActionOptions, until: ProcessSpec['until'] = 'exit'): ProcessSpec {
  const { env } = actionProcess(options);
  return { label: `actions/${options.action}`, command: process.execPath, args: [join(root, 'actions', options.action, 'dist', 'index.js')], cwd: options.workspace, env, until };
}

/** The subject on this tree and, with BENCH_BEFORE, the same on the tree before. */
function both(make: (root: string) => ProcessSpec): Pick<WholeProcessRow, 'subject' | 'before'> {
  if (!BEFORE) return { subject: make(ROOT) };
  const before = make(BEFORE);
  return { subject: make(ROOT), before: { ...before, label: `${before.label} (before)` } };
}

/** The bundle's size: all its scripts, and the largest (the code every run loads; index.js may be a stub that imports it). */
function bundleSize(root: string, name: string): string {
  const dir = join(root, 'actions', name, 'dist');
  const sizes = readdirSync(dir)
    .filter((f) => /\.(js|cjs|mjs)$/.test(f))
    .map((f) => statSync(join(dir, f)).size);
  const mb = (b: number): string => `${(b / 1e6).toFixed(2)} MB`;
  return `${sizes.length} scripts ${mb(sizes.reduce((n, b) => n + b, 0))}, largest ${mb(Math.max(...sizes))}`;
}

function prEvent(base: string, head: string, headRef: string, body = ''): NonNullable<RunActionOptions['event']> {
  return { name: 'pull_request', payload: pullRequestPayload('synchronize', { baseSha: base, headSha: head, headRef, baseRef: 'main', number: 7, body, commits: 1 }) };
}

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((c) => c()));

function startUpRows(): WholeProcessRow[] {
  return [
    { name: 'agent-guards --help', ...both((r) => cli(r, ['--help'])), targets: [{ baseline: nodeBaseline, kind: 'at-most', ratio: 2 }], runs: RUNS },
    { name: 'agent-guards --version', ...both((r) => cli(r, ['--version'])), targets: [{ baseline: nodeBaseline, kind: 'at-most', ratio: 2 }], runs: RUNS },
    { name: 'agent-guards skip-set --help', ...both((r) => cli(r, ['skip-set', '--help'])), targets: [{ baseline: nodeBaseline, kind: 'at-most', ratio: 2 }], runs: RUNS },
    { name: 'agent-guards agent-runner --help', ...both((r) => cli(r, ['agent-runner', '--help'])), targets: [{ baseline: nodeBaseline, kind: 'at-most', ratio: 2 }], runs: RUNS },
  ];
}

function examplePrRows(ex: ExampleRepo, ledger: string): WholeProcessRow[] {
  const check = (r: string): ProcessSpec => cli(r, ['check', '--repo', ex.dir, '--base', ex.base, '--head', ex.head, '--ticket', ex.ticketPath, '--body-file', ex.bodyFile, '--ledger', ledger]);
  const event = prEvent(ex.base, ex.head, ex.branch, ex.pr.body);
  const inputs: Record<string, Record<string, string>> = {
    'manifest-scope': { ticket: ex.ticketPath },
    'cost-ceiling': { ledger, notify: 'false' },
    protection: { repository: 'octo-org/service' },
    'agent-runner': { ticket: ex.ticketPath, base: ex.base },
  };
  const rows: WholeProcessRow[] = [
    { name: 'agent-guards check, every guard, the example PR', ...both(check), targets: [{ baseline: nodeBaseline, kind: 'at-most', ratio: 4 }], runs: RUNS, note: `${ex.pr.commits.length} commits` },
    ...ACTIONS.map((name) => ({
      name: `actions/${name}: cold start to its first log line`,
      ...both((r) => action(r, { action: name, workspace: ex.dir, inputs: inputs[name] ?? {}, event }, 'first-line')),
      targets: [{ baseline: nodeBaseline, kind: 'at-most' as const, ratio: 3 }],
      runs: RUNS,
      note: `${bundleSize(ROOT, name)}${BEFORE ? `; before: ${bundleSize(BEFORE, name)}` : ''}`,
    })),
  ];
  // The runner's run to its exit would start an agent session in the example repository, which the
  // other rows read: it is timed with the cache off only.
  return [...rows, ...rows.flatMap((row) => onNode24(row, row.name.startsWith('actions/agent-runner') ? ['off'] : ['off', 'warm']))];
}

let compileCaches = 0;

/**
 * A row's process on Node 24 (what `runs.using: node24` starts, and a terminal's current Node), against
 * Node 24's own `node -e 0`: compile cache off, or warm in a directory of its own. Node writes the
 * cache when a process exits, and a timed run that ends at the first line is killed: the warm one's
 * cache is filled by one run to its exit here. No rows without that Node (BENCH_NODE24=none).
 */
function onNode24(row: WholeProcessRow, caches: readonly ('off' | 'warm')[] = ['off', 'warm']): WholeProcessRow[] {
  if (!NODE24 || !NODE24_VERSION) return [];
  const node24 = NODE24;
  const version = NODE24_VERSION;
  const on24 = (spec: ProcessSpec, cache: 'off' | 'warm'): ProcessSpec => {
    let env: NodeJS.ProcessEnv = { ...spec.env, NODE_DISABLE_COMPILE_CACHE: '1' };
    if (cache === 'warm') {
      const dir = mkdtempSync(join(tmpdir(), `bench-compile-cache-${(compileCaches += 1)}-`));
      cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
      env = { ...spec.env, NODE_COMPILE_CACHE: dir };
      spawnSync(node24, spec.args, { cwd: spec.cwd, env, stdio: 'ignore', timeout: 120_000 });
    }
    return { ...spec, label: `${spec.label} [node ${version}, cache ${cache}]`, command: node24, env };
  };
  const base24: ProcessSpec = { label: `node ${version} -e 0`, command: node24, args: ['-e', '0'], env: ENV };
  return caches.map((cache) => ({
    ...row,
    name: `${row.name} — node ${version}, compile cache ${cache}`,
    subject: on24(row.subject, cache),
    ...(row.before ? { before: on24(row.before, cache) } : {}),
    targets: row.targets.map((t) => ({ ...t, baseline: t.baseline === nodeBaseline ? base24 : t.baseline })),
  }));
}

function scopeRows(f: ScopeFixture): WholeProcessRow[] {
  const git: ProcessSpec = { label: 'git diff --name-status -z -M', command: 'git', args: ['-C', f.repo.dir, 'diff', '--name-status', '-z', '-M', f.base, f.head], env: ENV };
  const rows: WholeProcessRow[] = [
    {
      name: 'agent-guards scope, 100,000-path diff × ~500 globs',
      ...both((r) => cli(r, ['scope', '--repo', f.repo.dir, '--base', f.base, '--head', f.head, '--ticket', SCOPE_TICKET])),
      targets: [{ baseline: git, kind: 'at-most', ratio: 4 }],
      runs: RUNS,
    },
    {
      name: 'actions/manifest-scope, same diff, to its exit',
      ...both((r) => action(r, { action: 'manifest-scope', workspace: f.repo.dir, inputs: { ticket: SCOPE_TICKET }, event: prEvent(f.base, f.head, 'pr') })),
      targets: [{ baseline: git, kind: 'at-most', ratio: 4 }],
      runs: RUNS,
    },
  ];
  return [...rows, ...rows.flatMap((row) => onNode24(row))];
}

function pandasRows(p: PandasRepo): WholeProcessRow[] {
  const search = searchTool();
  const rg: ProcessSpec = { label: search.name, command: search.command, args: search.args, cwd: SITE, env: ENV };
  const pytest: ProcessSpec = {
    label: 'pytest --collect-only -q',
    command: PYTHON,
    args: ['-m', 'pytest', '--collect-only', '-q', '-p', 'no:cacheprovider', TESTS],
    cwd: SITE,
    env: { ...ENV, PYTHONDONTWRITEBYTECODE: '1' },
  };
  const onePr: WholeProcessRow[] = [
    {
      name: 'agent-guards skip-set, one-file PR on pandas',
      ...both((r) => cli(r, ['skip-set', '--repo', p.repo.dir, '--base', p.base, '--head', p.head])),
      targets: [{ baseline: nodeBaseline, kind: 'at-most', ratio: 3 }],
      runs: RUNS,
    },
    {
      name: 'actions/skip-set, one-file PR on pandas, to its exit',
      ...both((r) => action(r, { action: 'skip-set', workspace: p.repo.dir, event: prEvent(p.base, p.head, 'topic') })),
      targets: [{ baseline: nodeBaseline, kind: 'at-most', ratio: 3 }],
      runs: RUNS,
    },
  ];
  return [
    ...onePr,
    ...onePr.flatMap((row) => onNode24(row)),
    {
      name: "agent-guards skip-set, full static scan of pandas' tests (a PR adding them all)",
      ...both((r) => cli(r, ['skip-set', '--repo', p.repo.dir, '--base', p.empty, '--head', p.full, '--json'])),
      targets: [
        { baseline: pytest, kind: 'faster-by', ratio: 60 },
        { baseline: rg, kind: 'at-most', ratio: 40 },
      ],
      runs: PYTEST_RUNS,
    },
  ];
}

it('whole processes, started cold', async () => {
  const results: RowResult[] = [];
  const measure = async (rows: WholeProcessRow[]): Promise<void> => {
    for (const row of rows) {
      const result = await measureRow(row);
      console.log(`${row.name}: ${result.targets.map((t) => `${t.ratio.toFixed(2)}× (${t.label}${t.beforeRatio !== undefined ? `; before ${t.beforeRatio.toFixed(2)}×` : ''})`).join(', ')}`);
      results.push(result);
    }
  };

  if (timed('start-up')) await measure(startUpRows());

  if (timed('example')) {
    const ex = buildExampleRepo();
    cleanups.push(() => rmSync(ex.dir, { recursive: true, force: true }));
    const ledger = join(ex.dir, '.git', 'usage.jsonl');
    writeFileSync(
      ledger,
      `${JSON.stringify({ session: 's1', ticket: 'SHOP-142', repo: 'octo-org/service', pr: 7, mode: 'plan', model: 'claude-sonnet-4-6', ts: '2026-11-21T10:00:00Z', input_tokens: 1200, output_tokens: 300, cache_creation_input_tokens: 0, cache_read_input_tokens: 9000, cost_usd: 0.0117 })}\n`,
    );
    await measure(examplePrRows(ex, ledger));
  }
  if (timed('scope')) {
    const scope = buildScopeFixture();
    cleanups.push(() => scope.repo.cleanup());
    await measure(scopeRows(scope));
  }
  if (timed('pandas')) {
    ensureSuite();
    const pandas = buildPandasRepo();
    cleanups.push(() => pandas.repo.cleanup());
    await measure(pandasRows(pandas));
  }

  writeWholeProcessResults('whole-process', results, {
    node: process.version,
    runs: RUNS,
    pytestRuns: PYTEST_RUNS,
    before: BEFORE ?? null,
    sections: SECTIONS ?? 'all',
    node24: NODE24_VERSION ?? null,
    cpus: cpus().length,
    measuredAt: new Date().toISOString(),
  });
});
