import { performance } from 'node:perf_hooks';
import { ConfigurationError, type Logger } from '@agent-guards/action-kit';
import { runScenario, type ModelSource, type ScenarioOutcome } from './run-scenario.js';
import type { LoadedScenario, Scenario } from './scenario.js';
import type { TestCensus } from './test-census.js';

export interface ScenarioFilter {
  /** Scenario ids to run; all when empty. */
  only?: readonly string[];
  family?: Scenario['family'];
  language?: Scenario['language'];
}

export function selectScenarios(loaded: readonly LoadedScenario[], filter: ScenarioFilter): Scenario[] {
  const only = new Set(filter.only ?? []);
  const unknown = [...only].filter((id) => !loaded.some((l) => l.scenario.id === id));
  if (unknown.length > 0) throw new ConfigurationError(`no scenario with id ${unknown.join(', ')}.`, { field: 'only', fix: 'name scenario ids from packages/eval/scenarios.' });
  return loaded
    .map((l) => l.scenario)
    .filter((s) => (only.size === 0 || only.has(s.id)) && (!filter.family || s.family === filter.family) && (!filter.language || s.language === filter.language));
}

export interface SuiteOptions {
  model: ModelSource;
  /** Scenarios run at once (each runs test suites: the default suits a 2-core runner). */
  concurrency?: number;
  logger?: Logger;
  keepFailed?: boolean;
  workDir?: string;
  /** Called as each scenario finishes, for progress output. */
  onOutcome?: (outcome: ScenarioOutcome, done: number, total: number) => void;
}

export interface SuiteRun {
  outcomes: ScenarioOutcome[];
  wallSeconds: number;
}

/** Runs the scenarios with bounded concurrency; outcomes come back in scenario order. */
export async function runSuite(scenarios: readonly Scenario[], options: SuiteOptions): Promise<SuiteRun> {
  const started = performance.now();
  const censusCache = new Map<string, Promise<TestCensus>>();
  const outcomes: ScenarioOutcome[] = new Array(scenarios.length);
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < scenarios.length) {
      const index = next++;
      const outcome = await runScenario(scenarios[index]!, {
        model: options.model,
        censusCache,
        ...(options.logger ? { logger: options.logger } : {}),
        ...(options.keepFailed ? { keepFailed: true } : {}),
        ...(options.workDir ? { workDir: options.workDir } : {}),
      });
      outcomes[index] = outcome;
      done += 1;
      options.onOutcome?.(outcome, done, scenarios.length);
    }
  };
  const width = Math.max(1, Math.min(options.concurrency ?? 2, scenarios.length));
  await Promise.all(Array.from({ length: width }, worker));
  return { outcomes, wallSeconds: (performance.now() - started) / 1000 };
}
