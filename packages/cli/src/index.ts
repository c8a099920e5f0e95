export { main } from './cli.js';
export { COMMANDS } from './commands/index.js';
export type { Command, CliIo } from './command.js';
