import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GUARD_NAMES, MemoryLogger, parseActionMetadata } from '@agent-guards/action-kit';
import { defaultPolicy } from '@agent-guards/config';
import { resetSharedTelemetry } from '@agent-guards/telemetry';
import { startOtlpReceiver, TempRepo } from '@agent-guards/testkit';
import { GUARDS, missingNeeds, runGuard, type GuardRequest } from '../src/index.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const repos: TempRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

describe('the guard registry', () => {
  it('has one definition per guard, named as its action, its package and its CLI command', () => {
    expect(GUARDS.map((g) => g.name)).toEqual([...GUARD_NAMES]);
    for (const g of GUARDS) {
      expect(readFileSync(join(ROOT, 'actions', g.name, 'action.yml'), 'utf8'), g.name).toContain(`agent-guards: ${g.name}`);
      expect(JSON.parse(readFileSync(join(ROOT, 'packages', g.name, 'package.json'), 'utf8')).name).toBe(`@agent-guards/${g.name}`);
    }
  });

  it('is what the guards composite action runs by default, in its order', () => {
    const meta = parseActionMetadata(readFileSync(join(ROOT, 'actions', 'guards', 'action.yml'), 'utf8'));
    expect(meta.inputs.guards?.default?.split(',')).toEqual(GUARDS.map((g) => g.name));
  });

  it('says what each guard lacks, and turns a guard that throws into its error report', async () => {
    const repo = new TempRepo();
    repos.push(repo);
    repo.write({ 'README.md': 'x\n' });
    const base = repo.commit('chore: base');
    const request: GuardRequest = { repo: repo.dir, base, head: base, policy: defaultPolicy(), policyPath: '.github/agent-guards.yml', logger: new MemoryLogger() };
    expect(Object.fromEntries(GUARDS.map((g) => [g.name, missingNeeds(g, request)]))).toEqual({
      'manifest-scope': ['ticket'],
      'skip-set': [],
      'spec-conformance': ['body'],
      'cost-ceiling': ['usage'],
      boundaries: [],
    });
    // A ticket that does not exist at base: the guard could not decide, so its verdict is error, never pass.
    const scope = GUARDS.find((g) => g.name === 'manifest-scope')!;
    const report = await runGuard(scope, { ...request, ticketPath: '.agent/tickets/NOPE-1.yml' });
    expect(report).toMatchObject({ guard: 'manifest-scope', verdict: 'error', findings: [{ rule: 'configuration-error' }] });
  });

  it('makes each run one span, `guard {name}`, under the TRACEPARENT the pipeline passes, with its verdict', async () => {
    const receiver = await startOtlpReceiver();
    const saved = { endpoint: process.env.OTEL_EXPORTER_OTLP_ENDPOINT, parent: process.env.TRACEPARENT };
    process.env.OTEL_EXPORTER_OTLP_ENDPOINT = receiver.url;
    process.env.TRACEPARENT = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
    await resetSharedTelemetry();
    try {
      const repo = new TempRepo();
      repos.push(repo);
      repo.write({ 'README.md': 'x\n' });
      const base = repo.commit('chore: base');
      const request: GuardRequest = { repo: repo.dir, base, head: base, policy: defaultPolicy(), policyPath: '.github/agent-guards.yml', logger: new MemoryLogger() };
      const scope = GUARDS.find((g) => g.name === 'manifest-scope')!;
      await runGuard(scope, { ...request, ticketPath: '.agent/tickets/NOPE-1.yml' });
      await runGuard(GUARDS.find((g) => g.name === 'boundaries')!, request);
      expect(receiver.spans.map((s) => [s.name, s.traceId, s.parentSpanId, s.attributes['agent_guards.verdict'], s.status])).toEqual([
        ['guard manifest-scope', '0af7651916cd43dd8448eb211c80319c', 'b7ad6b7169203331', 'error', 2],
        ['guard boundaries', '0af7651916cd43dd8448eb211c80319c', 'b7ad6b7169203331', 'pass', 1],
      ]);
      expect(receiver.spans[0]!.attributes).toMatchObject({ 'error.type': 'error', 'agent_guards.rules': ['configuration-error'] });
    } finally {
      await receiver.close();
      for (const [k, v] of [['OTEL_EXPORTER_OTLP_ENDPOINT', saved.endpoint], ['TRACEPARENT', saved.parent]] as const) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
      await resetSharedTelemetry();
    }
  });
});
