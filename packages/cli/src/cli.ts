import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { GuardReport } from '@agent-guards/action-kit';
import { SHARED_OPTIONS, str, type CliIo, type CommandEntry, type OptionValues } from './command.js';
import { commandNamed, COMMANDS } from './commands/index.js';
import { cliVersion } from './version.js';

// This module and the command table are all that `--help` and `--version` load: a command's code,
// and action-kit with it, is imported once the command is known to run.

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'usage: agent-guards <command> [options]',
    '       agent-guards --version',
    '',
    'commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}${c.aliases ? ` (also: ${c.aliases.join(', ')})` : ''}`),
    '',
    'shared options: --policy PATH (read at --base; default .github/agent-guards.yml), --json, --verbose',
    'exit status: 0 pass, 1 fail (violations), 2 error (could not decide)',
  ].join('\n');
}

function commandUsage(c: CommandEntry): string {
  return `usage: agent-guards ${c.name} ${c.usage}\n\n${c.summary}`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Why `--repo` cannot be the checkout a command reads, in one line that names the path and the fix; undefined when it can (git is started only here, not for `--help`). */
export async function checkoutProblem(given: string, cwd: string): Promise<string | undefined> {
  const dir = resolve(cwd, given);
  const named = dir === given ? `--repo ${given}` : `--repo ${given} (${dir})`;
  let isDirectory: boolean;
  try {
    isDirectory = statSync(dir).isDirectory();
  } catch {
    return `${named} does not exist: pass the folder of a git checkout of the service, e.g. --repo path/to/service.`;
  }
  if (!isDirectory) return `${named} is a file, not a folder: pass the folder of a git checkout of the service.`;
  // The root of a clone holds .git/HEAD: git is asked only about other folders (one inside a
  // checkout, a worktree's or a submodule's .git file, a bare repository, none), one process fewer
  // on every command run at the root.
  if (existsSync(join(dir, '.git', 'HEAD'))) return undefined;
  const { spawn } = await import('node:child_process');
  // Not spawnSync: the command's code loads while git answers. Not runGit either: loading
  // @agent-guards/git first would start git about 20 ms later, on every command with --repo.
  const git = await new Promise<{ error?: Error; status: number | null }>((settle) => {
    const child = spawn('git', ['-C', dir, 'rev-parse', '--git-dir'], { stdio: 'ignore' });
    child.on('error', (error) => settle({ error, status: null }));
    child.on('close', (status) => settle({ status }));
  });
  if (git.error) return `git could not be started (${git.error.message}): install git and put it on PATH.`;
  if (git.status !== 0) return `${named} is not a git repository: pass the folder of a git clone of the service (git clone <url>), not a copy of its files.`;
  return undefined;
}

/** Runs the CLI; returns the exit status. Usage errors exit 2, like every other undecided outcome. */
export async function main(argv: string[], io: Omit<CliIo, 'logger'> & { logger?: CliIo['logger'] }): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? io.stdout : io.stderr)(usage());
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-V' || name === 'version') {
    io.stdout(cliVersion());
    return 0;
  }
  const command = commandNamed(name);
  if (!command) {
    io.stderr(`agent-guards: unknown command '${name}'.\n\n${usage()}`);
    return 2;
  }

  // With --json, stdout holds a JSON report whatever happens: a run that ends undecided without
  // printing one gets an `error` report carrying what went wrong.
  const json = rest.includes('--json');
  let printed = false;
  const stderrLines: string[] = [];
  const out: Omit<CliIo, 'logger'> = {
    ...io,
    stdout: (text) => {
      printed = true;
      io.stdout(text);
    },
    stderr: (text) => {
      stderrLines.push(text);
      io.stderr(text);
    },
  };
  const undecided = async (message: string, rule: string, detail = ''): Promise<number> => {
    io.stderr(`agent-guards ${name}: ${message}${detail}`);
    if (json) io.stdout(JSON.stringify(await errorReport(command.name, message, rule), null, 2));
    return 2;
  };

  let values: OptionValues;
  try {
    values = parseArgs({ args: rest, options: { ...SHARED_OPTIONS, ...command.options }, allowPositionals: false, strict: true }).values as OptionValues;
  } catch (error) {
    return undecided(messageOf(error), 'usage-error', `\n\n${commandUsage(command)}`);
  }
  if (values.help) {
    io.stdout(commandUsage(command));
    return 0;
  }
  const missing = (command.required ?? []).filter((o) => values[o] === undefined);
  if (missing.length > 0) return undecided(`missing ${missing.map((m) => `--${m}`).join(', ')}.`, 'usage-error', `\n\n${commandUsage(command)}`);
  // The command's code loads while git looks at --repo; none of it runs before the checkout passed.
  const loading = command.load();
  loading.catch(() => undefined);
  const repo = str(values, 'repo');
  if (repo !== undefined && (command.checkout === 'always' || (command.checkout === 'with-base' && values.base !== undefined))) {
    const problem = await checkoutProblem(repo, io.cwd);
    if (problem) return undecided(problem, 'configuration-error');
  }

  const { isConfigurationError, streamLogger } = await import('@agent-guards/action-kit');
  const logger = io.logger ?? streamLogger(out.stderr, values.verbose === true);
  let code: number;
  try {
    const implementation = await loading;
    code = await implementation.run(values, { ...out, logger });
  } catch (error) {
    return undecided(messageOf(error), isConfigurationError(error) ? 'configuration-error' : 'internal-error');
  }
  if (json && code === 2 && !printed) {
    const own = stderrLines.filter((l) => l.startsWith('agent-guards '));
    const said = (own.length > 0 ? own : stderrLines).map((l) => l.replace(/^agent-guards [\w-]+: /, '')).join('\n');
    io.stdout(JSON.stringify(await errorReport(command.name, said || 'the command could not decide and said nothing more.', 'configuration-error'), null, 2));
  }
  return code;
}

async function errorReport(command: string, message: string, rule: string): Promise<GuardReport> {
  const kit = await import('@agent-guards/action-kit');
  return kit.errorReport(command, message, rule);
}
