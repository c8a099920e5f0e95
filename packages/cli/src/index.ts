export { main } from './cli.js';
export { COMMANDS } from './commands/index.js';
export type { Command, CommandEntry, CommandImplementation, CommandInfo, CliIo } from './command.js';
export { cliVersion } from './version.js';
