import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExampleRepo, type ExampleRepo } from '../../packages/cli/src/example-repo.js';
import { runAction } from '../harness/run-action.js';
import { pullRequestPayload } from '../harness/webhook-payloads.js';

// node:crypto loads some twenty of Node's internal modules, about 5 ms of a Node 24 start-up:
// the actions' bundles leave it until something needs it, after the first line (an output's
// delimiter, a comment's marker). Ids made before the line (a span's, the session's) come from
// the kernel's random device. protection is not here: its first line is its verdict, written
// once its outputs are set.
let example: ExampleRepo;
beforeAll(() => {
  example = buildExampleRepo();
});
afterAll(() => rmSync(example.dir, { recursive: true, force: true }));

const INPUTS: Record<string, (ex: ExampleRepo) => Record<string, string>> = {
  'manifest-scope': (ex) => ({ ticket: ex.ticketPath }),
  'skip-set': () => ({}),
  'spec-conformance': () => ({}),
  'cost-ceiling': () => ({ notify: 'false' }),
  boundaries: () => ({}),
  // Last: the session checks out its branch in the workspace.
  'agent-runner': (ex) => ({ ticket: ex.ticketPath, base: ex.base }),
};

describe('what each action loads of Node before its first line', () => {
  for (const [action, inputs] of Object.entries(INPUTS)) {
    it(`${action} writes its first line without loading node:crypto`, async () => {
      const run = await runAction({
        action,
        workspace: example.dir,
        inputs: inputs(example),
        event: { name: 'pull_request', payload: pullRequestPayload('synchronize', { baseSha: example.base, headSha: example.head, headRef: example.branch, baseRef: 'main', number: 7, body: example.pr.body, commits: 1 }) },
        logBuiltins: true,
      });
      const firstLine = `${run.stdout}${run.stderr}`.split('\n')[0];
      // The record is real: the line was written, with Node's own modules loaded for it.
      expect(firstLine).toMatch(/\S/);
      expect(run.builtinsAtFirstLine).toContain('child_process');
      expect(run.builtinsAtFirstLine, `${action}'s first line: ${firstLine}`).not.toContain('crypto');
    });
  }
});
