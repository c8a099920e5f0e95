import type { ParseArgsConfig } from 'node:util';
import { combineReports, exitCodeFor, guardRunOrError, renderText, type GuardReport, type GuardRun, type Logger } from '@agent-guards/action-kit';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  logger: Logger;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;
export type OptionValues = Record<string, string | boolean | string[] | undefined>;

export interface Command {
  name: string;
  /** Older spellings that still work (scope for manifest-scope, …). */
  aliases?: string[];
  summary: string;
  /** Usage line after `agent-guards <name>`. */
  usage: string;
  options: OptionSpec;
  /** Options that must be given. */
  required?: string[];
  run(values: OptionValues, io: CliIo): Promise<number>;
}

export const SHARED_OPTIONS: OptionSpec = {
  policy: { type: 'string' },
  json: { type: 'boolean', default: false },
  verbose: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
};

export const REVISION_OPTIONS: OptionSpec = {
  repo: { type: 'string', default: '.' },
  base: { type: 'string' },
  head: { type: 'string', default: 'HEAD' },
};

export function str(values: OptionValues, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

export function list(values: OptionValues, name: string): string[] {
  const v = values[name];
  return Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
}

/** Runs a check that reports like a guard: whatever it throws is its `error` report, exit 2. */
export async function reportOf(name: string, io: CliIo, execute: () => Promise<GuardRun>): Promise<GuardReport> {
  return (await guardRunOrError(name, execute, (error) => io.logger.debug(error.stack ?? error.message))).report;
}

/** Prints one report (JSON on stdout with --json, text otherwise) and returns the exit code. */
export function printReport(report: GuardReport, json: boolean, io: CliIo): number {
  io.stdout(json ? JSON.stringify(report, null, 2) : renderText(report));
  return exitCodeFor(report.verdict);
}

export function printCombined(reports: GuardReport[], json: boolean, io: CliIo): number {
  const combined = combineReports(reports);
  if (json) io.stdout(JSON.stringify(combined, null, 2));
  else {
    for (const r of reports) io.stdout(renderText(r));
    io.stdout(`\noverall: ${combined.verdict.toUpperCase()}`);
  }
  return exitCodeFor(combined.verdict);
}
