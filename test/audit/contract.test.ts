import { describe, expect, it } from 'vitest';
import { actionContractProblems, jobOutputProblems, workflowCallProblems } from './contracts.js';
import { shippedFiles } from './shipped-files.js';
import { loadAuditFile, type AuditFile } from './workflow-model.js';
import { FIXTURES } from './shipped-files.js';
import { join } from 'node:path';

const contractFixture = (name: string): AuditFile => loadAuditFile(join(FIXTURES, 'contract', name), name);
const shipped = shippedFiles();

describe('contracts between our workflows, templates and actions', () => {
  it.each(shipped.map((f) => [f.path, f] as const))('%s: every use of our actions passes declared inputs, all required ones, and reads declared outputs', (_path, file) => {
    expect(actionContractProblems(file)).toEqual([]);
  });

  it.each(shipped.map((f) => [f.path, f] as const))('%s: every call of our reusable workflows matches their inputs, secrets and outputs', (_path, file) => {
    expect(workflowCallProblems(file)).toEqual([]);
  });

  it.each(shipped.map((f) => [f.path, f] as const))('%s: job outputs are read from jobs that are needed and declare them', (_path, file) => {
    expect(jobOutputProblems(file)).toEqual([]);
  });

  it('checks real uses: both reusable workflows and the guards composite use our actions', () => {
    const uses = (path: string) => {
      const file = shipped.find((f) => f.path === path)!;
      return file.steps.filter((s) => /\.agent-guards\/actions\/|GITHUB_ACTION_PATH\/\.\.\//.test(`${s.uses?.value ?? ''} ${s.run?.value ?? ''}`)).length;
    };
    // Five guards, and setup-toolchain twice in the skip-set job: for the PR checkout and, for layer 3, the merge base's.
    expect(uses('.github/workflows/agent-guards.yml')).toBe(7);
    expect(uses('.github/workflows/agent-pipeline.yml')).toBe(4);
    expect(uses('actions/guards/action.yml')).toBe(5);
  });
});

describe('the contract checks fail their fixtures', () => {
  it('an undeclared input, an undeclared output, a missing action', () => {
    expect(actionContractProblems(contractFixture('action-uses.yml'))).toEqual([
      expect.stringContaining("passes 'ticket', which actions/boundaries/action.yml does not declare"),
      expect.stringContaining("'violations' is read as an output, but actions/boundaries/action.yml declares no such output"),
      expect.stringContaining('uses actions/no-such-guard, but actions/no-such-guard/action.yml does not exist'),
    ]);
  });

  it('a composite step handing a sibling bundle an input it does not declare', () => {
    // Whether boundaries' bundle is committed right now is another check's business.
    const problems = actionContractProblems(contractFixture('composite-bundle.action.yml')).filter((p) => !p.includes('is not committed'));
    expect(problems).toEqual([
      expect.stringContaining("passes 'base sha', which actions/boundaries/action.yml does not declare"),
      expect.stringContaining("'edges' is read as an output, but actions/boundaries/action.yml declares no such output"),
    ]);
  });

  it('a reusable-workflow call with wrong inputs, secrets and outputs', () => {
    expect(workflowCallProblems(contractFixture('workflow-call.yml'))).toEqual([
      expect.stringContaining("passes input 'model', which .github/workflows/agent-pipeline.yml does not declare"),
      expect.stringContaining("does not pass input 'agent-app-id', which .github/workflows/agent-pipeline.yml requires"),
      expect.stringContaining("passes secret 'github-token', which .github/workflows/agent-pipeline.yml does not declare"),
      expect.stringContaining("does not pass secret 'agent-app-private-key', which .github/workflows/agent-pipeline.yml requires"),
      expect.stringContaining('needs.agent.outputs.cost is read, but .github/workflows/agent-pipeline.yml declares no such output'),
    ]);
  });

  it('job outputs read from a job not needed, or never declared', () => {
    expect(jobOutputProblems(contractFixture('job-outputs.yml'))).toEqual([
      expect.stringContaining("reads needs.check.outputs.verdicts, which job 'check' does not declare"),
      expect.stringContaining("reads needs.lint.outputs.result without needing 'lint'"),
      expect.stringContaining("workflow output 'verdict' (${{ jobs.check.outputs.result }}) is not the output of a job here"),
    ]);
  });
});
