import { parseArgs } from 'node:util';
import { describeError, streamLogger } from '@agent-guards/action-kit';
import { SHARED_OPTIONS, type CliIo, type Command } from './command.js';
import { commandNamed, COMMANDS } from './commands/index.js';

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'usage: agent-guards <command> [options]',
    '',
    'commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}${c.aliases ? ` (also: ${c.aliases.join(', ')})` : ''}`),
    '',
    'shared options: --policy PATH (read at --base; default .github/agent-guards.yml), --json, --verbose',
    'exit status: 0 pass, 1 fail (violations), 2 error (could not decide)',
  ].join('\n');
}

function commandUsage(c: Command): string {
  return `usage: agent-guards ${c.name} ${c.usage}\n\n${c.summary}`;
}

/** Runs the CLI; returns the exit status. Usage errors exit 2, like every other undecided outcome. */
export async function main(argv: string[], io: Omit<CliIo, 'logger'> & { logger?: CliIo['logger'] }): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? io.stdout : io.stderr)(usage());
    return name ? 0 : 2;
  }
  const command = commandNamed(name);
  if (!command) {
    io.stderr(`agent-guards: unknown command '${name}'.\n\n${usage()}`);
    return 2;
  }
  let values;
  try {
    values = parseArgs({ args: rest, options: { ...SHARED_OPTIONS, ...command.options }, allowPositionals: false, strict: true }).values as Record<string, string | boolean | string[] | undefined>;
  } catch (error) {
    io.stderr(`agent-guards ${name}: ${describeError(error)}\n\n${commandUsage(command)}`);
    return 2;
  }
  if (values.help) {
    io.stdout(commandUsage(command));
    return 0;
  }
  const missing = (command.required ?? []).filter((o) => values[o] === undefined);
  if (missing.length > 0) {
    io.stderr(`agent-guards ${name}: missing ${missing.map((m) => `--${m}`).join(', ')}.\n\n${commandUsage(command)}`);
    return 2;
  }
  const logger = io.logger ?? streamLogger(io.stderr, values.verbose === true);
  try {
    return await command.run(values, { ...io, logger });
  } catch (error) {
    io.stderr(`agent-guards ${name}: ${describeError(error)}`);
    return 2;
  }
}
