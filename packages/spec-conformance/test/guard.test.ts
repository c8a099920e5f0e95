import { afterAll, describe, expect, it } from 'vitest';
import { ConfigurationError, MemoryLogger } from '@agent-guards/action-kit';
import { TicketSchema } from '@agent-guards/config';
import { runSpecGuard, type SpecGuardOptions } from '@agent-guards/spec-conformance';
import { shallowClone, TempRepo } from '@agent-guards/testkit';
import { BUMP, commitChain, MAP_PATH, policy, serviceRepo as newServiceRepo, SPEC_MARKDOWN, SPEC_PATH, type ChainCommit } from './helpers.js';

const repos: TempRepo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));
const serviceRepo = (options: { map?: boolean } = {}) => {
  const service = newServiceRepo(options);
  repos.push(service.repo);
  return service;
};

const BODY = 'Bumps vitest to 4.1.12.\n\nImplements §3 (Authorized scope) clause 9 — dev dependency updates.\n';

function options(repo: TempRepo, base: string, head: string, extra: Partial<SpecGuardOptions> = {}): SpecGuardOptions {
  return { repo: repo.dir, base, head, policy: policy({ map: MAP_PATH }), body: BODY, logger: new MemoryLogger(), ...extra };
}

const rules = (run: { report: { findings: { rule: string }[] } }) => run.report.findings.map((f) => f.rule).sort();

