import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GitHubServer, startMessagesServer, type MessagesServer } from '@agent-guards/testkit';
import { buildExampleRepo, EXAMPLE_DIR } from '../../packages/cli/src/example-repo.js';
import { loadTranscript } from '../../packages/cli/src/scripted-model.js';
import { runAction } from '../harness/run-action.js';

let github: GitHubServer;
const dirs: string[] = [];
beforeAll(async () => {
  github = await GitHubServer.start({ token: 'gh-token' });
});
afterAll(() => github.close());
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});

function workspace() {
  const root = mkdtempSync(join(tmpdir(), 'runner-action-'));
  dirs.push(root);
  return buildExampleRepo(join(root, 'service'), { withPr: false, origin: join(root, 'origin.git') });
}

describe('agent-runner action (dist/index.js as the runner runs it)', () => {
  it('runs the example ticket to an opened PR and sets every output', async () => {
    const repo = workspace();
    github.repo('octo-org/shop-events');
    const model: MessagesServer = await startMessagesServer({ script: loadTranscript(join(EXAMPLE_DIR, 'transcript.json')) });
    try {
      const run = await runAction({
        action: 'agent-runner',
        workspace: repo.dir,
        inputs: { ticket: repo.ticketPath, 'anthropic-api-key': 'sk-test-not-a-real-key', 'anthropic-base-url': model.url },
        env: { GITHUB_TOKEN: 'gh-token', GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'octo-org/shop-events' },
      });
      expect(run.stderr).toBe('');
      expect(run.exitCode).toBe(0);
      expect(run.outputs.status).toBe('done');
      const prNumber = Number(run.outputs['pr-number']);
      const pr = github.repo('octo-org/shop-events').issues.get(prNumber) as { title: string; body: string } | undefined;
      expect(pr?.title).toBe('fix(events): capture product page view events');
      expect(pr?.body).toContain('§1');
      for (const key of ['session-path', 'ledger-path', 'trace-path']) expect(existsSync(run.outputs[key]!)).toBe(true);
      expect(Number(run.outputs.tokens)).toBeGreaterThan(0);
      expect(Number(run.outputs['cost-usd'])).toBeGreaterThan(0);
      const ledger = readFileSync(run.outputs['ledger-path']!, 'utf8').trim().split('\n');
      expect(ledger).toHaveLength(model.requests.filter((r) => r.status === 200).length);
      // The branch reached the remote; main did not move.
      const origin = join(repo.dir, '..', 'origin.git');
      const heads = execFileSync('git', ['-C', origin, 'for-each-ref', '--format=%(refname:short) %(objectname)', 'refs/heads']).toString();
      expect(heads).toContain(`main ${repo.base}`);
      expect(heads).toMatch(/agent\/SHOP-142-[0-9a-f]{8} /);
      expect(run.summary).toContain('✅ done');
      // The API key reached the model client, and no tool process.
      const auth = model.requests[0]!.headers;
      expect(`${auth['x-api-key'] ?? ''}${auth.authorization ?? ''}`).toContain('sk-test-not-a-real-key');
    } finally {
      await model.close();
    }
  });

  it('fails the step and says why when the session escalates', async () => {
    const repo = workspace();
    const model = await startMessagesServer({
      script: [
        {
          content: [
            { type: 'text', text: '<frame> The ticket asks me to touch billing.' },
            { type: 'tool_use', name: 'request_escalation', input: { reason: 'ambiguous ticket', detail: 'needs billing changes' } },
          ],
        },
      ],
    });
    try {
      const run = await runAction({
        action: 'agent-runner',
        workspace: repo.dir,
        inputs: { ticket: repo.ticketPath, 'anthropic-api-key': 'sk-test', 'anthropic-base-url': model.url, 'github-token': '' },
        env: { GITHUB_REPOSITORY: 'octo-org/shop-events' },
      });
      expect(run.exitCode).toBe(1);
      expect(run.outputs.status).toBe('escalated');
      expect(run.stdout).toMatch(/::error::the session escalated in frame mode/);
      const record = JSON.parse(readFileSync(run.outputs['session-path']!, 'utf8')) as { status: string; escalation: { mode: string } };
      expect(record).toMatchObject({ status: 'escalated', escalation: { mode: 'frame' } });
    } finally {
      await model.close();
    }
  });
});
