import type { Command } from '../command.js';
import { checkCommand } from './check.js';
import { demoCommand } from './demo.js';
import { manifestLintCommand } from './manifest-lint.js';
import { scopeCommand } from './scope.js';

/** Every CLI command, in the order `--help` lists them. */
export const COMMANDS: Command[] = [scopeCommand, checkCommand, manifestLintCommand, demoCommand];
