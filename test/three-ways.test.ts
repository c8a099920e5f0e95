import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { errorReport, MemoryLogger, type GuardReport } from '@agent-guards/action-kit';
import { runScopeGuard } from '@agent-guards/manifest-scope';
import { TempRepo } from '@agent-guards/testkit';
import { runAction } from './harness/run-action.js';
import { pullRequestPayload } from './harness/webhook-payloads.js';

const BIN = resolve(import.meta.dirname, '..', 'packages', 'cli', 'bin', 'agent-guards.js');
const TICKET = '.agent/tickets/SVC-9.yml';
const repos: TempRepo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));

function prRepo(files: Record<string, string>): { repo: TempRepo; base: string; head: string } {
  const repo = new TempRepo();
  repos.push(repo);
  repo.write({ [TICKET]: 'id: SVC-9\ntitle: t\nscope:\n  include: ["src/**"]\n', 'src/a.ts': 'a' });
  const base = repo.commit('chore: base');
  repo.checkout('agent/SVC-9', true);
  repo.write(files);
  return { repo, base, head: repo.commit('feat: change') };
}

async function viaCli(repo: string, base: string, head: string): Promise<{ code: number; report: GuardReport }> {
  const result = await promisify(execFile)(process.execPath, [BIN, 'scope', '--repo', repo, '--base', base, '--head', head, '--ticket', TICKET, '--json']).then(
    (r) => ({ code: 0, stdout: r.stdout }),
    (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
  );
  return { code: result.code, report: JSON.parse(result.stdout) as GuardReport };
}

async function viaLibrary(repo: string, base: string, head: string): Promise<GuardReport> {
  try {
    return (await runScopeGuard({ repo, base, head, ticketPath: TICKET, logger: new MemoryLogger() })).report;
  } catch (error) {
    return errorReport('manifest-scope', (error as Error).message, 'configuration-error');
  }
}

async function viaAction(repo: TempRepo, base: string, head: string): Promise<{ code: number; report: GuardReport }> {
  const run = await runAction({
    action: 'manifest-scope',
    workspace: repo.dir,
    inputs: { ticket: TICKET },
    event: { name: 'pull_request', payload: pullRequestPayload('synchronize', { baseSha: base, headSha: head }) },
  });
  return { code: run.exitCode, report: JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8')) as GuardReport };
}

describe('manifest-scope gives the same report as library, CLI and action', () => {
  it.each([
    ['pass', { 'src/b.ts': 'b' }, 0],
    ['fail', { 'src/auth/b.ts': 'b', 'docs/x.md': 'x' }, 1],
  ] as const)('%s', async (verdict, files, cliCode) => {
    const { repo, base, head } = prRepo(files);
    const library = await viaLibrary(repo.dir, base, head);
    const cli = await viaCli(repo.dir, base, head);
    const action = await viaAction(repo, base, head);
    expect(library.verdict).toBe(verdict);
    expect(cli.report).toEqual(library);
    expect(action.report).toEqual(library);
    expect(cli.code).toBe(cliCode);
    expect(action.code).toBe(verdict === 'pass' ? 0 : 1);
  });

  it('error: a base commit missing from the clone', async () => {
    const { repo, head } = prRepo({ 'src/b.ts': 'b' });
    const missing = 'f'.repeat(40);
    const library = await viaLibrary(repo.dir, missing, head);
    const cli = await viaCli(repo.dir, missing, head);
    const action = await viaAction(repo, missing, head);
    expect(library.verdict).toBe('error');
    expect(cli.report).toEqual(library);
    expect(action.report).toEqual(library);
    expect(cli.code).toBe(2);
    expect(action.code).toBe(1);
  });
});
