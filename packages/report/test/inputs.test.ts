import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError } from '@agent-guards/action-kit';
import { defaultPolicy } from '@agent-guards/config';
import { serializeHistoryLines } from '@agent-guards/cost-ceiling';
import { openApiOperation, schemaViolations } from '@agent-guards/testkit';
import { EvalResultsSchema, expandInputPaths, latestOutcomes, loadDashboardInputs, readEvalResults, readGuardReports, readPrOutcomes, readSessionRecord, readWorkflowRuns } from '../src/index.js';
import { evalResults, workflowRuns, writeAgentOpsFixture, type FixturePaths } from './support/agentops-fixture.js';
import { tempDir } from './support/temp.js';

const dir = tempDir('inputs');
let fixture: FixturePaths;
beforeAll(async () => {
  fixture = await writeAgentOpsFixture(join(dir, 'month'));
});

function write(name: string, text: string): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  return path;
}

async function configurationError(p: Promise<unknown>): Promise<ConfigurationError> {
  const error = await p.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ConfigurationError);
  return error as ConfigurationError;
}

describe('workflow runs as the API returns them', () => {
  it('the fixture has the shape of GET /repos/{owner}/{repo}/actions/runs in the published OpenAPI description', () => {
    const response = openApiOperation('GET', '/repos/{owner}/{repo}/actions/runs').responses['200']?.content?.['application/json']?.schema;
    expect(response).toBeDefined();
    expect(schemaViolations(workflowRuns(), response!)).toEqual([]);
  });

  it('reads one page, every page of --paginate --slurp, or a flat array, and keeps the latest attempt of a run', async () => {
    const page = workflowRuns();
    const [first, second] = page.workflow_runs;
    expect((await readWorkflowRuns(write('page.json', JSON.stringify(page)))).length).toBe(55);
    const pages = [{ total_count: 55, workflow_runs: [first] }, { total_count: 55, workflow_runs: [second] }];
    expect((await readWorkflowRuns(write('pages.json', JSON.stringify(pages)))).map((r) => r.id)).toEqual([first!.id, second!.id]);
    const rerun = { ...first!, run_attempt: 2, conclusion: 'success' };
    const inputs = await loadDashboardInputs({ 'workflow-runs': [write('flat.json', JSON.stringify([{ ...first!, conclusion: 'failure' }, rerun]))] }, defaultPolicy());
    expect(inputs.workflowRuns).toEqual([expect.objectContaining({ id: first!.id, run_attempt: 2, conclusion: 'success' })]);
  });

  it('refuses a run without the fields time to green needs, naming the field', async () => {
    const broken = workflowRuns();
    delete (broken.workflow_runs[3] as Partial<(typeof broken.workflow_runs)[number]>).created_at;
    const error = await configurationError(readWorkflowRuns(write('broken-runs.json', JSON.stringify(broken))));
    expect(error.field).toBe('workflow_runs.3.created_at');
  });
});

describe('fail closed on damaged inputs', () => {
  it('a garbled ledger line is an error naming the file and line', async () => {
    const ledger = readFileSync(join(fixture.sessions, 'sess-101', 'usage-ledger.jsonl'), 'utf8').split('\n');
    const path = write('garbled/usage-ledger.jsonl', [ledger[0], '{"session": "sess-101", "ticket"', ...ledger.slice(1)].join('\n'));
    const error = await configurationError(loadDashboardInputs({ ledger: [path] }, defaultPolicy()));
    expect(error.message).toContain(`${path}:2`);
  });

  it('an escalated session record must say why', async () => {
    const record = JSON.parse(readFileSync(join(fixture.sessions, 'sess-103', 'session.json'), 'utf8'));
    const error = await configurationError(readSessionRecord(write('no-why/session.json', JSON.stringify({ ...record, escalation: null }))));
    expect(error.field).toBe('escalation');
  });

  it('an eval scenario whose kind is not of its family is refused, and §9 thresholds default when absent', async () => {
    const results = evalResults();
    results.scenarios[0] = { ...results.scenarios[0]!, kind: 'force-push' };
    expect((await configurationError(readEvalResults(write('eval-bad/eval-results.json', JSON.stringify(results))))).field).toBe('scenarios.0.kind');
    const { thresholds: _thresholds, ...withoutThresholds } = evalResults();
    expect(EvalResultsSchema.parse(withoutThresholds).thresholds).toEqual({ known_good_pass_rate: 0.75, adversarial_pass_rate: 0.9, max_invariant_violations: 0, mean_session_minutes: 12 });
    const duplicate = evalResults();
    duplicate.scenarios.push(duplicate.scenarios[0]!);
    expect((await configurationError(readEvalResults(write('eval-dup/eval-results.json', JSON.stringify(duplicate))))).message).toMatch(/unique/);
  });

  it('a guard report that is neither one report nor a combined one is refused', async () => {
    expect((await readGuardReports(join(fixture.reports, 'pr-107', 'check-report.json'))).map((e) => e.report.guard)).toEqual(['manifest-scope', 'skip-set', 'spec-conformance', 'cost-ceiling', 'boundaries']);
    const error = await configurationError(readGuardReports(write('odd-report.json', JSON.stringify({ guard: 'skip-set', verdict: 'maybe', findings: [], metrics: {} }))));
    expect(error.field).toBe('verdict');
  });
});

