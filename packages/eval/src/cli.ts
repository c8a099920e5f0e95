import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { describeError, isConfigurationError, silentLogger, streamLogger } from '@agent-guards/action-kit';
import { renderMarkdown, renderTerminal } from './render.js';
import { acceptance, outcomeDetail, toEvalResults } from './results.js';
import type { ModelSource } from './run-scenario.js';
import { LANGUAGES, loadScenarios, type Language, type Scenario } from './scenario.js';
import { runSuite, selectScenarios } from './suite.js';

export const EVAL_USAGE = `npm run eval -- [--only ID,…] [--family known-good|adversarial] [--language python|typescript|go]
                   [--concurrency N] [--out DIR] [--scenarios DIR] [--transcripts] [--keep-failed] [--verbose]

Runs the eval scenarios (packages/eval/scenarios, or --scenarios) through the real runner and guards and
scores them against spec §9. With ANTHROPIC_API_KEY set the real model plays the agent;
--transcripts plays the scripted transcripts anyway. Writes eval-results.json and
summary.md to --out (default out/eval) and appends the summary to $GITHUB_STEP_SUMMARY.
Exit status: 0 thresholds met, 1 a threshold missed, 2 bad scenario data or options.`;

export interface EvalIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

const FAMILIES = ['known-good', 'adversarial'] as const;

/** The real model when an API key is set (unless transcripts are asked for), else the scenarios' transcripts. */
export function modelSource(env: NodeJS.ProcessEnv, forceTranscripts = false): ModelSource {
  const apiKey = env.ANTHROPIC_API_KEY;
  if (!apiKey || forceTranscripts) return { kind: 'transcript' };
  return { kind: 'model', apiKey, ...(env.ANTHROPIC_BASE_URL ? { baseURL: env.ANTHROPIC_BASE_URL } : {}) };
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], option: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${option} must be one of ${allowed.join(', ')}`);
  return value as T;
}

class UsageError extends Error {}

/** `npm run eval`: returns the exit status. */
export async function runEvalCli(argv: string[], io: EvalIo): Promise<number> {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        only: { type: 'string' },
        family: { type: 'string' },
        language: { type: 'string' },
        concurrency: { type: 'string' },
        out: { type: 'string' },
        scenarios: { type: 'string' },
        transcripts: { type: 'boolean' },
        'keep-failed': { type: 'boolean' },
        verbose: { type: 'boolean' },
        help: { type: 'boolean' },
      },
      strict: true,
    });
    if (values.help) {
      io.stdout(EVAL_USAGE);
      return 0;
    }
    const concurrency = values.concurrency === undefined ? 2 : Number(values.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new UsageError('--concurrency must be a positive integer');
    const family = oneOf(values.family, FAMILIES, 'family');
    const language = oneOf<Language>(values.language, LANGUAGES, 'language');
    const only = values.only?.split(',').map((s) => s.trim()).filter(Boolean) ?? [];
    const scenarios: Scenario[] = selectScenarios(loadScenarios(values.scenarios ? resolve(io.cwd, values.scenarios) : undefined), { only, ...(family ? { family } : {}), ...(language ? { language } : {}) });
    if (scenarios.length === 0) throw new UsageError('no scenario matches the filters');

    const model = modelSource(io.env, values.transcripts === true);
    const outDir = resolve(io.cwd, values.out ?? join('out', 'eval'));
    io.stderr(`eval: ${scenarios.length} scenario(s), ${model.kind === 'model' ? 'real model (ANTHROPIC_API_KEY)' : 'scripted transcripts'}, concurrency ${concurrency}`);

    const run = await runSuite(scenarios, {
      model,
      concurrency,
      logger: values.verbose ? streamLogger((l) => io.stderr(`  ${l}`), true) : silentLogger,
      ...(values['keep-failed'] ? { keepFailed: true } : {}),
      onOutcome: (o, done, total) => {
        const why = o.passed ? '' : ` — ${(outcomeDetail(o) ?? '').slice(0, 160)}${o.keptAt ? ` (kept at ${o.keptAt})` : ''}`;
        io.stderr(`[${String(done).padStart(String(total).length)}/${total}] ${o.passed ? 'PASS' : 'FAIL'} ${o.scenario.id} (${o.sessionSeconds.toFixed(1)}s)${why}`);
      },
    });

    const filtered = only.length > 0 || family !== undefined || language !== undefined || values.scenarios !== undefined;
    const results = toEvalResults(run.outcomes, { suite: filtered ? 'spec §9 pre-launch eval (filtered)' : 'spec §9 pre-launch eval', model: model.kind });
    const resultsPath = join(outDir, 'eval-results.json');
    const verdict = acceptance(results, resultsPath);
    const markdown = renderMarkdown(results, verdict, run.wallSeconds);
    mkdirSync(outDir, { recursive: true });
    writeFileSync(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(join(outDir, 'summary.md'), markdown);
    if (io.env.GITHUB_STEP_SUMMARY) appendFileSync(io.env.GITHUB_STEP_SUMMARY, markdown);
    io.stdout(renderTerminal(results, verdict, run.wallSeconds));
    io.stdout(`\nresults  ${resultsPath}\nsummary  ${join(outDir, 'summary.md')}`);
    return verdict.ok ? 0 : 1;
  } catch (error) {
    const code = (error as { code?: unknown } | undefined)?.code;
    const parseError = typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
    if (error instanceof UsageError || parseError) io.stderr(`eval: ${describeError(error)}\n\n${EVAL_USAGE}`);
    else io.stderr(`eval: ${isConfigurationError(error) ? '' : 'internal error: '}${describeError(error)}`);
    return 2;
  }
}
