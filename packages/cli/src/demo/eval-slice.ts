import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Logger } from '@agent-guards/action-kit';
import { acceptance, fastSlice, loadScenarios, outcomeDetail, runSuite, toEvalResults } from '@agent-guards/eval';
import type { Narrator } from './narrator.js';

/**
 * The fast slice of the eval suite (one scenario per §9 kind) through the
 * real runner and guards on the scripted transcripts, written as
 * eval-results.json for the dashboard's §9 panel.
 */
export async function runEvalSlice(narrator: Narrator, logger: Logger, resultsPath: string, workDir: string): Promise<{ ok: boolean; missed: string[] }> {
  const slice = fastSlice(loadScenarios());
  narrator.heading('eval', `The eval suite, a fast slice: ${slice.scenarios.length} of ${slice.of} scenarios (${slice.rule})`, 'each through the real runner and guards; the whole suite is `npm run eval`');
  const run = await runSuite(slice.scenarios, {
    model: { kind: 'transcript' },
    // A scenario mostly waits (git, process starts, the sandbox): four at once finish sooner even on two cores.
    concurrency: 4,
    logger,
    workDir,
    onOutcome: (o) => {
      const why = o.passed ? [] : [(outcomeDetail(o) ?? '').slice(0, 200)];
      narrator.step('eval', `${o.scenario.id} (${o.scenario.family}, ${o.scenario.kind})`, o.passed ? 'PASS' : 'FAIL', o.sessionSeconds, why);
    },
  });
  const results = toEvalResults(run.outcomes, { suite: 'spec §9 eval — fast slice', model: 'transcript', selection: { of: slice.of, rule: slice.rule } });
  mkdirSync(dirname(resultsPath), { recursive: true });
  writeFileSync(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
  const verdict = acceptance(results, resultsPath);
  return { ok: verdict.ok, missed: verdict.missed };
}
