import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { MemoryLogger } from '@agent-guards/action-kit';
import { PolicySchema } from '@agent-guards/config';
import { checkCommits, findReferences, parseSpec, runSpecGuard } from '@agent-guards/spec-conformance';
import { commitsBetween } from '@agent-guards/git';
import { TempRepo } from '@agent-guards/testkit';
import { measure, printBench } from './report.js';

const COMMITS = 300;
const DESCRIPTION_LINES = 2000;
const SPEC_PATH = 'docs/agent-spec.md';
const MAP_PATH = 'docs/agent-spec-map.yml';
const example = (name: string) => readFileSync(new URL(`../action-templates/examples/${name}`, import.meta.url), 'utf8');

let repo: TempRepo;
let base: string;
let head: string;

/** A description as long PRs have them: prose, lists, code, comments, a table, and references throughout. */
function description(): string {
  const lines: string[] = ['## Summary', '', 'Implements §4 (NOT-authorized scope) clause 2 and §3 clause 6 — tests added, none removed.', ''];
  for (let i = 0; lines.length < DESCRIPTION_LINES; i += 1) {
    switch (i % 8) {
      case 0:
        lines.push(`- case ${i}: covers §11 (Agent execution instructions) clause 3 with \`npm test -- case_${i}\``);
        break;
      case 1:
        lines.push('```ts', `it('case ${i}', () => expect(run(${i})).toBe(true)); // §13 in code does not count`, '```');
        break;
      case 2:
        lines.push(`<!-- reviewer note ${i}: §99 -->`);
        break;
      case 3:
        lines.push(`| case ${i} | ok | <b>§3</b> |`);
        break;
      default:
        lines.push(`Line ${i} of the change log: the agent kept the test-skip set monotonic per §6 clause 1 (Test-skip-set monotonicity).`);
    }
  }
  return lines.slice(0, DESCRIPTION_LINES).join('\n');
}

beforeAll(() => {
  repo = new TempRepo();
  repo.write({ [SPEC_PATH]: example('agent-spec.md'), [MAP_PATH]: example('agent-spec-map.yml'), 'src/app.ts': 'export const port = 8080;\n' });
  base = repo.commit('chore: initial service');
  const chunks: string[] = [];
  for (let i = 0; i < COMMITS; i += 1) {
    const message = `test(case-${i}): cover case ${i}`;
    const content = `it('case ${i}', () => {});\n`;
    chunks.push(`commit refs/heads/agent/bench\ncommitter Agent <agent@example.com> ${1_800_000_000 + i} +0000\ndata ${message.length}\n${message}\n`);
    if (i === 0) chunks.push(`from ${base}\n`);
    chunks.push(`M 100644 inline tests/case_${i}.test.ts\ndata ${content.length}\n${content}\n\n`);
  }
  const res = spawnSync('git', ['-C', repo.dir, 'fast-import', '--quiet'], { input: chunks.join('') });
  if (res.status !== 0) throw new Error(res.stderr.toString());
  head = repo.git('rev-parse', 'refs/heads/agent/bench');
}, 120_000);

afterAll(() => repo?.cleanup());

test('spec-conformance on a 300-commit PR with a 2,000-line description', async () => {
  const body = description();
  const withMap = PolicySchema.parse({ version: 1, spec: { path: SPEC_PATH, map: MAP_PATH } });
  const withoutMap = PolicySchema.parse({ version: 1, spec: { path: SPEC_PATH } });
  const guard = (policy: typeof withMap) => runSpecGuard({ repo: repo.dir, base, head, policy, body, logger: new MemoryLogger(), prCommits: COMMITS });

  // The decision itself must be right before its time means anything.
  const run = await guard(withMap);
  expect(run.report.findings.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([]);
  expect(run.report.verdict).toBe('pass');
  expect(run.outputs).toMatchObject({ 'commits-checked': COMMITS });

  const spec = parseSpec(example('agent-spec.md'));
  const commits = await commitsBetween(repo.dir, base, head);
  const scan = findReferences(body);
  const floorMs = await measure(() => execFileSync('git', ['-C', repo.dir, 'rev-list', '--count', `${base}..${head}`]), 5);
  const logMs = await measure(() => execFileSync('git', ['-C', repo.dir, 'log', '--format=%H%x1f%P%x1f%B%x00', `${base}..${head}`]), 5);
  const scanMs = await measure(() => findReferences(body), 10);
  const parseMs = await measure(() => parseSpec(example('agent-spec.md')), 10);
  const commitCheckMs = await measure(() => checkCommits(commits, withMap.commits), 10);
  const guardMs = await measure(() => guard(withMap), 5);
  const noMapMs = await measure(() => guard(withoutMap), 5);

  printBench(
    'spec',
    [
      { name: 'commits in the PR', value: COMMITS, unit: 'commits' },
      { name: 'description', value: DESCRIPTION_LINES, unit: 'lines', note: `${Buffer.byteLength(body)} bytes, ${scan.references.length} references, ${scan.ignored.length} ignored` },
      { name: 'spec sections', value: spec.sections.length, unit: 'sections' },
      { name: 'findReferences (2,000 lines)', value: scanMs, unit: 'ms' },
      { name: 'parseSpec (seed spec)', value: parseMs, unit: 'ms' },
      { name: 'checkCommits (300 messages)', value: commitCheckMs, unit: 'ms' },
      { name: 'git rev-list --count (floor)', value: floorMs, unit: 'ms' },
      { name: 'git log of the 300 commits', value: logMs, unit: 'ms' },
      { name: 'whole guard, with map (300 test files judged)', value: guardMs, unit: 'ms' },
      { name: 'whole guard, without map', value: noMapMs, unit: 'ms' },
      { name: 'guard with map / git rev-list floor', value: guardMs / floorMs, unit: '×' },
      { name: 'guard with map / git log', value: guardMs / logMs, unit: '×' },
    ],
    [{ label: 'decided end to end in ≤ 0.5 s', met: guardMs <= 500, detail: `${guardMs.toFixed(0)} ms with the map, ${noMapMs.toFixed(0)} ms without` }],
  );
});
