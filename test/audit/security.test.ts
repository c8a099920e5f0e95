import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditFile, formatViolations, SECURITY_RULES } from './security-rules.js';
import { FIXTURES, fixture, shippedActionPaths, shippedFiles, shippedWorkflowPaths } from './shipped-files.js';
import { parseAuditFile } from './workflow-model.js';

const shipped = shippedFiles();

function rulesFired(name: string): string[] {
  return [...new Set(auditFile(fixture(name)).map((v) => v.rule))].sort();
}

describe('security audit of every workflow, template and action.yml we ship', () => {
  it('finds the files it audits', () => {
    // Named, so a renamed or moved file cannot quietly drop out of the audit.
    expect(shippedWorkflowPaths()).toEqual(
      expect.arrayContaining([
        '.github/workflows/agent-guards.yml',
        '.github/workflows/agent-pipeline.yml',
        '.github/workflows/ci.yml',
        'action-templates/workflow-templates/agent-guards.yml',
        'action-templates/workflow-templates/agent-pipeline.yml',
      ]),
    );
    expect(shippedActionPaths()).toEqual(expect.arrayContaining(['actions/guards/action.yml', 'actions/setup-toolchain/action.yml', 'actions/protection/action.yml']));
  });

  it.each(SECURITY_RULES.map((r) => [r.id, r] as const))('%s: no shipped file breaks it', (_id, rule) => {
    const violations = shipped.flatMap((file) => rule.check(file));
    expect(violations, formatViolations(violations)).toEqual([]);
  });
});

describe('each check fails its fixture, and only that check fires', () => {
  const fixtures = readdirSync(FIXTURES).filter((f) => /\.ya?ml$/.test(f));

  it('has a failing fixture for every rule', () => {
    const covered = new Set(fixtures.map((f) => f.replace(/(-default)?(\.action)?\.ya?ml$/, '')));
    expect(SECURITY_RULES.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it.each(fixtures)('%s', (name) => {
    const rule = name.replace(/(-default)?(\.action)?\.ya?ml$/, '');
    expect(rulesFired(name)).toEqual([rule]);
  });

  it('reports each unpinned kind of uses: a tag, a bare SHA, a branch, an image tag', () => {
    const messages = auditFile(fixture('unpinned-uses.yml')).map((v) => `${v.line}: ${v.message.split(':')[0]}`);
    expect(messages).toEqual([
      '13: actions/checkout@v6 is not pinned to a full commit SHA',
      '16: actions/setup-node@6044e13b5dc448c55e2357c09f80417699197238 has no version comment (`# v1.2.3`)',
      '17: docker',
      '19: octo-org/workflows/.github/workflows/build.yml@main is not pinned to a full commit SHA',
    ]);
  });

  it('finds injection in a github-script script as well as in run:', () => {
    expect(auditFile(fixture('template-injection.yml')).map((v) => v.line)).toEqual([13, 16]);
  });

  it('names the agent job when its checkout keeps the token', () => {
    expect(auditFile(fixture('checkout-persists-credentials.yml'))[0]?.message).toContain('in the job where the agent runs');
  });
});

describe('what the checks accept', () => {
  const clean = (body: string) => auditFile(parseAuditFile(body, 'inline.yml')).map((v) => v.rule);
  const head = 'name: x\non: pull_request\nconcurrency:\n  group: x\n';

  it('read-all and read/none scopes at the top; write scopes on a job', () => {
    expect(clean(`${head}permissions: read-all\njobs:\n  a:\n    runs-on: x\n    permissions:\n      contents: write\n    steps:\n      - run: echo\n`)).toEqual([]);
    expect(clean(`${head}permissions:\n  contents: read\n  packages: none\njobs: {}\n`)).toEqual([]);
  });

  it('local actions, digest-pinned images and SHA pins with a version comment', () => {
    const body = `${head}permissions: {}\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: ./actions/guards\n      - uses: docker://alpine@sha256:${'a'.repeat(64)}\n      - uses: octo/x/y@${'b'.repeat(40)} # v1\n`;
    expect(clean(body)).toEqual([]);
  });

  it('event data read from env: in a script that writes only to GITHUB_OUTPUT', () => {
    const body = `${head}permissions: {}\njobs:\n  a:\n    runs-on: x\n    steps:\n      - env:\n          T: \${{ github.event.pull_request.title }}\n        run: echo "t=$T" >> "$GITHUB_OUTPUT"\n`;
    expect(clean(body)).toEqual([]);
  });

  it('the PR author login, and the word github.actor in a comment', () => {
    const body = `${head}permissions: {}\njobs:\n  a:\n    # never github.actor\n    if: github.event.pull_request.user.login == 'octo-agent[bot]'\n    runs-on: x\n    steps:\n      - run: echo\n`;
    expect(clean(body)).toEqual([]);
  });

  it('pull_request_target that never checks out the PR', () => {
    const body = `name: x\non: pull_request_target\npermissions: {}\nconcurrency: x\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo labelled\n`;
    expect(clean(body)).toEqual([]);
  });
});
