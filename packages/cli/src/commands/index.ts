import type { Command } from '../command.js';
import { demoCommand } from './demo.js';
import { checkCommand, GUARD_COMMANDS } from './guard-commands.js';
import { localGitHubCommand } from './local-github.js';
import { manifestLintCommand } from './manifest-lint.js';
import { protectionCommand } from './protection.js';
import { reportCommand } from './report.js';
import { runCommand } from './run.js';

/** Every CLI command, in the order `--help` lists them: the guards as the registry orders them first. */
export const COMMANDS: Command[] = [...GUARD_COMMANDS, checkCommand, manifestLintCommand, protectionCommand, runCommand, reportCommand, demoCommand, localGitHubCommand];

/** The command a name (or an older alias) means. */
export function commandNamed(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name || c.aliases?.includes(name));
}
