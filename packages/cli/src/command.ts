import type { ParseArgsConfig } from 'node:util';
import type { GuardReport, GuardRun, Logger } from '@agent-guards/action-kit';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  logger: Logger;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;
export type OptionValues = Record<string, string | boolean | string[] | undefined>;

/** What `--help` and the option parser know of a command: no code of the command itself. */
export interface CommandInfo {
  name: string;
  /** Older spellings that still work (scope for manifest-scope, …). */
  aliases?: string[];
  summary: string;
  /** Usage line after `agent-guards <name>`. */
  usage: string;
  options: OptionSpec;
  /** Options that must be given. */
  required?: string[];
  /**
   * `--repo` names a git checkout, checked before the command's code runs:
   * `always`, or only `with-base` (a command that reads the repository only at --base).
   */
  checkout?: 'always' | 'with-base';
}

/** A command's code: what runs once its options are parsed. */
export interface CommandImplementation {
  run(values: OptionValues, io: CliIo): Promise<number>;
}

/** A command with its code in the same object: what a command module exports. */
export type Command = CommandInfo & CommandImplementation;

/** One entry of the command table: what the command is, and its code behind `import()`. */
export interface CommandEntry extends CommandInfo {
  load(): Promise<CommandImplementation>;
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

// The report helpers load action-kit when a command prints, so that this module stays light for `--help`.

/** Runs a check that reports like a guard: whatever it throws is its `error` report, exit 2. */
export async function reportOf(name: string, io: CliIo, execute: () => Promise<GuardRun>): Promise<GuardReport> {
  const { guardRunOrError } = await import('@agent-guards/action-kit');
  return (await guardRunOrError(name, execute, (error) => io.logger.debug(error.stack ?? error.message))).report;
}

/** Prints one report (JSON on stdout with --json, text otherwise) and returns the exit code. */
export async function printReport(report: GuardReport, json: boolean, io: CliIo): Promise<number> {
  const { exitCodeFor, renderText } = await import('@agent-guards/action-kit');
  io.stdout(json ? JSON.stringify(report, null, 2) : renderText(report));
  return exitCodeFor(report.verdict);
}

export async function printCombined(reports: GuardReport[], json: boolean, io: CliIo): Promise<number> {
  const { combineReports, exitCodeFor, renderText } = await import('@agent-guards/action-kit');
  const combined = combineReports(reports);
  if (json) io.stdout(JSON.stringify(combined, null, 2));
  else {
    for (const r of reports) io.stdout(renderText(r));
    io.stdout(`\noverall: ${combined.verdict.toUpperCase()}`);
  }
  return exitCodeFor(combined.verdict);
}
