import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { startMessagesServer, type MessagesServer, type ScriptedTurn } from '@agent-guards/local-servers';
import { parseTrace, runAgentSession, type SessionResult } from '../packages/agent-runner/src/index.js';
import { call, frame, HAPPY_PATH, implement } from '../packages/agent-runner/test/fixtures/script.js';
import { createServiceRepo, TICKET_PATH } from '../packages/agent-runner/test/fixtures/service-repo.js';
import { printBench, type BenchRow } from './report.js';

/**
 * The agent runner's own cost, with the model taken out: the local Messages
 * server answers instantly, and its timestamps bound the runner's time between
 * two calls (tool execution, refusal checks, trace/ledger/record writes, the
 * budget projection and the next request). Then the prompt-cache hit rate the
 * API would bill for a 10-turn session, computed by the server from the
 * requests' cache_control prefixes.
 */

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Repository skill files (conventions, testing guide): read at base into the stable prefix, as spec §4's invariant describes. */
const SKILL_FILES = {
  'docs/conventions.md': readFileSync(new URL('../packages/agent-runner/test/fixtures/service-conventions.md', import.meta.url), 'utf8'),
  'docs/testing.md': readFileSync(new URL('../packages/agent-runner/test/fixtures/testing-guide.md', import.meta.url), 'utf8'),
};
const SKILL_BYTES = Object.values(SKILL_FILES).reduce((n, t) => n + Buffer.byteLength(t), 0);

async function session(model: MessagesServer, script: ScriptedTurn[], withSkillFile = false): Promise<SessionResult> {
  const service = createServiceRepo();
  try {
    if (withSkillFile) {
      service.repo.write(SKILL_FILES);
      service.repo.commit('docs: service conventions and testing guide');
    }
    model.enqueue(...script);
    return await runAgentSession({
      repo: service.repo.dir,
      ticketPath: TICKET_PATH,
      sessionDir: service.sessionDir,
      anthropic: { baseURL: model.url, apiKey: 'bench' },
      ...(withSkillFile ? { skillPaths: Object.keys(SKILL_FILES) } : {}),
    });
  } finally {
    service.cleanup();
  }
}

/**
 * Per turn: the runner's own time between reply t and call t+1 (the trace's
 * runner_gap_ms: tools, records, budget, next request), the part of it spent
 * inside the tools themselves, and the wall time between the server's answer
 * and the next request (which adds the SDK's HTTP client).
 */
async function overhead(callsPerTurn: (i: number) => ReturnType<typeof call>[], turns: number) {
  const model = await startMessagesServer();
  try {
    const script: ScriptedTurn[] = [];
    for (let i = 0; i < turns; i += 1) script.push(frame(`Reading, step ${i}.`, ...callsPerTurn(i)));
    script.push(frame('Stop.', call('request_escalation', { reason: 'bench ends' })));
    const first = model.requests.length;
    const result = await session(model, script);
    const requests = model.requests.slice(first);
    const spans = parseTrace(readFileSync(result.tracePath, 'utf8'));
    const allIn: number[] = [];
    const runnerOnly: number[] = [];
    const withClient: number[] = [];
    const step = (s: (typeof spans)[number]) => String(s.attributes['agent_guards.step']);
    const calls = spans.filter((s) => step(s) === 'model:call');
    for (let t = 1; t < calls.length; t += 1) {
      const gap = Number(calls.find((s) => s.attributes['agent_guards.turn'] === t + 1)!.attributes['agent_guards.runner_gap_ms']);
      const tools = spans.filter((s) => step(s).startsWith('tool:') && s.attributes['agent_guards.turn'] === t);
      const work = tools.reduce((sum, s) => sum + s.duration_ms, 0);
      allIn.push(gap / tools.length);
      runnerOnly.push((gap - work) / tools.length);
      withClient.push((requests[t]!.receivedAt - requests[t - 1]!.respondedAt!) / tools.length);
    }
    return { allIn: median(allIn), runnerOnly: median(runnerOnly), withClient: median(withClient), turns: allIn.length };
  } finally {
    await model.close();
  }
}

