import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/** Median wall time of `runs` calls, in milliseconds (after one warm-up call). */
export async function measure(fn: () => unknown | Promise<unknown>, runs = 5): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/**
 * Median wall times of several functions measured turn about (a, b, a, b, …)
 * after `warmups` calls each, so drift in the machine's load hits all of them
 * alike: the fair way to print one as a ratio of another.
 */
export async function measureTurnAbout(fns: readonly (() => unknown | Promise<unknown>)[], runs = 9, warmups = 1): Promise<number[]> {
  for (let i = 0; i < warmups; i += 1) for (const fn of fns) await fn();
  const times: number[][] = fns.map(() => []);
  for (let i = 0; i < runs; i += 1) {
    for (const [k, fn] of fns.entries()) {
      const start = performance.now();
      await fn();
      times[k]!.push(performance.now() - start);
    }
  }
  return times.map((t) => t.sort((a, b) => a - b)[Math.floor(t.length / 2)]!);
}

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  note?: string;
}

/**
 * Prints a benchmark's figures and writes them to bench-results/<name>.json.
 * Targets are printed next to the measured ratio; benchmarks never assert on time.
 */
export function printBench(name: string, rows: BenchRow[], targets: { label: string; met: boolean; detail: string }[] = []): void {
  const width = Math.max(...rows.map((r) => r.name.length), 10);
  const lines = [`\n== bench: ${name} ==`];
  for (const r of rows) lines.push(`  ${r.name.padEnd(width)}  ${formatValue(r.value).padStart(12)} ${r.unit}${r.note ? `  (${r.note})` : ''}`);
  for (const t of targets) lines.push(`  target ${t.met ? 'MET ' : 'MISS'}  ${t.label}: ${t.detail}`);
  console.log(lines.join('\n'));
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(`bench-results/${name}.json`, `${JSON.stringify({ name, rows, targets }, null, 2)}\n`);
}

function formatValue(v: number): string {
  return Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 1 ? v.toFixed(2) : v.toFixed(4);
}
