import { reportFromFindings, sortFindings, type Finding, type GuardReport, type GuardRun, type Logger } from '@agent-guards/action-kit';
import type { Policy, Ticket } from '@agent-guards/config';
import { changedFiles, listRootAt } from '@agent-guards/git';
import { collectionSettings, diffSettings, effectiveConfigChange, isCollectionConfigPath, patternsFromSettings, settingEffects, type CollectionSetting, type SettingChange } from './collection-config.js';
import { compareCollections, disagreementFindings, type Disagreement } from './compare-collectors.js';
import { decide, type Decision } from './decision.js';
import { incrementalPaths } from './incremental.js';
import { totalsByStatus, type StatusTotals } from './model.js';
import { collectStaticAt, readSourcesAt } from './static-collector.js';
import type { TestReportsOption } from './results/model.js';
import { runResultsLayer } from './results/results-layer.js';
import { renderTotalsTable } from './summary.js';
import { collectionLayerMetrics, runHarnessLayer } from './harness/harness-layer.js';
import { languagesFor, testLanguageOf, type CollectionPatterns } from '@agent-guards/config';

export const SKIP_SET_GUARD = 'skip-set';

/** Up to this many changed files the harness layer starts as soon as the diff is known: its reads are few. */
const HARNESS_EARLY_FILES = 64;

// The guard's entry (`@agent-guards/skip-set/guard`) for a process that runs it: the runner
// collectors and report parsers load when used. The ticket a PR names is one of its inputs.
export { ticketForPullRequest } from './harness/ticket-input.js';

export type CollectorKind = 'static' | 'runner' | 'both';

export interface RunnerSettings {
  /** Python with pytest and the project's test dependencies; default `python3`. */
  python?: string;
  go?: string;
  /** Per framework invocation; default 15 minutes. */
  timeoutMs?: number;
  /** Directory whose node_modules vitest/jest run from; default the repository. */
  nodeModulesFrom?: string;
}

export interface SkipSetGuardOptions {
  repo: string;
  base: string;
  head: string;
  policy: Policy;
  /** The policy file, named in errors (default .github/agent-guards.yml). */
  policyPath?: string;
  logger: Logger;
  /** Overrides the policy's `tests.collector`. */
  collector?: CollectorKind;
  /** Commits in the PR (from the event), to say which fetch depth a shallow clone needs. */
  prCommits?: number;
  runner?: RunnerSettings;
  /** Layer 3: the reports of real test runs at base and head. Without them that layer is reported as not run. */
  reports?: TestReportsOption;
  /** Layer 2: the ticket the PR implements (read at base); its scope may name test harness files the PR may change. */
  ticket?: Ticket;
  ticketPath?: string;
}

interface Side {
  rev: string;
  settings: CollectionSetting[];
  patterns: CollectionPatterns;
}

function configFindings(changes: readonly SettingChange[]): Finding[] {
  return changes.map((c) => {
    const effects = c.after ? settingEffects(c.key, c.after) : [];
    const before = c.before === undefined ? 'unset' : JSON.stringify(c.before);
    const after = c.after === undefined ? 'removed' : JSON.stringify(c.after);
    // A new setting that only selects what to run (a new package's test script) is worth a notice;
    // changing or removing one, or adding one that drops tests, is an error.
    const drops = effects.length > 0 || /(?:collect_ignore|exclude|Ignore|ignore|norecursedirs|conftest\.pytest_|^pytest configuration file$)/.test(c.key);
    return {
      rule: 'collection-config-changed',
      severity: c.before !== undefined || drops ? ('error' as const) : ('notice' as const),
      message: `${c.key} changed from ${before} to ${after}: collection settings decide which tests run${effects.length > 0 ? ` (${effects.join(', ')})` : ''}; tests were scanned in full.`,
      path: c.file,
      ...(c.line ? { line: c.line } : {}),
    };
  });
}