it('agent runner: overhead per tool call and prompt-cache hit rate', async () => {
  const rows: BenchRow[] = [];
  const oneCall = await overhead((i) => [call('read_file', { path: i % 2 ? 'src/events/page-view.mjs' : 'src/bus/index.mjs' })], 40);
  const fiveCalls = await overhead(
    () => [
      call('read_file', { path: 'src/events/page-view.mjs' }),
      call('list_dir', { path: 'src', depth: 2 }),
      call('read_file', { path: 'tests/events/page-view.test.mjs' }),
      call('read_dependency_graph', { path: 'src/events' }),
      call('list_dir', { path: 'tests' }),
    ],
    30,
  );
  const grep = await overhead(() => [call('grep', { pattern: 'publish', path: 'src' })], 20);
  rows.push(
    { name: 'runner overhead / tool call (1 call per turn)', value: oneCall.runnerOnly, unit: 'ms', note: `median of ${oneCall.turns} turns; tool work excluded` },
    { name: 'runner overhead / tool call (5 calls per turn)', value: fiveCalls.runnerOnly, unit: 'ms', note: `median of ${fiveCalls.turns} turns` },
    { name: 'all-in / in-process tool call (1 per turn)', value: oneCall.allIn, unit: 'ms', note: 'read_file incl. its work' },
    { name: 'all-in / in-process tool call (5 per turn)', value: fiveCalls.allIn, unit: 'ms', note: 'read_file, list_dir, read_dependency_graph' },
    { name: 'all-in / grep call (spawns git grep)', value: grep.allIn, unit: 'ms', note: `runner part ${grep.runnerOnly.toFixed(3)} ms` },
    { name: 'server answer → next request / call (1 per turn)', value: oneCall.withClient, unit: 'ms', note: 'adds the SDK HTTP client' },
  );

  // Ten turns: the happy path (9) plus one more read in Implement. Cold: first session on an empty cache; warm: the next session of the same modes.
  const tenTurns: ScriptedTurn[] = [...HAPPY_PATH.slice(0, 3), implement('Check the sample test.', call('read_file', { path: 'tests/events/page-view.test.mjs' })), ...HAPPY_PATH.slice(3)];
  const cacheRun = async (withSkillFile: boolean) => {
    const model = await startMessagesServer();
    try {
      return { cold: await session(model, tenTurns, withSkillFile), warm: await session(model, tenTurns, withSkillFile) };
    } finally {
      await model.close();
    }
  };
  const { cold, warm } = await cacheRun(false);
  const skilled = await cacheRun(true);
  const byMode = (r: SessionResult) => {
    const lines = readFileSync(r.ledgerPath, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, number | string>);
    const out: Record<string, number> = {};
    for (const mode of ['frame', 'plan', 'implement', 'review']) {
      const ls = lines.filter((l) => l.mode === mode);
      const read = ls.reduce((s, l) => s + Number(l.cache_read_input_tokens), 0);
      const all = ls.reduce((s, l) => s + Number(l.input_tokens) + Number(l.cache_read_input_tokens) + Number(l.cache_creation_input_tokens), 0);
      out[mode] = all ? read / all : 0;
    }
    return out;
  };
  const warmModes = byMode(warm);
  rows.push(
    { name: '10-turn session cache hit rate (cold)', value: cold.cacheHitRate * 100, unit: '%', note: `status ${cold.status}, ${cold.tokens} tokens` },
    { name: '10-turn session cache hit rate (warm)', value: warm.cacheHitRate * 100, unit: '%', note: `status ${warm.status}, ${warm.tokens} tokens, $${warm.costUsd.toFixed(4)}` },
    ...Object.entries(warmModes).map(([mode, rate]) => ({ name: `  warm hit rate, ${mode} mode`, value: rate * 100, unit: '%' })),
    { name: `10-turn, ${Math.round(SKILL_BYTES / 1024)} kB skill files (cold)`, value: skilled.cold.cacheHitRate * 100, unit: '%', note: `${skilled.cold.tokens} tokens` },
    { name: `10-turn, ${Math.round(SKILL_BYTES / 1024)} kB skill files (warm)`, value: skilled.warm.cacheHitRate * 100, unit: '%', note: `${skilled.warm.tokens} tokens, $${skilled.warm.costUsd.toFixed(4)}` },
    ...Object.entries(byMode(skilled.warm)).map(([mode, rate]) => ({ name: `  warm with skill files, ${mode} mode`, value: rate * 100, unit: '%' })),
  );
  printBench('agent', rows, [
    { label: 'runner overhead per tool call ≤ 2 ms (median)', met: Math.max(oneCall.runnerOnly, fiveCalls.runnerOnly) <= 2, detail: `${oneCall.runnerOnly.toFixed(3)} / ${fiveCalls.runnerOnly.toFixed(3)} ms` },
    {
      label: '10-turn session cache hit rate ≥ 90% (warm, identity + skill files as the stable prefix)',
      met: skilled.warm.cacheHitRate >= 0.9,
      detail: `no skill file ${(warm.cacheHitRate * 100).toFixed(1)}% (Frame on Haiku 4.5 is under its 4,096-token cache minimum); with the repository's skill files ${(skilled.warm.cacheHitRate * 100).toFixed(1)}%`,
    },
  ]);
});
