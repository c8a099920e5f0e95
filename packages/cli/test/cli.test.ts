import { afterAll, describe, expect, it } from 'vitest';
import { MemoryLogger } from '@agent-guards/action-kit';
import { TempRepo } from '@agent-guards/testkit';
import { main } from '../src/cli.js';
import { buildExampleRepo } from '../src/example-repo.js';

const dirs: TempRepo[] = [];
afterAll(() => dirs.forEach((d) => d.cleanup()));

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += `${t}\n`), stderr: (t) => (stderr += `${t}\n`), cwd: process.cwd(), env: {}, logger: new MemoryLogger() });
  return { code, stdout, stderr };
}

describe('agent-guards CLI', () => {
  it('prints usage and exits 2 on an unknown command or a missing option', async () => {
    expect((await cli(['nope'])).code).toBe(2);
    const missing = await cli(['scope', '--repo', '.']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('missing --base, --ticket');
    const bad = await cli(['scope', '--bogus']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("Unknown option '--bogus'");
  });

  it('keeps stdout to the JSON report with --json', async () => {
    const example = buildExampleRepo();
    dirs.push(new TempRepo(example.dir, { init: false }));
    const run = await cli(['scope', '--repo', example.dir, '--base', example.base, '--head', example.head, '--ticket', example.ticketPath, '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ guard: 'manifest-scope', verdict: 'pass' });
  });

  it('lints a manifest that grants a shell or a force push in any mode, listing every violation', async () => {
    const repo = new TempRepo();
    dirs.push(repo);
    repo.write({
      '.github/agent-manifest.yml':
        'version: 1\nmodes:\n  frame: { read: [read_file] }\n  plan: { inherit: frame, read: [bash] }\n  implement: { inherit: plan, write: [edit_file, delete_file] }\n  review: { inherit: implement, write: [git_force_push, web_fetch] }\n',
    });
    const run = await cli(['manifest-lint', '--repo', repo.dir, '--json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: { message: string }[] };
    expect(report.findings.map((f) => f.message.split(':')[0])).toEqual([
      "mode 'plan' binds 'bash'",
      "mode 'implement' binds 'delete_file'",
      "mode 'review' binds 'git_force_push'",
      "mode 'review' binds 'web_fetch'",
    ]);
  });

  it('passes the spec §5 manifest', async () => {
    const example = buildExampleRepo();
    dirs.push(new TempRepo(example.dir, { init: false }));
    const run = await cli(['manifest-lint', '--repo', example.dir]);
    expect(run.stdout).toContain('manifest-lint: PASS');
    expect(run.code).toBe(0);
  });

  it('runs the main job on the embedded example and writes the reports', async () => {
    const repo = new TempRepo();
    dirs.push(repo);
    const run = await cli(['demo', '--out', repo.dir, '--json']);
    const combined = JSON.parse(run.stdout) as { verdict: string; reports: { guard: string }[] };
    expect(combined.verdict).toBe('pass');
    expect(combined.reports.map((r) => r.guard)).toContain('manifest-scope');
    expect(run.code).toBe(0);
  });
});
