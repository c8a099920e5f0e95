import { afterEach, describe, expect, it } from 'vitest';
import { MemoryLogger } from '@agent-guards/action-kit';
import { defaultPolicy } from '@agent-guards/config';
import { TempRepo } from '@agent-guards/testkit';
import { GUARDS, missingNeeds, runGuard, type GuardRequest } from '../src/index.js';

const repos: TempRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

describe('skip-set in the registry: the ticket is optional, and its scope may name test harness', () => {
  const skipSet = GUARDS.find((g) => g.name === 'skip-set')!;

  function prChangingConftest(scope: string[]): GuardRequest {
    const repo = new TempRepo();
    repos.push(repo);
    repo.write({
      '.agent/tickets/SVC-7.yml': `id: SVC-7\ntitle: Share a fixture\nscope:\n  include: [${scope.map((s) => JSON.stringify(s)).join(', ')}]\n`,
      'tests/test_a.py': 'def test_a():\n    assert True\n',
    });
    const base = repo.commit('chore: base');
    repo.write({ 'tests/conftest.py': 'import pytest\n\n\n@pytest.fixture\ndef cart():\n    return []\n' });
    const head = repo.commit('test: share a cart fixture');
    return { repo: repo.dir, base, head, policy: defaultPolicy(), policyPath: '.github/agent-guards.yml', logger: new MemoryLogger() };
  }

  it('still needs nothing, and fails a harness change when no ticket is given', async () => {
    const request = prChangingConftest(['tests/conftest.py']);
    expect(missingNeeds(skipSet, request)).toEqual([]);
    const report = await runGuard(skipSet, request);
    expect(report.verdict).toBe('fail');
    expect(report.findings.map((f) => f.rule)).toEqual(['test-harness-changed']);
  });

  it('reads the ticket at base when the request names it, and passes what its scope names', async () => {
    const request = prChangingConftest(['tests/conftest.py']);
    const report = await runGuard(skipSet, { ...request, ticketPath: '.agent/tickets/SVC-7.yml' });
    expect(report.verdict).toBe('pass');
    expect(report.findings).toEqual([expect.objectContaining({ rule: 'test-harness-changed', severity: 'notice' })]);
  });

  it('fails closed (error) on a ticket path that does not exist at base', async () => {
    const report = await runGuard(skipSet, { ...prChangingConftest(['tests/**']), ticketPath: '.agent/tickets/NOPE.yml' });
    expect(report.verdict).toBe('error');
  });
});
