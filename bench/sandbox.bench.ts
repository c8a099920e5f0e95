import { execFileSync } from 'node:child_process';
import { defaultPolicy } from '@agent-guards/config';
import { openSandbox, type ContainedCommand, type Sandbox } from '@agent-guards/sandbox';
import { TempRepo } from '@agent-guards/testkit';
import { expect, it } from 'vitest';
import { measureTurnAbout, printBench, type BenchRow } from './report.js';

/**
 * What the sandbox adds to one run_tests call: the same command, in the same
 * checkout, contained and not (the policy's `runner.sandbox: none`, which
 * keeps the scrubbed environment and the limits on time and output), timed
 * turn about. Target (issue): at most 50 ms added per call.
 */
it('sandbox: added cost per run_tests call', async () => {
  const repo = new TempRepo();
  const sandboxes: Sandbox[] = [];
  try {
    repo.write({
      'package.json': '{ "name": "svc", "private": true, "type": "module" }\n',
      'tests/sum.test.mjs': "import { test } from 'node:test';\nimport assert from 'node:assert/strict';\ntest('adds', () => assert.equal(1 + 1, 2));\n",
      'tests/test_sum.py': 'def test_adds():\n    assert 1 + 1 == 2\n',
    });
    repo.commit('chore: tiny suites');
    const policy = defaultPolicy();
    const contained = await openSandbox({ settings: policy.runner.sandbox, policyPath: 'bench', workdir: repo.dir });
    const uncontained = await openSandbox({ settings: { ...policy.runner.sandbox, mode: 'none' }, policyPath: 'bench', workdir: repo.dir });
    sandboxes.push(contained, uncontained);
    const python = execFileSync('sh', ['-c', 'command -v python3'], { encoding: 'utf8' }).trim();
    const commands: [string, ContainedCommand][] = [
      ['true', { argv: ['true'], timeoutMs: 60_000 }],
      ['node --test (1 test)', { argv: ['node', '--test', 'tests/'], timeoutMs: 60_000 }],
      ['python3 -m pytest -q (1 test)', { argv: [python, '-m', 'pytest', '-q', '-p', 'no:cacheprovider', 'tests/test_sum.py'], timeoutMs: 60_000 }],
    ];
    const rows: BenchRow[] = [];
    const added: number[] = [];
    for (const [name, command] of commands) {
      expect((await contained.run(command)).exitCode, name).toBe(0);
      const [inside, outside] = (await measureTurnAbout([() => contained.run(command), () => uncontained.run(command)], 15, 2)) as [number, number];
      added.push(inside - outside);
      rows.push({ name: `${name}: sandboxed`, value: inside, unit: 'ms', note: `uncontained ${outside.toFixed(1)} ms; ${(inside / outside).toFixed(2)}×` });
      rows.push({ name: `${name}: added by the sandbox`, value: inside - outside, unit: 'ms' });
    }
    const worst = Math.max(...added);
    printBench('sandbox', rows, [{ label: 'the sandbox adds ≤ 50 ms per run_tests call', met: worst <= 50, detail: `${worst.toFixed(1)} ms at most (${process.getuid?.() === 0 ? 'root runner: two bwraps and setpriv' : 'one unprivileged bwrap'})` }]);
  } finally {
    for (const s of sandboxes) await s.close();
    repo.cleanup();
  }
});
