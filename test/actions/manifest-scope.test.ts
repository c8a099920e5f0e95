import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { shallowClone, TempRepo } from '@agent-guards/testkit';
import { runAction } from '../harness/run-action.js';
import { pullRequestPayload } from '../harness/webhook-payloads.js';

const TICKET = '.agent/tickets/SVC-7.yml';
const repos: TempRepo[] = [];
afterEach(() => {
  while (repos.length) repos.pop()!.cleanup();
});

function serviceRepo(): { repo: TempRepo; base: string } {
  const repo = new TempRepo();
  repos.push(repo);
  repo.write({
    '.github/agent-guards.yml': 'version: 1\n',
    [TICKET]: 'id: SVC-7\ntitle: Page views\nspec: ["§3"]\nscope:\n  include: ["src/events/**"]\n',
    'src/events/a.ts': 'a\n',
  });
  const base = repo.commit('chore: base');
  repo.checkout('agent/SVC-7', true);
  return { repo, base };
}

function event(repo: TempRepo, base: string, extra: Record<string, unknown> = {}) {
  return { name: 'pull_request', payload: pullRequestPayload('synchronize', { baseSha: base, headSha: repo.head(), headRef: 'agent/SVC-7', baseRef: 'main', number: 7, ...extra }) };
}

describe('manifest-scope action (dist/index.js as the runner runs it)', () => {
  it('passes an in-scope PR, deriving the ticket from the branch, and writes outputs and a summary', async () => {
    const { repo, base } = serviceRepo();
    repo.write({ 'src/events/b.ts': 'b\n' });
    repo.commit('feat: b');
    const run = await runAction({ action: 'manifest-scope', workspace: repo.dir, event: event(repo, base) });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(run.outputs['files-checked']).toBe('1');
    expect(JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8'))).toMatchObject({ guard: 'manifest-scope', verdict: 'pass', findings: [] });
    expect(run.summary).toContain('## ✅ manifest-scope: pass');
    expect(run.annotations).toEqual([]);
  });

  it('fails an out-of-scope PR with one annotation per path and says how many were not annotated', async () => {
    const { repo, base } = serviceRepo();
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i += 1) files[`src/billing/f${String(i).padStart(2, '0')}.ts`] = 'x';
    files['src/other.ts'] = 'y';
    repo.write(files);
    repo.commit('feat: stray');
    const run = await runAction({ action: 'manifest-scope', workspace: repo.dir, event: event(repo, base), inputs: { ticket: TICKET } });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.outputs.violations).toBe('13');
    const errors = run.annotations.filter((a) => a.level === 'error' && a.file);
    expect(errors).toHaveLength(10);
    expect(errors[0]).toMatchObject({ file: 'src/billing/f00.ts', title: 'manifest-scope: forbidden-path' });
    expect(run.stdout).toContain('3 error(s) more finding(s) with a file were not annotated');
    expect(run.summary).toContain('src/other.ts');
    expect(run.summary).toContain('src/billing/f11.ts');
    expect(run.stdout).toMatch(/::error::manifest-scope failed: 13 violation\(s\)/);
  });

  it('fails closed with the fetch-depth fix on a shallow checkout', async () => {
    const { repo, base } = serviceRepo();
    repo.write({ 'src/events/b.ts': 'b\n' });
    repo.commit('feat: b');
    repo.write({ 'src/events/c.ts': 'c\n' });
    const head = repo.commit('feat: c');
    repo.checkout('main');
    repo.write({ 'README.md': 'main moves\n' });
    const mainTip = repo.commit('docs: main');
    const clone = shallowClone(repo, 1, 'agent/SVC-7');
    repos.push(clone);
    clone.git('fetch', '-q', '--depth=1', 'origin', 'main:main');
    const run = await runAction({
      action: 'manifest-scope',
      workspace: clone.dir,
      event: { name: 'pull_request', payload: pullRequestPayload('synchronize', { baseSha: mainTip, headSha: head, headRef: 'agent/SVC-7', commits: 2 }) },
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe('error');
    expect(run.stdout).toMatch(/fetch-depth: 0/);
    expect(run.summary).toContain('⛔ manifest-scope: error');
    void base;
  });

  it('keeps untrusted file names from issuing workflow commands', async () => {
    const { repo, base } = serviceRepo();
    repo.write({ 'src/x\n::add-mask::hunter2\n::error file=fake.ts::injected.ts': 'x' });
    repo.commit('feat: evil name');
    const run = await runAction({ action: 'manifest-scope', workspace: repo.dir, event: event(repo, base) });
    expect(run.outputs.verdict).toBe('fail');
    expect(run.annotations.filter((a) => a.file === 'fake.ts')).toEqual([]);
    expect(run.stdout).not.toMatch(/^::add-mask::/m);
    expect(run.annotations.filter((a) => a.level === 'error' && a.file)).toHaveLength(1);
  });

  it('reports a missing ticket as a configuration error naming the input', async () => {
    const { repo, base } = serviceRepo();
    repo.checkout('feature/not-an-agent-branch', true);
    repo.write({ 'src/events/b.ts': 'b\n' });
    repo.commit('feat: b');
    const run = await runAction({
      action: 'manifest-scope',
      workspace: repo.dir,
      event: { name: 'pull_request', payload: pullRequestPayload('opened', { baseSha: base, headSha: repo.head(), headRef: 'feature/not-an-agent-branch' }) },
    });
    expect(run.outputs.verdict).toBe('error');
    expect(run.stdout).toContain("field 'ticket'");
  });
});
