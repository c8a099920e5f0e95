import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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

/** The SDK reads the key and the URL from the process environment, as it would in a terminal. */
function useModel(model: MessagesServer): void {
  const saved = { key: process.env.ANTHROPIC_API_KEY, url: process.env.ANTHROPIC_BASE_URL };
  process.env.ANTHROPIC_API_KEY = 'sk-local-test';
  process.env.ANTHROPIC_BASE_URL = model.url;
  cleanups.push(() => {
    if (saved.key === undefined) delete process.env.ANTHROPIC_API_KEY;
    else process.env.ANTHROPIC_API_KEY = saved.key;
    if (saved.url === undefined) delete process.env.ANTHROPIC_BASE_URL;
    else process.env.ANTHROPIC_BASE_URL = saved.url;
  });
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
    useModel(model);
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

  it('--resume runs the standard Review guards, as the first run did: what they stopped is stopped again', async () => {
    const root = mkdtempSync(join(tmpdir(), 'cli-resume-'));
    cleanups.push(() => rmSync(root, { recursive: true, force: true }));
    const example = buildExampleRepo(join(root, 'service'), { withPr: false });
    const env = { ANTHROPIC_API_KEY: 'sk-local-test', AGENT_GUARDS_STATE_DIR: join(root, 'state') };
    // SHOP-143's first run feeds recommendations by importing its engine: Review's boundaries guard stops it.
    const model: MessagesServer = await startMessagesServer({ script: loadTranscript(join(EXAMPLE_DIR, 'transcripts', 'SHOP-143.json')) });
    cleanups.push(() => model.close());
    useModel(model);
    const first = await cli(['run', '--repo', '.', '--ticket', '.agent/tickets/SHOP-143.yml', '--json'], env, example.dir);
    expect(first.code, first.stderr).toBe(1);
    const escalated = JSON.parse(first.stdout) as { escalation: { reason: string; detail: string }; sessionPath: string };
    expect(escalated.escalation).toMatchObject({ reason: 'review-guard-failed', detail: expect.stringContaining('boundaries: fail') });

    // The operator adds a note that changes nothing; the resumed Review pushes as it is.
    const note = join(root, 'note.md');
    writeFileSync(note, 'Ship it as it is.\n');
    model.enqueue({ content: [{ type: 'text', text: '<review> Pushing as it is.' }, { type: 'tool_use', name: 'git_push_non_protected', input: {} }] });
    const resumed = await cli(['run', '--resume', dirname(escalated.sessionPath), '--add-context', note, '--context-kind', 'note', '--json'], env, example.dir);
    expect(resumed.code, resumed.stderr).toBe(1);
    const result = JSON.parse(resumed.stdout) as { status: string; escalation: { mode: string; reason: string; detail: string }; pr: unknown };
    expect(result).toMatchObject({ status: 'escalated', pr: null, escalation: { mode: 'review', reason: 'review-guard-failed', detail: expect.stringContaining('boundaries: fail') } });
  });
});
