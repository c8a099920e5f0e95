import type { Command } from '../command.js';
import { boundariesCommand } from './boundaries.js';
import { checkCommand } from './check.js';
import { costCommand } from './cost.js';
import { demoCommand } from './demo.js';
import { manifestLintCommand } from './manifest-lint.js';
import { runCommand } from './run.js';
import { protectionCommand } from './protection.js';
import { reportCommand } from './report.js';
import { scopeCommand } from './scope.js';
import { skipSetCommand } from './skip-set.js';
import { specCommand } from './spec.js';

/** Every CLI command, in the order `--help` lists them. */
export const COMMANDS: Command[] = [scopeCommand, skipSetCommand, specCommand, costCommand, boundariesCommand, checkCommand, manifestLintCommand, protectionCommand, runCommand, reportCommand, demoCommand];
