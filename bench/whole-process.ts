import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/** A command line started as its own process, the way a terminal or the Actions runner starts it. */
export interface ProcessSpec {
  label: string;
  command: string;
  args: string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** What ends the timing: the process's exit (default), or its first line of output (an action's first log line). */
  until?: 'exit' | 'first-line';
}

/** How a subject must compare with one baseline: at most `ratio` times its time, or at least `ratio` times faster. */
export interface Target {
  baseline: ProcessSpec;
  kind: 'at-most' | 'faster-by';
  ratio: number;
}

export interface WholeProcessRow {
  name: string;
  subject: ProcessSpec;
  /** The same command line on the tree before a change, timed in the same rounds (BENCH_BEFORE). */
  before?: ProcessSpec;
  targets: Target[];
  runs: number;
  note?: string;
}

export interface Timing {
  label: string;
  medianMs: number;
  runsMs: number[];
}

export interface RowResult {
  name: string;
  note?: string;
  subject: Timing;
  before?: Timing;
  baselines: Timing[];
  targets: { label: string; ratio: number; beforeRatio?: number; met: boolean }[];
}

/**
 * Wall time of one process, from spawn to exit (or to its first byte of output on
 * stdout or stderr), in milliseconds. The child is killed once its first line is seen
 * and awaited, so no run overlaps the next.
 */
export function timeProcess(spec: ProcessSpec): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(spec.command, spec.args, { cwd: spec.cwd, env: spec.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let firstOutput: number | undefined;
    const onData = (): void => {
      if (firstOutput !== undefined || spec.until !== 'first-line') return;
      firstOutput = performance.now() - start;
      child.kill('SIGKILL');
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (spec.until === 'first-line') {
        if (firstOutput === undefined) reject(new Error(`${spec.label}: exited (${code ?? signal}) without a line of output`));
        else resolve(firstOutput);
        return;
      }
      resolve(performance.now() - start);
    });
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Times a row's processes turn about — every baseline, the subject, the tree
 * before the change — `runs` times after one untimed round (which leaves the
 * page cache equally warm for all), so drift in the machine's load hits all
 * of them alike. Returns medians and the ratios against each target.
 */
export async function measureRow(row: WholeProcessRow): Promise<RowResult> {
  const baselines = [...new Map(row.targets.map((t) => [t.baseline.label, t.baseline])).values()];
  const specs = [...baselines, row.subject, ...(row.before ? [row.before] : [])];
  for (const spec of specs) await timeProcess(spec);
  const times: number[][] = specs.map(() => []);
  for (let i = 0; i < row.runs; i += 1) {
    for (const [k, spec] of specs.entries()) times[k]!.push(await timeProcess(spec));
  }
  const timing = (k: number): Timing => ({ label: specs[k]!.label, medianMs: median(times[k]!), runsMs: times[k]! });
  const baselineTimings = baselines.map((_, k) => timing(k));
  const subject = timing(baselines.length);
  const before = row.before ? timing(baselines.length + 1) : undefined;
  const targets = row.targets.map((t) => {
    const base = baselineTimings.find((b) => b.label === t.baseline.label)!;
    const ratioOf = (s: Timing): number => (t.kind === 'at-most' ? s.medianMs / base.medianMs : base.medianMs / s.medianMs);
    const ratio = ratioOf(subject);
    return {
      label: t.kind === 'at-most' ? `≤ ${t.ratio}× ${base.label}` : `≥ ${t.ratio}× faster than ${base.label}`,
      ratio,
      ...(before ? { beforeRatio: ratioOf(before) } : {}),
      met: t.kind === 'at-most' ? ratio <= t.ratio : ratio >= t.ratio,
    };
  });
  return { name: row.name, ...(row.note ? { note: row.note } : {}), subject, ...(before ? { before } : {}), baselines: baselineTimings, targets };
}

const ms = (v: number): string => `${v.toFixed(0)} ms`;
const times = (v: number): string => `${v >= 100 ? v.toFixed(0) : v.toFixed(2)}×`;

/** The results as a Markdown table: one line per row and target, the ratio beside its target. */
export function markdownTable(results: RowResult[], hasBefore: boolean): string {
  const head = hasBefore
    ? ['| what a user runs | before | after | baseline | before ratio | after ratio | target | met | note |', '|---|---:|---:|---:|---:|---:|---|---|---|']
    : ['| what a user runs | time | baseline | ratio | target | met | note |', '|---|---:|---:|---:|---|---|---|'];
  const lines = [...head];
  for (const r of results) {
    for (const t of r.targets) {
      const base = r.baselines.find((b) => t.label.endsWith(b.label))!;
      const cells = hasBefore
        ? [r.name, r.before ? ms(r.before.medianMs) : '—', ms(r.subject.medianMs), `${base.label}: ${ms(base.medianMs)}`, t.beforeRatio !== undefined ? times(t.beforeRatio) : '—', times(t.ratio), t.label, t.met ? 'MET' : 'MISS', r.note ?? '']
        : [r.name, ms(r.subject.medianMs), `${base.label}: ${ms(base.medianMs)}`, times(t.ratio), t.label, t.met ? 'MET' : 'MISS', r.note ?? ''];
      lines.push(`| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`);
    }
  }
  return lines.join('\n');
}

/** Prints the table and writes bench-results/<name>.json and .md. */
export function writeWholeProcessResults(name: string, results: RowResult[], meta: Record<string, unknown>): void {
  const hasBefore = results.some((r) => r.before);
  const table = markdownTable(results, hasBefore);
  console.log(`\n== bench: ${name} (whole processes, cold, medians; ratios against baselines timed turn about) ==\n${table}`);
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(`bench-results/${name}.json`, `${JSON.stringify({ name, ...meta, results }, null, 2)}\n`);
  writeFileSync(`bench-results/${name}.md`, `# ${name}\n\n${Object.entries(meta).map(([k, v]) => `- ${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`).join('\n')}\n\n${table}\n`);
}
