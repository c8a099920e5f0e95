import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryLogger } from '@agent-guards/action-kit';
import { TempRepo } from '@agent-guards/testkit';
import { startMessagesServer, type MessagesServer } from '@agent-guards/local-servers';
import { main } from '../src/cli.js';
import { buildExampleRepo, EXAMPLE_DIR } from '../src/example-repo.js';
import { loadTranscript } from '../src/scripted-model.js';

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function cli(argv: string[], env: NodeJS.ProcessEnv, cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += `${t}\n`), stderr: (t) => (stderr += `${t}\n`), cwd, env, logger: new MemoryLogger() });
  return { code, stdout, stderr };
}

describe('agent-guards agent-runner (run), locally', () => {
  it('refuses to start without a model key, in one line that says how', async () => {
    const r = await cli(['run', '--ticket', '.agent/tickets/x.yml'], {}, process.cwd());
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual(['agent-guards agent-runner: no model key: export ANTHROPIC_API_KEY=… (it goes to the model client only, never to a tool process).']);
  });

  it('refuses a folder that is not a git checkout, naming the option', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'not-a-repo-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const r = await cli(['run', '--repo', dir, '--ticket', 'x.yml'], { ANTHROPIC_API_KEY: 'k' }, dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/field '--repo': .* is not a git checkout\. Fix: pass the folder of a git clone/);
  });

  it("never touches the user's checkout: it works in a worktree under the state directory it prints, and leaves a branch", async () => {
    const root = mkdtempSync(join(tmpdir(), 'cli-run-'));
    cleanups.push(() => rmSync(root, { recursive: true, force: true }));
    const example = buildExampleRepo(join(root, 'service'), { withPr: false });
    const checkout = new TempRepo(example.dir, { init: false });
    const state = join(root, 'state');
    const model: MessagesServer = await startMessagesServer({ script: loadTranscript(join(EXAMPLE_DIR, 'transcript.json')) });
    cleanups.push(() => model.close());
    // The SDK reads these from the process environment, as it would in a terminal.
    const saved = { key: process.env.ANTHROPIC_API_KEY, url: process.env.ANTHROPIC_BASE_URL };
    process.env.ANTHROPIC_API_KEY = 'sk-local-test';
    process.env.ANTHROPIC_BASE_URL = model.url;
    cleanups.push(() => {
      if (saved.key === undefined) delete process.env.ANTHROPIC_API_KEY;
      else process.env.ANTHROPIC_API_KEY = saved.key;
      if (saved.url === undefined) delete process.env.ANTHROPIC_BASE_URL;
      else process.env.ANTHROPIC_BASE_URL = saved.url;
    });
    const before = { head: checkout.git('rev-parse', 'HEAD'), branch: checkout.git('symbolic-ref', '--short', 'HEAD') };

    const r = await cli(['run', '--repo', '.', '--ticket', example.ticketPath, '--json'], { ANTHROPIC_API_KEY: 'sk-local-test', AGENT_GUARDS_STATE_DIR: state }, example.dir);
    expect(r.code, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout) as { status: string; branch: string; headSha: string; sessionPath: string; sandbox: { contained: boolean } };
    expect(result.status).toBe('done');
    expect(result.sandbox.contained).toBe(true);

    // Where it worked and wrote, printed first; both under the state directory.
    const said = /working in (\S+) \(a worktree of (\S+) at [0-9a-f]{12}\); session record in (\S+)/.exec(r.stderr);
    expect(said, r.stderr).not.toBeNull();
    const [, worktree, of, sessionDir] = said!;
    expect(of).toBe(checkout.git('rev-parse', '--show-toplevel'));
    expect(worktree!.startsWith(join(state, 'runs'))).toBe(true);
    expect(result.sessionPath).toBe(join(sessionDir!, 'session.json'));
    expect(JSON.parse(readFileSync(result.sessionPath, 'utf8'))).toMatchObject({ status: 'done', paths: { repo: worktree } });

    // The user's checkout: same branch, same commit, nothing new in it; the agent's branch is there to inspect.
    expect(checkout.git('symbolic-ref', '--short', 'HEAD')).toBe(before.branch);
    expect(checkout.git('rev-parse', 'HEAD')).toBe(before.head);
    expect(checkout.git('status', '--porcelain', '--ignored')).toBe('');
    expect(existsSync(join(example.dir, '.agent-guards'))).toBe(false);
    expect(checkout.git('rev-parse', `refs/heads/${result.branch}`)).toBe(result.headSha);
    // A finished session's worktree is gone; its work is the branch.
    expect(existsSync(worktree!)).toBe(false);
    expect(checkout.git('worktree', 'list', '--porcelain').match(/^worktree /gm)).toHaveLength(1);
  });
});
