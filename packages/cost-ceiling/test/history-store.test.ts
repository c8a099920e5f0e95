import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError } from '@agent-guards/action-kit';
import { TempRepo } from '@agent-guards/testkit';
import { CALL_COLUMNS, CostHistory, parseHistoryFile, serializeHistoryLines, type HistoryLine } from '../src/index.js';
import { tempDir } from './support/ledgers.js';
import { sampleCallLine } from './support/sample-lines.js';

const run = promisify(execFile);
const BRANCH = 'agent-guards/cost-history';

function remoteWithClones(count: number): { bare: TempRepo; clones: TempRepo[] } {
  const bare = new TempRepo(undefined, { bare: true });
  const clones = Array.from({ length: count }, () => {
    const dir = tempDir('clone-');
    bare.git('clone', '-q', bare.dir, dir);
    return new TempRepo(dir, { init: false });
  });
  return { bare, clones };
}

function branchLines(repo: TempRepo): HistoryLine[] {
  const files = repo.git('ls-tree', '--name-only', BRANCH).split('\n').filter(Boolean);
  return files.flatMap((f) => parseHistoryFile(`${repo.git('show', `${BRANCH}:${f}`)}\n`, f));
}

describe('CostHistory', () => {
  it('creates the orphan branch on a remote, one file per UTC day, and a repeated append adds nothing', async () => {
    const { bare, clones } = remoteWithClones(1);
    const history = new CostHistory({ repo: clones[0]!.dir, remote: 'origin', branch: BRANCH });
    const lines = [sampleCallLine('s1', 0), sampleCallLine('s1', 1, { ts: '2026-11-22T00:00:01.000Z' })];
    const first = await history.append(lines);
    expect(first).toMatchObject({ appended: 2, alreadyPresent: 0, attempts: 1 });
    expect(bare.git('ls-tree', '--name-only', BRANCH).split('\n')).toEqual(['2026-11-21.jsonl', '2026-11-22.jsonl']);
    expect(bare.git('rev-list', '--max-parents=0', BRANCH)).toBe(bare.git('rev-parse', BRANCH));

    const tip = bare.git('rev-parse', BRANCH);
    const again = await history.append(lines);
    expect(again).toMatchObject({ appended: 0, alreadyPresent: 2 });
    expect(bare.git('rev-parse', BRANCH)).toBe(tip);
    expect(branchLines(bare)).toEqual(lines);
    expect((await history.read()).size).toBe(2);
  });

  it('re-fetches and merges when another clone pushed first', async () => {
    const { bare, clones } = remoteWithClones(2);
    const a = new CostHistory({ repo: clones[0]!.dir, remote: 'origin', branch: BRANCH });
    const b = new CostHistory({ repo: clones[1]!.dir, remote: 'origin', branch: BRANCH });
    await a.append([sampleCallLine('a', 0)]);
    // b has never fetched: its first push is built on a stale (missing) tip, is rejected, and retried.
    await b.append([sampleCallLine('b', 0)]);
    await a.append([sampleCallLine('a', 1)]);
    expect(branchLines(bare).map((l) => l.key)).toEqual(['a.0', 'b.0', 'a.1']);
  });

  it('works on a branch of the local repository when there is no remote', async () => {
    const repo = new TempRepo();
    const history = new CostHistory({ repo: repo.dir, branch: BRANCH });
    await Promise.all([history.append([sampleCallLine('x', 0)]), history.append([sampleCallLine('y', 0)])]);
    expect(branchLines(repo).map((l) => l.key).sort()).toEqual(['x.0', 'y.0']);
  });

  it('fails closed on a damaged history file, naming the branch file and line', async () => {
    const repo = new TempRepo();
    repo.fastImport(BRANCH, [['2026-11-21.jsonl', `${serializeHistoryLines([sampleCallLine('s', 0)])}["call",\n`]], 'damaged');
    const error = await new CostHistory({ repo: repo.dir, branch: BRANCH }).read().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).message).toContain(`${BRANCH}:2026-11-21.jsonl:3`);
  });

  it('reads rows in any valid datetime form, and names the field of damage the fast path hands to the schema', () => {
    const file = '2024-02-29.jsonl';
    const [header, good] = serializeHistoryLines([sampleCallLine('s', 0, { ts: '2024-02-29T10:00:00.000Z' })]).split('\n') as [string, string];
    const row = (column: string, value: unknown) => {
      const values = JSON.parse(good) as unknown[];
      values[CALL_COLUMNS.indexOf(column as (typeof CALL_COLUMNS)[number])] = value;
      return JSON.stringify(values);
    };
    const ok = [good, row('ts', '2024-02-29T10:00:00Z'), row('ts', '2024-02-29T10:00:00.123456Z'), row('pr', null)];
    expect(parseHistoryFile(`${header}\n${ok.join('\n')}\n`, file).map((l) => l.ts)).toEqual([
      '2024-02-29T10:00:00.000Z',
      '2024-02-29T10:00:00Z',
      '2024-02-29T10:00:00.123456Z',
      '2024-02-29T10:00:00.000Z',
    ]);
    const bad: [string, RegExp][] = [
      [row('ts', '2023-02-29T10:00:00.000Z'), /:2, field 'ts'/],
      [row('ts', '2024-02-28T10:00:00.000Z'), /not on the day of its file/],
      [row('cost_micro_usd', 1.5), /field 'cost_micro_usd'/],
      [row('cache_creation_1h_input_tokens', 1), /more 1-hour cache writes/],
      [row('repo', 'no-slash'), /field 'repo'/],
      [JSON.stringify([...(JSON.parse(good) as unknown[]), 'extra']), /'call' row of 16 columns/],
      [JSON.stringify(sampleCallLine('s', 0)), /'call' row of 16 columns/],
    ];
    for (const [text, message] of bad) expect(() => parseHistoryFile(`${header}\n${text}\n`, file)).toThrow(message);
    expect(() => parseHistoryFile(`${good}\n`, file)).toThrow(/format 1 header/);
  });

  describe('twenty writers in separate processes and clones', () => {
    let writer: string;
    beforeAll(async () => {
      // The writer is bundled from the package sources so each process runs the real CostHistory.
      const { build } = await import('rolldown');
      const packages = fileURLToPath(new URL('../../', import.meta.url));
      const alias = Object.fromEntries(readdirSync(packages).map((n) => [`@agent-guards/${n}`, join(packages, n, 'src/index.ts')]));
      writer = join(tempDir('writer-'), 'history-writer.mjs');
      await build({
        input: fileURLToPath(new URL('./support/history-writer.ts', import.meta.url)),
        platform: 'node',
        resolve: { alias, extensionAlias: { '.js': ['.ts', '.js'] } },
        output: { file: writer, format: 'esm' },
        logLevel: 'warn',
      });
    });

    it('lose no line and duplicate none', async () => {
      const { bare, clones } = remoteWithClones(20);
      const own = 4;
      const shared = 3;
      const results = await Promise.all(
        clones.map(async (clone, i) => {
          const { stdout } = await run(process.execPath, [writer, clone.dir, 'origin', BRANCH, String(i), String(own), String(shared)]);
          return JSON.parse(stdout) as { appended: number; alreadyPresent: number; attempts: number };
        }),
      );
      const lines = branchLines(bare);
      const keys = lines.map((l) => l.key);
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys.length).toBe(20 * own + shared);
      for (let i = 0; i < 20; i += 1) {
        for (let j = 0; j < own; j += 1) expect(keys).toContain(`writer-${i}.${j}`);
      }
      expect(results.reduce((s, r) => s + r.appended, 0)).toBe(20 * own + shared);
      expect(results.some((r) => r.attempts > 1)).toBe(true);
      // One commit per writer that added something: no lost update was papered over by a force push.
      expect(Number(bare.git('rev-list', '--count', BRANCH))).toBe(20);
    }, 120_000);
  });
});
