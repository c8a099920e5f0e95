import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError } from '@agent-guards/action-kit';
import { minimatch } from 'minimatch';
import * as z from 'zod/mini';
import { capText, defineTool, ToolRefusal, ToolRejection, type SessionServices, type TestRun, type ToolResult } from './tool.js';

/** A test filter is one argv element: a test name, file or node id — never an option, never outside the repo. */
const FILTER = /^[A-Za-z0-9_][A-Za-z0-9_./:@=[\] -]{0,199}$/;
const TAIL_LINES = 150;

export function validateTestFilter(filter: string): string {
  if (!FILTER.test(filter) || filter.includes('..') || filter.includes('//')) {
    throw new ToolRefusal(`test filter ${JSON.stringify(filter.slice(0, 80))} refused: letters, digits and _ . / : @ = [ ] - space only, not starting with - and without '..'.`);
  }
  return filter;
}

function tail(text: string): string {
  const lines = text.split('\n');
  const shown = lines.slice(-TAIL_LINES).join('\n');
  return capText(lines.length > TAIL_LINES ? `[… ${lines.length - TAIL_LINES} earlier line(s)]\n${shown}` : shown, 16_000, 'output');
}

/** Runs the policy's test or lint command (argv, no shell) in the session's sandbox and stores the output. */
export async function runConfigured(services: SessionServices, kind: 'tests' | 'lint', filter?: string): Promise<TestRun | undefined> {
  const configured = kind === 'tests' ? services.policy.runner.test_command : services.policy.runner.lint_command;
  if (!configured || configured.length === 0) return undefined;
  const argv = [...configured, ...(filter !== undefined ? [validateTestFilter(filter)] : [])];
  const result = await services.runContained(kind === 'tests' ? 'run_tests' : 'run_linter', { argv });
  const run: TestRun = { index: services.testRuns.length + 1, kind, result, passed: result.exitCode === 0 && !result.timedOut };
  services.testRuns.push(run);
  const dir = join(services.sessionDir, 'test-runs');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `run-${run.index}-${kind}.log`), result.output);
  return run;
}

export function describeRun(run: TestRun): string {
  const r = run.result;
  const status =
    r.stoppedBy === 'time'
      ? `timed out after ${Math.round(r.durationMs / 1000)} s`
      : r.stoppedBy === 'output'
        ? 'stopped: it printed more than the sandbox allows (runner.sandbox.max_output_mb)'
        : `exit code ${r.exitCode}${r.signal ? ` (signal ${r.signal})` : ''}`;
  return `${run.kind === 'tests' ? 'tests' : 'linter'} ${run.passed ? 'PASSED' : 'FAILED'} — run ${run.index}, ${status}, ${Math.round(r.durationMs)} ms\n${tail(r.output)}${
    r.output.split('\n').length > TAIL_LINES ? `\n(full output: read_test_output {"run": ${run.index}})` : ''
  }`;
}

export const runTestsTool = defineTool({
  name: 'run_tests',
  description: "Run the repository's configured test command, optionally narrowed by one test filter (a test file, name or node id).",
  input: z.strictObject({ filter: z.optional(z.string().check(z.maxLength(200))) }),
  async run(input, services) {
    const run = await runConfigured(services, 'tests', input.filter);
    if (!run) {
      throw new ConfigurationError('no test command is configured, so the agent cannot run tests.', {
        file: '.github/agent-guards.yml',
        field: 'runner.test_command',
        fix: 'set runner.test_command to the argv of the service test command, e.g. ["npm", "test", "--"].',
      });
    }
    return { content: describeRun(run), attributes: { run: run.index, passed: run.passed, exit_code: run.result.exitCode ?? -1, timed_out: run.result.timedOut } };
  },
});

export const runLinterTool = defineTool({
  name: 'run_linter',
  description: "Run the repository's configured lint command (no arguments).",
  input: z.strictObject({}),
  async run(_input, services): Promise<ToolResult> {
    const run = await runConfigured(services, 'lint');
    if (!run) return { content: 'no lint command is configured (runner.lint_command); the linter check is skipped.', attributes: { configured: false } };
    return { content: describeRun(run), attributes: { run: run.index, passed: run.passed, exit_code: run.result.exitCode ?? -1 } };
  },
});

