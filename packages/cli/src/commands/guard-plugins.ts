import type { GuardRun } from '@agent-guards/action-kit';
import type { Policy } from '@agent-guards/config';
import type { CliIo, OptionValues } from '../command.js';

export interface GuardPluginContext {
  repo: string;
  base: string;
  head: string;
  policy: Policy;
  policyPath: string;
  values: OptionValues;
  io: CliIo;
}

/** The guards `check` runs besides manifest-scope, with the options each needs. */
export interface GuardPlugin {
  guard: string;
  needs: string[];
  run(ctx: GuardPluginContext): Promise<GuardRun>;
}


