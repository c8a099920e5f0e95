import { createHash } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { defaultPolicy } from '@agent-guards/config';
import {
  CostHistory,
  detectIncidents,
  digestHistory,
  HistoryDigestBuilder,
  HistorySnapshot,
  oversightState,
  parseHistoryFile,
  serializeHistoryLines,
  type HistoryDigest,
  type HistoryLine,
} from '@agent-guards/cost-ceiling';
import { TempRepo } from '@agent-guards/testkit';
import { printBench } from './report.js';

const LINES = 1_000_000;
const DAYS = 90;
const CALLS_PER_SESSION = 12;
const SESSIONS_PER_PR = 2;
const MODES = ['frame', 'plan', 'implement', 'review'] as const;
const BRANCH = 'agent-guards/cost-history';
const DAY_MS = 86_400_000;
const start = Date.UTC(2026, 7, 1);
const now = new Date(start + DAYS * DAY_MS - 3_600_000);

let dayTexts: Map<string, string>;
let repo: TempRepo;

/** A realistic history: 90 days of sessions of 12 calls across the four modes, two sessions per PR, PR outcomes. */
function history(): Map<string, string> {
  const days = new Map<string, HistoryLine[]>();
  const push = (line: HistoryLine) => {
    const name = `${line.ts.slice(0, 10)}.jsonl`;
    let day = days.get(name);
    if (!day) days.set(name, (day = []));
    day.push(line);
  };
  const sessions = Math.ceil(LINES / (CALLS_PER_SESSION + 1 / SESSIONS_PER_PR));
  let written = 0;
  for (let s = 0; written < LINES; s += 1) {
    const pr = 1 + Math.floor(s / SESSIONS_PER_PR);
    const begin = start + Math.floor((s / sessions) * DAYS * DAY_MS);
    for (let c = 0; c < CALLS_PER_SESSION && written < LINES; c += 1, written += 1) {
      const mode = MODES[Math.min(3, Math.floor(c / 3))]!;
      const cacheRead = 8_000 + ((s * 31 + c * 7) % 20_000);
      push({
        kind: 'call',
        // Keys and session ids as long as real ones: a 22-character hash and a UUID.
        key: `${createHash('sha256').update(`${s}.${c}`).digest('base64url').slice(0, 22)}.0`,
        source: 'runner-ledger',
        session: `${s.toString(16).padStart(8, '0')}-7b3d-4c59-9e21-0d6a8b5f3c71`,
        ticket: `SVC-${pr}`,
        repo: 'acme/svc-events',
        pr,
        mode,
        model: mode === 'frame' ? 'claude-haiku-4-5' : 'claude-sonnet-4-6',
        ts: new Date(begin + c * 20_000).toISOString(),
        input_tokens: 400 + (c % 5) * 100,
        output_tokens: 300 + (s % 7) * 50,
        cache_creation_input_tokens: c === 0 ? 9_000 : 0,
        cache_read_input_tokens: cacheRead,
        cost_micro_usd: 6_000 + Math.floor(cacheRead / 4),
      });
    }
    if (s % SESSIONS_PER_PR === 1 && written < LINES) {
      written += 1;
      push({ kind: 'pr-outcome', key: `o${pr}`, repo: 'acme/svc-events', pr, ts: new Date(begin + DAY_MS / 4).toISOString(), merged: pr % 9 !== 0, spec_amended: pr % 4 === 0 });
    }
  }
  return new Map([...days].sort(([a], [b]) => a.localeCompare(b)).map(([name, lines]) => [name, serializeHistoryLines(lines)]));
}

function parseAll(): HistorySnapshot {
  const days = new Map<string, HistoryLine[]>();
  for (const [name, text] of dayTexts) days.set(name, parseHistoryFile(text, `${BRANCH}:${name}`));
  return new HistorySnapshot(undefined, days);
}

