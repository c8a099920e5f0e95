import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryLogger } from '@agent-guards/action-kit';
import { defaultPolicy } from '@agent-guards/config';
import { forgetGitAnswers } from '@agent-guards/git';
import { logGitProcesses, TempRepo, type GitProcessLog } from '@agent-guards/testkit';
import { guardNamed, runGuard, type GuardRequest } from '../src/index.js';

// The guards of one `check` run ask git the same questions about the same two commits: the
// second guard to ask gets the first one's answers instead of starting git again.

const repos: TempRepo[] = [];
let git: GitProcessLog;
beforeEach(() => {
  forgetGitAnswers();
  git = logGitProcesses();
});
afterEach(() => {
  git.restore();
  forgetGitAnswers();
  for (const r of repos.splice(0)) r.cleanup();
});

function pullRequest(): GuardRequest {
  const repo = new TempRepo();
  repos.push(repo);
  repo.write({
    'package.json': '{"name":"service","devDependencies":{"vitest":"^4.0.0"}}\n',
    'src/orders/place.ts': "export function place(): string {\n  return 'ok';\n}\n",
    'test/orders/place.test.ts': "import { it } from 'vitest';\nit('places', () => {});\n",
  });
  const base = repo.commit('chore: base');
  repo.checkout('feature', true);
  repo.write({
    'src/orders/place.ts': "import { price } from '../pricing/price.js';\nexport function place(): string {\n  return price();\n}\n",
    'src/pricing/price.ts': "export function price(): string {\n  return '1';\n}\n",
    'test/orders/place.test.ts': "import { it } from 'vitest';\nit('places', () => {});\nit('prices', () => {});\n",
  });
  const head = repo.commit('feat(orders): price orders');
  return { repo: repo.dir, base, head, policy: defaultPolicy(), policyPath: '.github/agent-guards.yml', logger: new MemoryLogger() };
}

const withoutTimes = (report: object): unknown => JSON.parse(JSON.stringify(report, (key, value: unknown) => (/ms$|_ms$|duration/i.test(key) ? undefined : value)));

describe('guards in one process', () => {
  it('share git answers: the second guard gives the same report and starts fewer git processes', async () => {
    const request = pullRequest();
    const skipSet = guardNamed('skip-set')!;
    const boundaries = guardNamed('boundaries')!;

    // boundaries alone, as the first guard in a process.
    const alone = await runGuard(boundaries, request);
    const aloneCalls = git.calls();
    expect(alone.verdict).toBe('pass');

    forgetGitAnswers();
    await runGuard(skipSet, request);
    git.reset();
    const second = await runGuard(boundaries, request);
    const secondCalls = git.calls();

    expect(withoutTimes(second)).toEqual(withoutTimes(alone));
    expect(secondCalls.length).toBeLessThan(aloneCalls.length);
    // The range and its diff were answered for skip-set: boundaries asks none of them again.
    const asked = secondCalls.map((args) => args.find((a, i) => !a.startsWith('-') && args[i - 1] !== '-C' && args[i - 1] !== '-c'));
    expect(asked).not.toContain('diff-tree');
    expect(asked).not.toContain('merge-base');
  });
});
