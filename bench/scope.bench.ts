import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, test } from 'vitest';
import { minimatch, Minimatch } from 'minimatch';
import { MemoryLogger } from '@agent-guards/action-kit';
import { BUILT_IN_FORBIDDEN, PolicySchema, TicketSchema } from '@agent-guards/config';
import { changedFiles, touchedPaths } from '@agent-guards/git';
import { classifyPath, compileScopeRules, runScopeGuard } from '@agent-guards/manifest-scope';
import { TempRepo } from '@agent-guards/testkit';
import { measure, measureTurnAbout, printBench } from './report.js';
import { buildScopeFixture, SCOPE_TICKET, scopePatterns } from './scope-fixture.js';

const SAMPLE = 1_000;
const TICKET = SCOPE_TICKET;
let repo: TempRepo;
let base: string;
let head: string;

beforeAll(() => {
  ({ repo, base, head } = buildScopeFixture());
}, 600_000);

afterAll(() => repo?.cleanup());

test('manifest-scope on a 100,000-path diff against 500 patterns', async () => {
  const p = scopePatterns();
  const policy = PolicySchema.parse({ version: 1, forbidden_paths: p.forbidden });
  const ticket = TicketSchema.parse({ id: 'BENCH-1', title: 'bench', scope: { include: p.include } });

  // The whole guard vs the floor: listing the diff with git, measured turn about. Measured first, on
  // a heap the baselines below have not filled: an action runs the guard in a fresh process.
  const [gitMs, guardMs] = (await measureTurnAbout([
    () => execFileSync('git', ['-C', repo.dir, 'diff', '--name-status', '-z', base, head], { maxBuffer: 1 << 30 }),
    () => runScopeGuard({ repo: repo.dir, base, head, ticketPath: TICKET, logger: new MemoryLogger() }),
  ])) as [number, number];

  const changes = await changedFiles(repo.dir, base, head);
  const paths = touchedPaths(changes.files);
  const allPatterns = [...p.include, ...p.forbidden];

  const decide = (): number => {
    const rules = compileScopeRules(ticket, policy, { policyPath: '.github/agent-guards.yml', ticketPath: TICKET });
    let violations = 0;
    for (const path of paths) if (classifyPath(rules, path)) violations += 1;
    return violations;
  };
  const decisionMs = await measure(decide, 5);

  // Baseline 1: minimatch(path, pattern) for every pair, on a sample, scaled to the full diff.
  const sample = paths.slice(0, SAMPLE);
  const naive = (): number => {
    let hits = 0;
    for (const path of sample) for (const pattern of allPatterns) if (minimatch(path, pattern, { dot: true })) hits += 1;
    return hits;
  };
  const naiveSampleMs = await measure(naive, 1);
  const naiveMs = naiveSampleMs * (paths.length / SAMPLE);

  // Baseline 2 (fairer): every pattern compiled once, then tested against every path.
  const compiled = allPatterns.map((pattern) => new Minimatch(pattern, { dot: true }));
  const precompiled = (): number => {
    let hits = 0;
    for (const path of sample) for (const m of compiled) if (m.match(path)) hits += 1;
    return hits;
  };
  const precompiledMs = (await measure(precompiled, 1)) * (paths.length / SAMPLE);


  printBench(
    'scope',
    [
      { name: 'paths in the diff', value: paths.length, unit: 'paths' },
      { name: 'patterns', value: allPatterns.length + BUILT_IN_FORBIDDEN.reduce((n, c) => n + c.patterns.length, 0), unit: 'globs', note: '500 ticket/policy globs plus the built-in forbidden categories (and their words)' },
      { name: 'scope decision (compile + classify)', value: decisionMs, unit: 'ms' },
      { name: 'minimatch(path, pattern) per pair', value: naiveMs, unit: 'ms', note: `measured on ${SAMPLE} paths × ${allPatterns.length} patterns, scaled` },
      { name: 'precompiled Minimatch per pair', value: precompiledMs, unit: 'ms', note: 'same sample, scaled' },
      { name: 'git diff --name-status -z', value: gitMs, unit: 'ms' },
      { name: 'whole guard (runScopeGuard)', value: guardMs, unit: 'ms' },
      { name: 'speed-up vs minimatch per pair', value: naiveMs / decisionMs, unit: '×' },
      { name: 'speed-up vs precompiled per pair', value: precompiledMs / decisionMs, unit: '×' },
      { name: 'guard / git diff', value: guardMs / gitMs, unit: '×' },
    ],
    [
      { label: 'decision ≤ 1 s', met: decisionMs <= 1000, detail: `${decisionMs.toFixed(0)} ms` },
      { label: '≥ 10× faster than minimatch per pair', met: naiveMs / decisionMs >= 10, detail: `${(naiveMs / decisionMs).toFixed(0)}×` },
      { label: 'whole guard ≤ 3× git diff --name-status -z', met: guardMs / gitMs <= 3, detail: `${(guardMs / gitMs).toFixed(2)}×` },
    ],
  );
  void performance;
});