function decide(digest: HistoryDigest) {
  const policy = defaultPolicy();
  return { digest, incidents: detectIncidents(digest, policy.cost.incident, now), oversight: oversightState(digest, now, { repo: 'acme/svc-events', pr: 10 }) };
}

/** What the guard does: parse each day file, fold it into the digest, let it go. */
function streamFromText() {
  const builder = new HistoryDigestBuilder();
  for (const [name, text] of dayTexts) builder.addDay(name, parseHistoryFile(text, `${BRANCH}:${name}`));
  return decide(builder.finish());
}

async function streamFromGit() {
  const history = new CostHistory({ repo: repo.dir, branch: BRANCH });
  const builder = new HistoryDigestBuilder();
  await history.scan(await history.tip(), (name, lines) => builder.addDay(name, lines));
  return decide(builder.finish());
}

/**
 * Median wall time and median CPU time of this process over `runs` calls after
 * a warm-up. CPU time shows what the work costs when the machine is shared
 * (other processes stretch wall time, not CPU time).
 */
async function timed(fn: () => unknown, runs = 3): Promise<{ wall: number; cpu: number }> {
  await fn();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    await fn();
    walls.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { wall: median(walls), cpu: median(cpus) };
}

beforeAll(() => {
  dayTexts = history();
  repo = new TempRepo();
  repo.fastImport(BRANCH, dayTexts, 'cost history: 1,000,000 lines');
}, 600_000);

afterAll(() => repo.cleanup());

test('cost history: 1,000,000 lines summarised', async () => {
  const megabytes = [...dayTexts.values()].reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;

  const jsonOnly = await timed(() => {
    let n = 0;
    for (const text of dayTexts.values()) for (const line of text.split('\n')) if (line) n += (JSON.parse(line) as { input_tokens?: number }).input_tokens ?? 0;
    return n;
  });
  // Streaming first: a parsed copy of the whole history held meanwhile would slow every collection.
  const fromText = await timed(streamFromText);
  const fromGit = await timed(streamFromGit);
  const result = await streamFromGit();
  const summarise = await timed(() => decide(digestHistory(parseAll())), 1);
  expect(result.digest.lines).toBe(LINES);
  const row = (name: string, t: { wall: number; cpu: number }, note: string) => ({ name, value: t.wall, unit: 'ms', note: `CPU ${t.cpu.toFixed(0)} ms; ${note}` });

  printBench(
    'cost',
    [
      { name: 'history lines', value: result.digest.lines, unit: 'lines', note: `${dayTexts.size} day files, ${megabytes.toFixed(0)} MB, ${result.digest.sessions.size} sessions, ${result.digest.outcomes.size} PR outcomes` },
      row('baseline: JSON.parse only', jsonOnly, 'the floor: every line must be parsed'),
      row('parse + summarise, day by day', fromText, `${(fromText.wall / jsonOnly.wall).toFixed(2)}× baseline; ${Math.round(LINES / (fromText.wall / 1000)).toLocaleString('en-US')} lines/s`),
      row('stream from git + parse + summarise', fromGit, `${(fromGit.wall / jsonOnly.wall).toFixed(2)}× baseline; git's own CPU not counted`),
      row('parse all, then summarise', summarise, 'the whole history in memory at once (not what the guard does)'),
      { name: 'total cost in history', value: result.digest.total.costMicro / 1e6, unit: 'USD' },
      { name: 'load average (1 min)', value: loadavg()[0]!, unit: '', note: `${cpus().length} CPUs` },
    ],
    [
      { label: '1,000,000 lines parsed and summarised ≤ 2 s', met: fromText.wall <= 2000, detail: `${fromText.wall.toFixed(0)} ms wall, ${fromText.cpu.toFixed(0)} ms CPU` },
      { label: 'the same, read from the history branch ≤ 2 s', met: fromGit.wall <= 2000, detail: `${fromGit.wall.toFixed(0)} ms wall, ${fromGit.cpu.toFixed(0)} ms CPU` },
    ],
  );
}, 1_800_000);