function mergeFindings(lists: Finding[][]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of lists.flat()) {
    const key = `${f.rule}\0${f.test ?? ''}\0${f.path ?? ''}\0${f.test ? '' : f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}

function totalsMetrics(prefix: string, t: StatusTotals): Record<string, number> {
  return Object.fromEntries(Object.entries(t).map(([k, v]) => [`${prefix}-${k}`, v]));
}

/**
 * The skip-set guard: the tests at the PR base (merge base) and head are
 * collected, statically, by the frameworks, or both, and compared. Throws a
 * ConfigurationError (or another error) when it cannot decide; the action and
 * CLI turn that into verdict `error`.
 */
export async function runSkipSetGuard(options: SkipSetGuardOptions): Promise<GuardRun> {
  const { repo, policy, logger } = options;
  const collector = options.collector ?? policy.tests.collector;
  const languages = languagesFor(policy.tests.frameworks);
  const changes = await changedFiles(repo, options.base, options.head, options.prCommits !== undefined ? { prCommits: options.prCommits } : {});

  const startHarnessLayer = (): ReturnType<typeof runHarnessLayer> =>
    runHarnessLayer({
      repo,
      base: changes.mergeBase,
      head: changes.head,
      files: changes.files,
      ...(options.ticket ? { ticket: { ticket: options.ticket, path: options.ticketPath ?? `ticket ${options.ticket.id}` } } : {}),
      logger,
    });
  // The harness layer depends on the diff alone. A PR of few files starts it now, beside the
  // collection settings' reads; a larger one once the collection has started (below).
  const early = changes.files.length <= HARNESS_EARLY_FILES ? startHarnessLayer() : undefined;
  // Awaited below, where its failure is reported.
  early?.catch(() => undefined);
  const changedConfigs = [...new Set(changes.files.flatMap((f) => [f.path, f.previousPath]).filter((p): p is string => p !== undefined && isCollectionConfigPath(p)))];
  const sides = await Promise.all(
    (['base', 'head'] as const).map(async (which): Promise<Side> => {
      const rev = which === 'base' ? changes.mergeBase : changes.head;
      const root = (await listRootAt(repo, rev)).filter(isCollectionConfigPath);
      const configFiles = await readSourcesAt(repo, rev, [...root, ...changedConfigs]);
      const settings = configFiles.flatMap((f) => collectionSettings(f.path, f.text));
      return { rev, settings, patterns: patternsFromSettings(settings, languages) };
    }),
  );
  const [base, head] = sides as [Side, Side];
  const changedConfigSet = new Set(changedConfigs);
  const settingChanges = diffSettings(
    base.settings.filter((s) => changedConfigSet.has(s.file)),
    head.settings.filter((s) => changedConfigSet.has(s.file)),
  );
  // pytest reads one configuration file: a new one that comes first (an empty pytest.ini) replaces all another held.
  const shadowed = effectiveConfigChange(base.settings, head.settings);
  if (shadowed) settingChanges.push(shadowed);
  const full = settingChanges.length > 0 || collector === 'both';
  // Which files an incremental scan reads; a full scan reads them all and needs no list.
  const [basePaths, headPaths] = full
    ? [undefined, undefined]
    : await Promise.all([incrementalPaths(repo, base.rev, changes.files, 'base', base.patterns), incrementalPaths(repo, head.rev, changes.files, 'head', head.patterns)]);
  // The collection reads git while the harness layer does (both read the same files, once), and
  // neither depends on the other. The harness layer's failure is the one reported if both fail.
  // For a PR of many files the collection starts first: the tree a full scan lists lets both read
  // the files by blob id.
  const collecting = Promise.all([
    collectStaticAt(repo, base.rev, base.patterns, basePaths),
    collectStaticAt(repo, head.rev, head.patterns, headPaths),
  ]);
  const harnessRun = early ?? startHarnessLayer();
  const [harnessDone, collected] = await Promise.allSettled([harnessRun, collecting]);
  if (harnessDone.status === 'rejected') throw harnessDone.reason;
  const harness = harnessDone.value;
  logger.info(`skip-set: ${changes.files.length} changed file(s); ${full ? 'full' : 'incremental'} ${collector} collection.`);
  if (collected.status === 'rejected') throw collected.reason;
  const [staticBase, staticHead] = collected.value;

  const renames = new Map(changes.files.filter((f) => f.status === 'renamed' && f.previousPath).map((f) => [f.previousPath!, f.path]));
  const gone = new Set(changes.files.flatMap((f) => (f.status === 'deleted' ? [f.path] : f.status === 'renamed' ? [f.previousPath!] : [])));
  const context = { renames, isHeadTestFile: (p: string) => testLanguageOf(p, head.patterns) !== undefined, headHasFile: (p: string) => !gone.has(p) };

  const findings: Finding[][] = [configFindings(settingChanges)];
  let decisionBase = staticBase;
  let decisionHead = staticHead;
  let decision: Decision;
  let disagreements: Disagreement[] = [];
  if (collector === 'static') {
    decision = decide(staticBase, staticHead, context);
  } else {
    // The runner collectors (and the sandbox they run in) load only when a runner collects.
    const { alignWithStatic, borrowBodies, collectWithRunners, merge, onlyPaths } = await import('./runner/runner-collection.js');
    const runnerBase = await collectWithRunners(options, base.rev, base.patterns, 'base');
    const runnerHead = await collectWithRunners(options, head.rev, head.patterns, 'head');
    // A framework that ran on either side decides its language (or its files) on both: a side without its tests ran nothing.
    const covered = new Set([...runnerBase.covered, ...runnerHead.covered]);
    const coveredFiles = new Set([...runnerBase.coveredFiles, ...runnerHead.coveredFiles]);
    const isCovered = (path: string, patterns: CollectionPatterns): boolean => {
      const language = testLanguageOf(path, patterns);
      return coveredFiles.has(path) || (language !== undefined && covered.has(language));
    };
    alignWithStatic(runnerBase.collection, staticBase, coveredFiles);
    alignWithStatic(runnerHead.collection, staticHead, coveredFiles);
    borrowBodies(runnerBase.collection, staticBase);
    borrowBodies(runnerHead.collection, staticHead);
    decisionBase = merge(runnerBase.collection, onlyPaths(staticBase, (p) => !isCovered(p, base.patterns)));
    decisionHead = merge(runnerHead.collection, onlyPaths(staticHead, (p) => !isCovered(p, head.patterns)));
    decision = decide(decisionBase, decisionHead, context);
    findings.push(runnerBase.notes, runnerHead.notes);
    if (collector === 'both') {
      findings.push(decide(staticBase, staticHead, context).findings);
      for (const [label, s, r, patterns] of [
        ['base', staticBase, runnerBase, base.patterns],
        ['head', staticHead, runnerHead, head.patterns],
      ] as const) {
        const list = compareCollections(s, r.collection, (t) => isCovered(t.path, patterns));
        disagreements = disagreements.concat(list);
        findings.push(disagreementFindings(list, label));
      }
    }
  }
  findings.splice(1, 0, decision.findings);
  // Layer 1's findings, before the other layers add theirs (for the metrics of which layer caught what).
  const collectionFindings = findings.flat();
  const results = await runResultsLayer({
    repo,
    base: base.rev,
    head: head.rev,
    ...(options.reports ? { reports: options.reports } : {}),
    renames,
    counterparts: decision.counterparts,
    collectionFindings: findings.flat(),
    logger,
  });
  findings.push(results.findings);
  findings.push(harness.findings);

  const baseTotals = totalsByStatus(decisionBase.tests.values());
  const headTotals = totalsByStatus(decisionHead.tests.values());
  const metrics = {
    collector,
    scan: full ? 'full' : 'incremental',
    'merge-base': changes.mergeBase,
    'changed-files': changes.files.length,
    'files-scanned-base': decisionBase.files,
    'files-scanned-head': decisionHead.files,
    ...totalsMetrics('base', baseTotals),
    ...totalsMetrics('head', headTotals),
    'new-skips': decision.newSkips,
    'tests-removed': decision.removed,
    'tests-renamed': decision.renamed,
    'tests-moved': decision.moved,
    'config-changes': settingChanges.length,
    ...(collector === 'both' ? { 'collector-disagreements': disagreements.length } : {}),
    ...results.metrics,
    ...collectionLayerMetrics(collectionFindings, decision.reasonGains),
    ...harness.metrics,
  };
  const all = mergeFindings(findings);
  let report: GuardReport = reportFromFindings(SKIP_SET_GUARD, all, metrics);
  if (decisionBase.errors.length > 0) {
    // The base could not be seen in full: no comparison with it can pass.
    const baseErrors: Finding[] = decisionBase.errors.map((e) => ({
      rule: 'collection-error',
      severity: 'error',
      message: `cannot collect tests at base: ${e.message}`,
      path: e.path,
      ...(e.line ? { line: e.line } : {}),
    }));
    report = { guard: SKIP_SET_GUARD, verdict: 'error', findings: sortFindings([...baseErrors, ...all]), metrics };
  }
  // A report missing or unreadable: what its tests did is unknown, which is never a pass.
  if (results.undecided) report = { ...report, verdict: 'error' };
  const notRunning = (t: StatusTotals): number => t.skipped + t.xfail + t.todo;
  // A framework lists every test it collects; the static collector reads the changed files unless it scanned in full.
  const scope = full ? 'all test files' : collector === 'static' ? 'changed test files' : 'all tests the frameworks collected, changed files for the rest';
  return {
    report,
    outputs: {
      'skipped-added': decision.newSkips,
      'tests-removed': decision.removed,
      'base-total': baseTotals.total,
      'head-total': headTotals.total,
      'base-skipped': notRunning(baseTotals),
      'head-skipped': notRunning(headTotals),
      // Layer 3: empty when no reports were given.
      'tests-not-run': results.metrics['results-not-run'] ?? '',
    },
    summary: `${renderTotalsTable(baseTotals, headTotals, `${scope}, ${collector} collector`)}\n\n${harness.summary}\n\n${results.summary}`,
  };
}