describe('runSpecGuard', () => {
  it('passes a dev-dependency bump that names §3 clause 9, addresses it per the map and has conventional commits', async () => {
    const { repo, base } = serviceRepo();
    const head = commitChain(repo, 'agent/bump', base, [BUMP]);
    const run = await runSpecGuard(options(repo, base, head, { prCommits: 1 }));
    expect(run.report).toMatchObject({ guard: 'spec-conformance', verdict: 'pass', findings: [] });
    expect(run.outputs).toEqual({ sections: '§3 clause 9', 'commits-checked': 1 });
    expect(run.report.metrics).toMatchObject({ sections: 1, 'sections-addressed': 1, 'spec-sections': 12, 'map-entries': 7 });
    expect(run.summary).toContain('✅ addressed — map entry');
    expect(run.summary).toContain('dev dependencies changed: vitest');
  });

  it('fails a PR whose change does not address the section it names, saying why and how to fix it', async () => {
    const { repo, base } = serviceRepo();
    const head = commitChain(repo, 'agent/bump', base, [BUMP, { message: 'feat: listen on 9090', files: { 'src/app.ts': 'export const port = 9090;\n' } }]);
    const run = await runSpecGuard(options(repo, base, head, { bodyPath: 'pr-body.md' }));
    expect(run.report.verdict).toBe('fail');
    const finding = run.report.findings.find((f) => f.rule === 'section-not-addressed')!;
    expect(finding).toMatchObject({ severity: 'error', path: 'pr-body.md', line: 3 });
    expect(finding.message).toContain("§3 (Authorized scope) clause 9 is not addressed by this change according to docs/agent-spec-map.yml: map entry '§3 clause 9'");
    expect(finding.message).toContain("not a dev-dependency-update: changes files that are not dependency manifests or lockfiles: 'src/app.ts'");
    expect(finding.message).toContain('Fix:');
  });

  it('fails a description whose only reference sits in an HTML comment', async () => {
    const { repo, base } = serviceRepo();
    const head = commitChain(repo, 'agent/bump', base, [BUMP]);
    const run = await runSpecGuard(options(repo, base, head, { body: 'Bumps vitest.\n<!-- Implements §3 clause 9 -->\n' }));
    expect(rules(run)).toEqual(['missing-spec-reference']);
    expect(run.report.findings[0]!.message).toContain('did not count: in an HTML comment');
    expect(run.outputs).toEqual({ sections: '', 'commits-checked': 1 });
  });

  it('reads the spec at base: a section the PR adds to the spec does not exist', async () => {
    const { repo, base } = serviceRepo();
    const head = commitChain(repo, 'agent/spec', base, [
      { message: 'docs: add §13', files: { [SPEC_PATH]: `${SPEC_MARKDOWN}\n## §13 Anything goes\n\n- The agent may edit anything.\n` } },
    ]);
    const run = await runSpecGuard(options(repo, base, head, { body: 'Implements §13 (Anything goes) clause 1' }));
    expect(rules(run)).toEqual(['unknown-spec-section']);
    expect(run.report.findings[0]!.message).toContain('the spec has no §13');
  });

  it('without a map, checks existence and says conformance was not checked; spec.require_map makes that fail', async () => {
    const { repo, base } = serviceRepo({ map: false });
    const head = commitChain(repo, 'agent/bump', base, [BUMP]);
    const lenient = await runSpecGuard(options(repo, base, head, { policy: policy() }));
    expect(lenient.report.verdict).toBe('pass');
    expect(lenient.report.findings).toMatchObject([{ rule: 'conformance-not-checked', severity: 'notice' }]);
    expect(lenient.summary).toContain('not checked (no spec map)');
    const strict = await runSpecGuard(options(repo, base, head, { policy: policy({ require_map: true }) }));
    expect(strict.report.verdict).toBe('fail');
    expect(strict.report.findings).toMatchObject([{ rule: 'conformance-not-checked', severity: 'error' }]);
  });

  it('reports a named section the map has no entry for as not checked', async () => {
    const { repo, base } = serviceRepo();
    const head = commitChain(repo, 'agent/bump', base, [BUMP]);
    const run = await runSpecGuard(options(repo, base, head, { body: `${BODY}Also keeps §6 clause 4 (Spec-conformance gate).` }));
    expect(run.report.verdict).toBe('pass');
    expect(run.report.findings).toMatchObject([{ rule: 'conformance-not-checked', severity: 'notice' }]);
    expect(run.report.findings[0]!.message).toContain('§6 (Invariants) clause 4 has no entry in docs/agent-spec-map.yml');
  });

  it("fails when the description does not name the ticket's sections", async () => {
    const { repo, base } = serviceRepo();
    const head = commitChain(repo, 'agent/bump', base, [BUMP]);
    const ticket = TicketSchema.parse({ id: 'SVC-7', title: 'Bump vitest', spec: ['§3.9', '§11 clause 3'], scope: { include: ['package.json'] } });
    const run = await runSpecGuard(options(repo, base, head, { ticket, ticketPath: '.agent/tickets/SVC-7.yml' }));
    expect(rules(run)).toEqual(['ticket-spec-not-referenced']);
    expect(run.report.findings[0]!.message).toContain("ticket SVC-7 implements §11 (Agent execution instructions) clause 3, which the PR description does not name. Fix: add '§11 clause 3'");
  });

  it('checks every one of 300 commits, past any first page, naming the bad ones by sha', async () => {
    const { repo, base } = serviceRepo();
    const commits: ChainCommit[] = Array.from({ length: 300 }, (_, i) => ({
      message: i === 260 ? 'Update stuff' : i === 299 ? 'fixup! test: cover case 3' : `test: cover case ${i}`,
      files: { [`tests/case_${i}.test.ts`]: `it('case ${i}', () => {});\n` },
    }));
    const head = commitChain(repo, 'agent/many', base, commits);
    const shas = repo.git('rev-list', '--reverse', `${base}..${head}`).split('\n');
    const run = await runSpecGuard(options(repo, base, head, { body: 'Implements §4 clause 2 (no deletion or skip of existing tests)', prCommits: 300 }));
    expect(run.outputs).toMatchObject({ 'commits-checked': 300 });
    expect(rules(run)).toEqual(['non-conventional-commit', 'non-conventional-commit']);
    const messages = run.report.findings.map((f) => f.message);
    expect(messages[0]).toContain(`commit ${shas[260]!.slice(0, 12)} 'Update stuff'`);
    expect(messages[1]).toContain(`commit ${shas[299]!.slice(0, 12)} 'fixup! test: cover case 3': 'fixup!' commit left unsquashed`);
    expect(run.summary).toContain('✅ addressed');
  });

  it('fails closed when the local history does not hold the commits the pull request has', async () => {
    const { repo, base } = serviceRepo();
    const head = commitChain(repo, 'agent/bump', base, [BUMP]);
    await expect(runSpecGuard(options(repo, base, head, { prCommits: 2 }))).rejects.toThrow(/the pull request has 2 commit\(s\), but .* holds 1/);
  });

  it('fails closed on a shallow clone that lacks the history joining base and head', async () => {
    const { repo, base } = serviceRepo();
    const head = commitChain(repo, 'agent/many', base, Array.from({ length: 5 }, (_, i) => ({ message: `test: step ${i}`, files: { [`tests/s${i}.test.ts`]: 'x\n' } })));
    const clone = shallowClone(repo, 2, 'agent/many');
    repos.push(clone);
    clone.git('fetch', '-q', '--depth=1', 'origin', 'main');
    const run = runSpecGuard(options(clone, base, head, { policy: policy() }));
    await expect(run).rejects.toThrow(ConfigurationError);
    await expect(run).rejects.toThrow(/the clone is shallow/);
  });

  it('fails closed when a shallow boundary cuts a merged branch inside base..head, though the merge base is present', async () => {
    const { repo, base } = serviceRepo();
    const side = commitChain(repo, 'side', base, Array.from({ length: 5 }, (_, i) => ({ message: i === 0 ? 'wip' : `test: side ${i}`, files: { [`tests/side${i}.test.ts`]: 'x\n' } })));
    const own = commitChain(repo, 'agent/merge', base, [BUMP]);
    const merge = repo.git('commit-tree', `${own}^{tree}`, '-p', own, '-p', side, '-m', "Merge branch 'side' into agent/merge");
    repo.git('update-ref', 'refs/heads/agent/merge', merge);
    const clone = shallowClone(repo, 3, 'agent/merge');
    repos.push(clone);
    // The unshallow repository itself sees the unconventional first side commit.
    expect(rules(await runSpecGuard(options(repo, base, merge)))).toEqual(['non-conventional-commit']);
    await expect(runSpecGuard(options(clone, base, merge))).rejects.toThrow(/the clone is shallow and cuts the PR's history at/);
  });

  it('is a configuration error when the spec is missing at base', async () => {
    const repo = new TempRepo();
    repos.push(repo);
    const base = repo.write({ 'README.md': 'x\n' }).commit('chore: init');
    const head = commitChain(repo, 'agent/x', base, [{ message: 'docs: add the spec', files: { [SPEC_PATH]: SPEC_MARKDOWN } }]);
    await expect(runSpecGuard(options(repo, base, head, { policy: policy() }))).rejects.toThrow(`${SPEC_PATH}, field 'spec.path': the spec does not exist at the base commit`);
  });
});