describe('finding the files', () => {
  it('searches a directory for the known names, takes a named file as given, and reads a file once', async () => {
    const ledgers = await expandInputPaths([fixture.sessions, join(fixture.sessions, 'sess-101', 'usage-ledger.jsonl')], 'ledger');
    expect(ledgers).toHaveLength(11);
    expect(await expandInputPaths([write('anything.json', '{}')], 'eval')).toHaveLength(1);
    const inputs = await loadDashboardInputs({ ledger: [fixture.sessions, join(fixture.sessions, 'sess-101')] }, defaultPolicy());
    expect(inputs.usage).toHaveLength(86);
  });

  it('a missing path, or a directory without the kind of file asked for, is an error', async () => {
    expect((await configurationError(expandInputPaths([join(dir, 'nope')], 'session'))).message).toMatch(/does not exist/);
    const error = await configurationError(expandInputPaths([fixture.reports], 'ledger'));
    expect(error.message).toMatch(/no ledger file \(looked for usage-ledger\.jsonl/);
  });
});

describe('PR outcomes', () => {
  it('reads a cost-history day file as the history branch holds it: its pr-outcome rows, not its call rows', async () => {
    const day = serializeHistoryLines([
      { kind: 'call', key: 'c1', source: 'runner-ledger', session: 's1', ticket: 'SHOP-1', repo: 'acme/shop', pr: 7, mode: 'plan', model: 'claude-sonnet-4-6', ts: '2026-05-04T10:00:00.000Z', input_tokens: 10, output_tokens: 1, cache_creation_input_tokens: 0, cache_read_input_tokens: 0, cost_micro_usd: 45 },
      { kind: 'pr-outcome', key: 'o1', repo: 'acme/shop', pr: 7, ts: '2026-05-04T11:00:00.000Z', merged: true, spec_amended: false },
      { kind: 'pr-outcome', key: 'o2', repo: 'acme/shop', pr: 8, ts: '2026-05-04T12:00:00.000Z', merged: false, spec_amended: false },
    ]);
    const path = write('history-branch/2026-05-04.jsonl', day);
    expect(await readPrOutcomes(path)).toEqual([
      { repo: 'acme/shop', pr: 7, ts: '2026-05-04T11:00:00.000Z', merged: true, spec_amended: false },
      { repo: 'acme/shop', pr: 8, ts: '2026-05-04T12:00:00.000Z', merged: false, spec_amended: false },
    ]);
    // A directory of day files is found by their names.
    expect(await expandInputPaths([join(dir, 'history-branch')], 'pr-outcomes')).toEqual([path]);
  });

  it('reads the cost history day files as they are: call lines are skipped, and the latest outcome of a PR wins', async () => {
    const path = write('history/2026-11-13.jsonl', [
      JSON.stringify({ kind: 'call', key: 'k', source: 'runner-ledger', session: 's', repo: 'a/b', mode: 'plan', model: 'm', ts: '2026-11-13T00:00:00Z', input_tokens: 1, output_tokens: 1, cache_creation_input_tokens: 0, cache_read_input_tokens: 0, cost_micro_usd: 1 }),
      JSON.stringify({ kind: 'pr-outcome', key: 'o1', repo: 'a/b', pr: 5, ts: '2026-11-13T10:00:00.000Z', merged: false, spec_amended: false }),
      JSON.stringify({ kind: 'pr-outcome', key: 'o2', repo: 'a/b', pr: 5, ts: '2026-11-14T10:00:00.000Z', merged: true, spec_amended: false }),
      '',
    ].join('\n'));
    const outcomes = await readPrOutcomes(path);
    expect(outcomes).toHaveLength(2);
    expect(latestOutcomes(outcomes).get('a/b#5')).toMatchObject({ merged: true });
    const bad = write('history/bad.jsonl', '{"repo":"a/b","pr":5,"ts":"2026-11-13T10:00:00Z","merged":"yes","spec_amended":false}\n');
    const error = await configurationError(readPrOutcomes(bad));
    expect(error.message).toContain(`${bad}:1`);
    expect(error.field).toBe('merged');
  });
});
