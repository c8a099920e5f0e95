import { appendFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Logger } from '@agent-guards/action-kit';

/** One printed step of the demo, as the JSON summary and the tests see it. */
export interface DemoStep {
  /** The part of the story: setup, baseline, task-1, task-2, guard-rails, humans, eval, dashboard. */
  phase: string;
  /** Who or what ran: runner, CI, operator, human, eval, report. */
  actor: string;
  what: string;
  /** The outcome in one word: DONE, ESCALATED, GREEN, RED, MERGED, PASS, FAIL… */
  verdict: string;
  seconds: number;
  details: string[];
}

const VERDICT_WIDTH = 10;

/**
 * Prints the story as it happens: a heading per part, then one line per step
 * (who, what, verdict, how long) with its details indented under it. Every
 * step is also kept for the JSON summary.
 */
export class Narrator {
  readonly steps: DemoStep[] = [];
  private readonly started = performance.now();
  private phase = 'setup';

  constructor(private readonly print: (line: string) => void) {}

  elapsed(): number {
    return (performance.now() - this.started) / 1000;
  }

  heading(phase: string, title: string, subtitle?: string): void {
    this.phase = phase;
    this.print('');
    this.print(title);
    if (subtitle) this.print(`  ${subtitle}`);
  }

  note(text: string): void {
    this.print(`  ${text}`);
  }

  step(actor: string, what: string, verdict: string, seconds: number, details: string[] = []): DemoStep {
    const step: DemoStep = { phase: this.phase, actor, what, verdict, seconds: Math.round(seconds * 100) / 100, details };
    this.steps.push(step);
    this.print(`  ${actor.padEnd(9)} ${what}`);
    this.print(`  ${''.padEnd(9)} → ${verdict.padEnd(VERDICT_WIDTH)} ${formatSeconds(seconds)}`);
    for (const d of details) this.print(`  ${''.padEnd(9)}   ${d}`);
    return step;
  }

  /** Times `work`, then prints its step with the verdict and details it returns. */
  async timed<T>(actor: string, what: string, work: () => Promise<T>, describe: (result: T) => { verdict: string; details?: string[] }): Promise<T> {
    const t0 = performance.now();
    const result = await work();
    const { verdict, details } = describe(result);
    this.step(actor, what, verdict, (performance.now() - t0) / 1000, details ?? []);
    return result;
  }
}

export function formatSeconds(seconds: number): string {
  return seconds < 10 ? `${seconds.toFixed(2)} s` : `${seconds.toFixed(1)} s`;
}

/**
 * The log the packages write to during the demo (guards, runner, sandbox):
 * kept in a file so the story on the terminal stays readable; echoed to
 * stderr as well with --verbose.
 */
export function fileLogger(path: string, echo?: (line: string) => void): Logger {
  const write = (level: string, message: string): void => {
    const line = `${new Date().toISOString()} ${level} ${message}`;
    appendFileSync(path, `${line}\n`);
    echo?.(line);
  };
  return {
    debug: (m) => write('debug', m),
    info: (m) => write('info', m),
    warning: (m) => write('warning', m),
    error: (m) => write('error', m),
  };
}