export const readTestOutputTool = defineTool({
  name: 'read_test_output',
  description: 'Read the stored output of an earlier test or lint run (default: the latest), optionally a line range.',
  input: z.strictObject({
    run: z.optional(z.int().check(z.positive())),
    start_line: z.optional(z.int().check(z.positive())),
    end_line: z.optional(z.int().check(z.positive())),
  }),
  async run(input, services) {
    const run = input.run === undefined ? services.testRuns[services.testRuns.length - 1] : services.testRuns[input.run - 1];
    if (!run) throw new ToolRejection(input.run === undefined ? 'no test or lint run yet.' : `there is no run ${input.run}.`);
    const lines = run.result.output.split('\n');
    const from = (input.start_line ?? 1) - 1;
    const shown = lines.slice(from, input.end_line ?? lines.length).join('\n');
    return { content: capText(shown, 60_000, 'test output'), attributes: { run: run.index } };
  },
});

const PACKAGE_NAME: Record<string, RegExp> = {
  npm: /^(@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/,
  pypi: /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
  go: /^[a-z0-9][a-z0-9.-]*(\/[A-Za-z0-9._~-]+)+$/,
  cargo: /^[A-Za-z0-9][A-Za-z0-9_-]*$/,
};
const VERSION = /^[0-9A-Za-z][0-9A-Za-z.+_~^-]{0,63}$/;
const MANIFEST_FILES: Record<string, string[]> = { npm: ['package.json'], pypi: ['pyproject.toml', 'requirements-dev.txt', 'requirements.txt'], go: ['go.mod'], cargo: ['Cargo.toml'] };

export const installDevDependencyTool = defineTool({
  name: 'install_dev_dependency',
  description: "Install one development dependency from the policy's allowlist with the configured install command (never globally).",
  input: z.strictObject({
    ecosystem: z.enum(['npm', 'pypi', 'go', 'cargo']),
    name: z.string().check(z.minLength(1), z.maxLength(214)),
    version: z.optional(z.string().check(z.maxLength(64))),
  }),
  async run(input, services) {
    const allow = services.policy.dependency_allowlist[input.ecosystem];
    if (!PACKAGE_NAME[input.ecosystem]!.test(input.name)) throw new ToolRefusal(`'${input.name}' is not a valid ${input.ecosystem} package name.`);
    if (input.version !== undefined && !VERSION.test(input.version)) throw new ToolRefusal(`version '${input.version}' refused: a plain version or range only.`);
    if (!allow.some((g) => minimatch(input.name, g, { nocase: input.ecosystem === 'pypi' }))) {
      throw new ToolRefusal(`${input.name} is not on the dev-dependency allowlist for ${input.ecosystem} (policy dependency_allowlist.${input.ecosystem}).`);
    }
    const command = services.policy.runner.install_dev_dependency_command[input.ecosystem];
    if (!command || command.length === 0) throw new ToolRefusal(`no install command is configured for ${input.ecosystem} (policy runner.install_dev_dependency_command.${input.ecosystem}).`);
    const manifests = MANIFEST_FILES[input.ecosystem]!;
    if (!manifests.some((m) => services.plan?.files.includes(m))) {
      throw new ToolRefusal(`the plan does not name the ${input.ecosystem} manifest (${manifests.join(' or ')}); call revisit_plan to add it first.`);
    }
    const sep = input.ecosystem === 'pypi' ? '==' : '@';
    const spec = input.version ? `${input.name}${sep}${input.version}` : input.name;
    // The one command that may use the network: the ecosystem's registries, through the egress proxy.
    const result = await services.runContained('install_dev_dependency', { argv: [...command, spec], egress: services.policy.runner.sandbox.registries[input.ecosystem] });
    services.invalidateGraph();
    const ok = result.exitCode === 0 && !result.timedOut;
    const refused = result.egress.filter((d) => !d.allowed);
    return {
      content: `${ok ? 'installed' : 'install FAILED:'} ${spec} (exit ${result.exitCode})${
        refused.length ? `\nthe egress proxy refused: ${refused.map((d) => `${d.host}:${d.port} (${d.reason})`).join('; ')}` : ''
      }\n${tail(result.output)}`,
      attributes: { package: spec, exit_code: result.exitCode ?? -1, egress_allowed: result.egress.length - refused.length, egress_refused: refused.length },
    };
  },
});
