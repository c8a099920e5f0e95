import type { Command } from '../command.js';
import { boundariesCommand } from './boundaries.js';
import { checkCommand } from './check.js';
import { demoCommand } from './demo.js';
import { manifestLintCommand } from './manifest-lint.js';
import { scopeCommand } from './scope.js';
import { specCommand } from './spec.js';

/** Every CLI command, in the order `--help` lists them. */
export const COMMANDS: Command[] = [scopeCommand, specCommand, boundariesCommand, checkCommand, manifestLintCommand, demoCommand];
